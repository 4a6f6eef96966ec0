// The page: reads what this device offers, owns the thread slider, builds
// the experiment cards from the catalog and the claims panel, and gives them
// one `lab` to run things with. No computing happens here; see compute.js
// and worker.js.
import { ComputeWorker, CancelledError } from './compute.js';
import { PACKAGES } from './protocol.js';
import { EXPERIMENTS } from './catalog.js';
import { ExperimentCard, plural } from './experiment.js';
import { ClaimsPanel } from './claims.js';
import { SweepPanel } from './sweep.js';
import { TimelinePanel } from './timeline.js';
import { formatMs } from './scales.js';
import { mountDebugPanel } from './debug.js';

const $ = (sel, root = document) => root.querySelector(sel);

const cores = Math.max(1, navigator.hardwareConcurrency || 1);
const isolated = globalThis.crossOriginIsolated === true;
const pkg = isolated ? PACKAGES.threads : PACKAGES.single;

const compute = new ComputeWorker(pkg);
const slider = $('#threads');
const sliderOut = $('#threads-out');
const status = $('#status');
let poolReady = null; // Promise of the pool the slider asked for

function describeThreads(k) {
  return k > cores ? `${plural(k, 'thread')}, more than the ${plural(cores, 'core')}` : `${plural(k, 'thread')}, ${plural(cores, 'core')} available`;
}

function showDevice() {
  $('#cores').textContent = String(cores);
  $('#isolated').textContent = isolated ? 'yes' : 'no';
  $('#engine').textContent = isolated ? 'wasm with threads' : 'wasm, one thread';
  const note = $('#engine-note');
  if (!isolated) {
    note.hidden = false;
    note.textContent =
      'Threads are off here. Web Workers can only share WebAssembly memory on a cross-origin isolated page, ' +
      'and this one is not (its server does not send the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers, ' +
      'or this browser does not isolate pages inside an iframe). Everything still runs, on one thread, so you can compare ' +
      'structure but not parallel execution. To get threads, open the playground from a server that sends those headers ' +
      '(npm start does) or in a tab of its own.';
  }
}

function showSlider() {
  const k = Number(slider.value);
  sliderOut.textContent = String(k);
  slider.setAttribute('aria-valuetext', describeThreads(k));
  slider.classList.toggle('oversubscribed', k > cores);
  for (const card of cards) card.refresh();
  sweep?.refresh();
}

function setupSlider() {
  const max = isolated ? Math.max(2, 2 * cores) : 1;
  slider.max = String(max);
  slider.value = String(isolated ? Math.min(cores, max) : 1);
  slider.disabled = !isolated;
  slider.addEventListener('input', showSlider);
  // `change` fires when the thumb is released or a key sets a value: restart once, not per pixel.
  slider.addEventListener('change', () => startPool(Number(slider.value)).catch(() => {}));
}

/** Replaces the worker with a pool of k threads; resolves when it is ready. */
function startPool(k) {
  document.body.dataset.state = 'starting';
  $('#pool').textContent = `starting ${plural(k, 'thread')}…`;
  announce(`Starting a pool of ${plural(k, 'thread')}…`);
  const started = compute.start(k).then(
    (info) => {
      if (poolReady !== started) return info; // a newer restart took over
      $('#pool').textContent = `${plural(info.threads, 'thread')} ready in ${formatMs(info.timings.total_ms)}`;
      $('#pool').dataset.threadIndices = info.thread_indices.join(',');
      $('#pool').title = `Thread indices that answered: ${info.thread_indices.join(', ')}`;
      document.body.dataset.state = 'ready';
      announce(`Pool ready: ${plural(info.threads, 'thread')}.`);
      return info;
    },
    (e) => {
      if (!(e instanceof CancelledError) && poolReady === started) {
        document.body.dataset.state = 'error';
        $('#pool').textContent = 'failed to start';
        announce(e.message);
        for (const card of cards) card.fail(e);
      }
      throw e;
    },
  );
  poolReady = started;
  return started;
}

function announce(text) {
  status.textContent = text;
}

/** What cards and the claims panel use to run things. */
const lab = {
  cores,
  threaded: isolated,
  run: (request) => compute.run(request),
  timeline: (request) => compute.run(request, 'timeline'),
  threads: () => compute.threads,
  sliderThreads: () => Number(slider.value),
  maxThreads: () => Number(slider.max),
  cancel: (reason) => compute.cancel(reason).catch(() => {}),
  announce,
  /** Makes sure the pool has k threads (moving the slider to match). */
  async usePool(k) {
    if (!isolated) k = 1;
    if (compute.threads !== k) {
      slider.value = String(k);
      showSlider();
      return startPool(k);
    }
    return poolReady;
  },
};

const cards = EXPERIMENTS.map((spec) => new ExperimentCard(spec, lab));
$('#experiments').append(...cards.map((c) => c.element));
new ClaimsPanel($('#claims'), lab);
const sweep = new SweepPanel($('#sweep'), lab, { pkg });
new TimelinePanel($('#timeline'), lab);
showDevice();
setupSlider();
showSlider();
sweep.draw();
startPool(Number(slider.value)).catch(() => {});
mountDebugPanel(lab);
