// The page: reads what this device offers, owns the thread slider, builds
// the experiment cards from the catalog and the claims panel, and gives them
// one `lab` to run things with. No computing happens here; see compute.js
// and worker.js.
import { CancelledError } from './compute.js';
import { EXPERIMENTS, POLICY } from './catalog.js';
// `compute`, `threaded`, `threadsMissing`, `pkg`, `maxThreads` and `notes` are live: they change if threads come on later (keepTryingThreads).
import { compute, cores, isolated, threaded, threadsMissing, pkg, maxThreads, settings, notes, firstPool, onPoolReady, wantedThreads, keepTryingThreads } from './engine.js';
import { ExperimentCard } from './experiment.js';
import { plural } from './format.js';
import { ClaimsPanel } from './claims.js';
import { SweepPanel } from './sweep.js';
import { TimelinePanel } from './timeline.js';
import { formatMs } from './scales.js';
import { mountDebugPanel, claimsKnob } from './debug.js';
import { preparePrint } from './print.js';
import { h } from './dom.js';
import { copyField, copyText } from './copy.js';
import { threadsOnNow, notIsolatedWords, ONE_THREAD_STILL_RUNS } from './capabilities.js';
import { parseSettings, serializeSettings, embedCode, noteText } from './url-state.js';
import { t, attributesOf, linkLang } from './l10n-start.js';
import { embedded, postReady, postResult, postClaims, postHeights, listenToParent } from './embed.js';
import { MatrixPanel } from './matrix.js';
import { renderGlossary } from './glossary.js';

/** The panels an embed may show instead of an experiment (view=), with the height their embed code starts at. */
const PANEL_VIEWS = { claims: { id: 'claims', title: 'view-claims', height: 900 }, sweep: { id: 'sweep', title: 'view-sweep', height: 900 }, timeline: { id: 'timeline', title: 'view-timeline', height: 700 } };

const $ = (sel, root = document) => root.querySelector(sel);
// User Timing marks: where start-up time goes (see the cold-load split of npm run bench).
performance.mark('pp:app-start');

document.documentElement.dataset.theme = settings.theme;

const slider = $('#threads');
const sliderOut = $('#threads-out');
const status = $('#status');
// engine.js started the first pool before this module even loaded.
let poolReady = watchStart(firstPool, compute.threads); // Promise of the pool the slider asked for
// Every pool that comes up is shown, whoever started it (slider, cancel, crash recovery).
onPoolReady((info) => showPoolReady(info));

function describeThreads(k) {
  return t(k > cores ? 'threads-more-than-cores' : 'threads-cores-available', { threads: plural(k, 'thread'), cores: plural(cores, 'core') });
}

/** Whether threads came on after the page had fallen back to one thread. */
let switchedToThreads = false;

function showDevice() {
  $('#cores').textContent = String(cores);
  $('#isolated').textContent = t(isolated ? 'yes' : 'no');
  $('#engine').textContent = t(threaded ? 'engine-threads' : 'engine-single');
  const note = $('#engine-note');
  if (switchedToThreads) {
    note.hidden = false;
    note.textContent = threadsOnNow(maxThreads);
    announce(note.textContent);
  } else if (threadsMissing) {
    note.hidden = false;
    note.textContent = `${threadsMissing} ${ONE_THREAD_STILL_RUNS}`;
  } else if (!isolated && !threaded) {
    note.hidden = false;
    const { why, link } = notIsolatedWords(embedded());
    note.replaceChildren(`${why} ${ONE_THREAD_STILL_RUNS} `, h('a', { href: fullLink(), target: '_blank', rel: 'noopener', class: 'new-tab' }, link));
  }
  const box = $('#url-notes');
  box.hidden = notes.length === 0;
  if (notes.length) {
    box.replaceChildren(`${t('url-notes-intro')} `, ...notes.map((n) => Object.assign(document.createElement('span'), { className: 'url-note', textContent: ` ${noteText(n)}` })));
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
  slider.max = String(maxThreads);
  slider.value = String(threaded ? settings.threads : 1);
  slider.disabled = !threaded;
  slider.addEventListener('input', showSlider);
  // `change` fires when the thumb is released or a key sets a value: restart once, not per pixel.
  slider.addEventListener('change', () => {
    updateUrl();
    startPool(Number(slider.value));
  });
}

/** Shows a pool that came up: after a slider change, a cancel, or a crash the worker recovered from. */
function showPoolReady(info) {
  $('#pool').textContent = t('pool-ready', { threads: plural(info.threads, 'thread'), time: formatMs(info.timings.total_ms) });
  $('#pool').dataset.threadIndices = info.thread_indices.join(',');
  $('#pool').title = attributesOf('pool-indices', { indices: info.thread_indices.join(', ') }).title;
  document.body.dataset.state = 'ready';
  // How many pools have come up in this page: tests wait on it for a restart they did not start.
  document.body.dataset.pools = String(Number(document.body.dataset.pools ?? 0) + 1);
  announce(t('pool-ready-announce', { threads: plural(info.threads, 'thread') }));
  postReady({ isolated, threaded, threads: info.threads, cores });
}

/** Replaces the worker with a pool of k threads; resolves when it is ready. */
function startPool(k, reason) {
  poolReady = watchStart(compute.start(k, reason), k);
  return poolReady;
}

/**
 * Shows that a pool of k threads is starting, and what went wrong if it
 * fails (the status line and every card). The promise it returns still
 * rejects for a caller that awaits it (a run control shows it in place too);
 * one that does not await it leaves no unhandled rejection, since the
 * failure has been shown here.
 */
function watchStart(start, k) {
  document.body.dataset.state = 'starting';
  $('#pool').textContent = t('pool-starting', { threads: plural(k, 'thread') });
  announce(t('pool-starting-announce', { threads: plural(k, 'thread') }));
  const started = start.catch((e) => {
    if (!(e instanceof CancelledError) && poolReady === started) {
      document.body.dataset.state = 'error';
      $('#pool').textContent = t('pool-failed');
      announce(e.message);
      for (const card of cards) card.fail(e);
    }
    throw e;
  });
  started.catch(() => {}); // shown above; see the comment
  return started;
}

function announce(text) {
  status.textContent = text;
}

/** What cards and the claims panel use to run things. */
const lab = {
  cores,
  isolated,
  /** Whether threads run (it can become true later: keepTryingThreads). */
  get threaded() {
    return threaded;
  },
  /** The wasm package that runs: 'threads' or 'single'. */
  get pkg() {
    return pkg;
  },
  /** Why threads are off here, in words ('' where they are on). */
  get threadsOff() {
    return threaded ? '' : threadsMissing;
  },
  run: (request) => compute.run(request),
  timeline: (request) => compute.run(request, 'timeline'),
  estimate: (request) => compute.estimate(request),
  fault: (fault, watchdogMs) => compute.fault(fault, watchdogMs),
  threads: () => compute.threads,
  sliderThreads: () => Number(slider.value),
  maxThreads: () => Number(slider.max),
  /** Stops whatever runs by replacing the pool; resolves with the new pool (a failed start is shown by watchStart and rejects). */
  cancel: (reason) => startPool(compute.threads, reason),
  announce,
  started(card) {
    activeCard = card;
    updateUrl();
  },
  finished(card, report) {
    postResult(card.spec.id, report, { cores, isolated });
    matrix.record(card, report);
  },
  claimsChecked: (results) => postClaims(results),
  linkFor: (card) => absolute(settingsOf(card, false, 'experiment')),
  embedFor: (card) => embedCode(absolute(settingsOf(card, true, 'experiment')), t('embed-title', { title: card.spec.title })),
  /** Makes sure the pool has k threads (moving the slider to match). */
  async usePool(k) {
    if (!threaded) k = 1;
    if (compute.threads !== k) {
      slider.value = String(k);
      showSlider();
      return startPool(k);
    }
    return poolReady;
  },
  /** A fresh pool of k threads even if the current one has k (a second try should not inherit a pool in a bad state). */
  freshPool: (k) => startPool(threaded ? k : 1, t('fresh-pool-reason')),
};

/** The settings that reproduce `card` as it is now, with the slider's thread count. */
function settingsOf(card, embed, view = settings.view) {
  return {
    exp: card.spec.id, threads: Number(slider.value), theme: settings.theme, embed, view, claims: view === 'claims' ? settings.claims : undefined,
    fields: card.fieldValues(), reps: card.reps, lesson: settings.lesson, lessonTitle: settings.lessonTitle, lang: linkLang,
  };
}
const absolute = (s) => `${location.origin}${location.pathname}${serializeSettings(s)}`;
const fullLink = () => absolute(settingsOf(activeCard, false));
/** Keeps the address bar in step, so a reload or a copied address restores the same setup. */
function updateUrl() {
  history.replaceState(null, '', serializeSettings(settingsOf(activeCard, settings.embed)));
}

const cards = EXPERIMENTS.map((spec) => new ExperimentCard(spec, lab));
let activeCard = cards.find((c) => c.spec.id === settings.exp);
activeCard.applySettings(settings.fields, settings.reps);
$('#experiments').append(...cards.map((c) => c.element));
const matrix = new MatrixPanel($('#matrix'), lab, new Map(cards.map((c) => [c.spec.id, c])));
renderGlossary($('#glossary'));
showLesson();
const claims = new ClaimsPanel($('#claims'), lab, { perturb: claimsKnob(), only: settings.claims });
const sweep = new SweepPanel($('#sweep'), lab);
const timeline = new TimelinePanel($('#timeline'), lab);
setupSlider();
showDevice();
showSlider();
if (settings.embed) enterEmbedMode();
for (const view of Object.keys(PANEL_VIEWS)) addPanelShareRow(view);
// Inside a course page the iframe can follow the content's height.
postHeights();
preparePrint({ cores, engine: () => t(threaded ? 'engine-threads' : 'engine-single') });
sweep.draw();
listenToParent(async ({ experiment, parameters, threads }) => {
  // Checked exactly like URL parameters: anything out of range becomes the nearest valid value.
  const query = new URLSearchParams({ exp: experiment ?? activeCard.spec.id, ...parameters, ...(threads ? { threads } : {}) });
  const asked = parseSettings(query.toString(), { experiments: EXPERIMENTS, maxThreads, defaultThreads: Number(slider.value) });
  const card = cards.find((c) => c.spec.id === asked.settings.exp);
  card.applySettings(asked.settings.fields, asked.settings.reps);
  // The embed shows the experiment the course page asked for.
  activeCard = card;
  if (settings.embed) showOnlyActiveCard();
  // A pool that fails to start is shown by watchStart, and the card's run below says it again in place.
  if (threaded) await lab.usePool(asked.settings.threads).catch(() => {});
  if (card.running) return;
  // A course page may start a run without anyone clicking; one that fills a
  // large buffer in this tab's memory waits for a person to press Run.
  // No estimate (a refused request, an engine that did not start): the run itself shows why.
  const estimate = await lab.estimate(card.request()).catch(() => null);
  if (estimate && estimate.buffer_bytes > POLICY.embed_click_above_bytes) card.awaitClick(estimate.buffer_bytes);
  else card.run();
});

/** The lesson this page illustrates: the title and link a course set in the URL (checked by url-state.js), as text. */
function showLesson() {
  const title = $('#lesson-title');
  if (settings.lessonTitle) title.textContent = settings.lessonTitle;
  if (settings.lesson) {
    const link = Object.assign(document.createElement('a'), { href: settings.lesson, target: '_blank', rel: 'noopener noreferrer', id: 'lesson-link' });
    link.append(...title.childNodes);
    title.replaceChildren(link);
  }
}

/** Copy link and Copy embed code for a panel of the page, as each experiment card has them. */
function addPanelShareRow(view) {
  const { id, title, height } = PANEL_VIEWS[view];
  const out = copyField();
  const copy = (text) => copyText(text, { field: out, announce });
  const button = (label, make) => {
    const b = h('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', () => copy(make()));
    return b;
  };
  $(`#${id}`).append(h('div', { class: 'share-row panel-share' },
    button(t('copy-link'), () => absolute(settingsOf(activeCard, false, view))),
    button(t('copy-embed'), () => embedCode(absolute(settingsOf(activeCard, true, view)), t('embed-title', { title: t(title) }), height)),
    out));
}

function showOnlyActiveCard() {
  const panel = PANEL_VIEWS[settings.view];
  for (const card of cards) card.element.hidden = Boolean(panel) || card !== activeCard;
  // view=claims|sweep|timeline: that panel instead of a card.
  for (const v of Object.values(PANEL_VIEWS)) $(`#${v.id}`).classList.toggle('embed-view', v === panel);
  const open = $('#open-full');
  if (open) open.href = fullLink();
}

/** The compact layout for an iframe: one experiment, the slider, its chart, a way out. */
function enterEmbedMode() {
  document.body.classList.add('embed');
  // The words' definitions are in the full page's header, which an embed does not show: plain words here.
  for (const link of document.querySelectorAll('a.term-link')) link.replaceWith(...link.childNodes);
  showOnlyActiveCard();
  const open = $('#open-full');
  open.hidden = false;
  open.href = fullLink();
}
mountDebugPanel(lab);
performance.mark('pp:app-ready');

/** Nothing is measured or recorded now: a threaded start in the background would take the cores a measurement needs. */
const idle = () => compute.pending.size === 0 && ![...cards, claims, sweep, timeline, matrix].some((p) => p.running);
// After a fallback that another start may mend, threads come on when a pool answers (engine.js).
keepTryingThreads(idle, (pool) => {
  poolReady = watchStart(pool, wantedThreads);
  slider.max = String(maxThreads);
  slider.value = String(wantedThreads);
  slider.disabled = false;
  switchedToThreads = true;
  matrix.refreshTestable();
  showDevice();
  showSlider();
  updateUrl();
});
