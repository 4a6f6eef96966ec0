// The page: reads what this device offers, owns the thread slider, and wires
// each experiment's form to the compute worker, its result table and chart.
// No computing happens here; see compute.js and worker.js.
import { ComputeWorker, CancelledError } from './compute.js';
import { PACKAGES } from './protocol.js';
import { drawGroupedBars } from './chart.js';
import { formatMs } from './scales.js';

const $ = (sel, root = document) => root.querySelector(sel);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fmtInt = (v) => Number(v).toLocaleString('en-US');

const cores = Math.max(1, navigator.hardwareConcurrency || 1);
const isolated = globalThis.crossOriginIsolated === true;
const pkg = isolated ? PACKAGES.threads : PACKAGES.single;

const SERIES = [
  { key: 'seq', label: 'Sequential' },
  { key: 'par', label: 'Parallel' },
];

const compute = new ComputeWorker(pkg);
const slider = $('#threads');
const sliderOut = $('#threads-out');
const status = $('#status');

function say(text) {
  status.textContent = text;
}

function describeThreads(k) {
  const over = k > cores ? `, more than the ${plural(cores, 'core')}` : `, ${plural(cores, 'core')} available`;
  return `${plural(k, 'thread')}${over}`;
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

function setupSlider() {
  const max = isolated ? Math.max(2, 2 * cores) : 1;
  slider.max = String(max);
  slider.value = String(isolated ? Math.min(cores, max) : 1);
  slider.disabled = !isolated;
  const show = () => {
    const k = Number(slider.value);
    sliderOut.textContent = String(k);
    slider.setAttribute('aria-valuetext', describeThreads(k));
    slider.classList.toggle('oversubscribed', k > cores);
  };
  show();
  slider.addEventListener('input', show);
  // `change` fires when the thumb is released or a key sets a value: restart once, not per pixel.
  slider.addEventListener('change', () => startPool(Number(slider.value)));
}

async function startPool(k) {
  document.body.dataset.state = 'starting';
  $('#pool').textContent = `starting ${plural(k, 'thread')}…`;
  say(`Starting a pool of ${plural(k, 'thread')}…`);
  try {
    const info = await compute.start(k);
    if (compute.threads !== k) return; // a newer restart took over
    $('#pool').textContent = `${plural(info.threads, 'thread')} ready in ${formatMs(info.timings.total_ms)}`;
    $('#pool').dataset.threadIndices = info.thread_indices.join(',');
    $('#pool').title = `Thread indices that answered: ${info.thread_indices.join(', ')}`;
    document.body.dataset.state = 'ready';
    say(`Pool ready: ${plural(info.threads, 'thread')}.`);
  } catch (e) {
    if (e instanceof CancelledError) return;
    document.body.dataset.state = 'error';
    $('#pool').textContent = 'failed to start';
    say(e.message);
    for (const exp of experiments) exp.fail(e);
  }
}

/** One experiment card: its form, result table, verdict and chart. */
class Experiment {
  constructor(article) {
    this.article = article;
    this.workload = article.dataset.workload;
    this.form = $('form', article);
    this.button = $('button.run', article);
    this.error = $('.error', article);
    this.verdict = $('.verdict', article);
    this.chart = $('.chart', article);
    this.history = { key: '', byThreads: new Map() };
    this.running = false;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.running) compute.cancel('Cancelled: you stopped the run.');
      else this.run();
    });
    this.drawChart();
  }

  request() {
    const num = (name) => {
      const input = this.form.elements[name];
      return input && input.value.trim() !== '' ? Number(input.value) : null;
    };
    const req = { workload: this.workload, n: num('n'), reps: 5 };
    if (this.form.elements.cutoff) req.cutoff = num('cutoff');
    return req;
  }

  setRunning(running) {
    this.running = running;
    this.article.dataset.state = running ? 'running' : this.article.dataset.state;
    this.button.textContent = running ? 'Cancel' : 'Run';
    this.button.classList.toggle('cancel', running);
  }

  async run() {
    const request = this.request();
    this.error.hidden = true;
    this.setRunning(true);
    this.verdict.textContent = `Measuring on ${plural(compute.threads, 'thread')}…`;
    try {
      const report = await compute.run(request);
      this.show(report);
      this.article.dataset.state = 'done';
    } catch (e) {
      if (e instanceof CancelledError) {
        this.article.dataset.state = 'idle';
        this.verdict.textContent = `${e.message} Earlier results are kept.`;
      } else {
        this.fail(e);
      }
    } finally {
      this.setRunning(false);
    }
  }

  fail(e) {
    this.article.dataset.state = 'error';
    this.error.hidden = false;
    this.error.textContent = e.detail ? `${e.message} (${e.detail})` : e.message;
    this.verdict.textContent = 'Nothing was measured.';
  }

  show(report) {
    for (const v of report.variants) {
      const row = $(`tr[data-variant="${v.name}"]`, this.article);
      $('th', row).textContent = v.label;
      $('.value', row).textContent = v.correct ? `${fmtInt(v.value)} ✓` : `${fmtInt(v.value)} ✗ expected ${fmtInt(v.expected)}`;
      $('.value', row).classList.toggle('wrong', !v.correct);
      $('.median', row).textContent = formatMs(v.summary.median);
      $('.iqr', row).textContent = `${formatMs(v.summary.q1)} – ${formatMs(v.summary.q3)}`;
      row.dataset.median = String(v.summary.median);
      row.dataset.value = v.value;
      row.dataset.correct = String(v.correct);
    }
    const s = report.speedup;
    const k = plural(report.threads, 'thread');
    let text =
      s >= 1.05 ? `Parallel took ${(1 / s).toFixed(2)}× the sequential time on ${k}: ${s.toFixed(2)}× as fast.`
      : s <= 0.95 ? `Parallel was slower on ${k}: ${(1 / s).toFixed(2)}× the sequential time.`
      : `Parallel and sequential took about the same time on ${k}.`;
    if (report.variants.some((v) => v.summary.spread > 0.25)) {
      text += ' The samples varied a lot, so something else may be using the CPU: run again before drawing conclusions.';
    }
    this.verdict.textContent = text;
    this.verdict.dataset.speedup = String(s);
    this.verdict.dataset.threads = String(report.threads);

    const key = JSON.stringify(report.workload);
    if (this.history.key !== key) this.history = { key, byThreads: new Map() };
    this.history.byThreads.set(report.threads, report);
    this.drawChart();
    say(`${this.article.querySelector('h2').textContent}: ${text}`);
  }

  drawChart() {
    const groups = [...this.history.byThreads.entries()]
      .sort(([a], [b]) => a - b)
      .map(([threads, report]) => ({
        label: plural(threads, 'thread'),
        threads,
        values: Object.fromEntries(report.variants.map((v) => [v.name, v.summary])),
      }));
    drawGroupedBars(this.chart, { series: SERIES, groups, title: `${this.article.querySelector('h2').textContent}: time per version and thread count` });
    this.chart.dataset.groups = groups.map((g) => g.threads).join(',');
  }
}

const experiments = [...document.querySelectorAll('article.experiment')].map((a) => new Experiment(a));
showDevice();
setupSlider();
startPool(Number(slider.value));
