// The message API for course authors who embed the playground in an iframe.
//
// Version 1. The embed posts to its parent (targetOrigin "*": results are
// not secret):
//   { type: 'parallel-playground:ready',  version: 1, isolated, threads, cores }
//   { type: 'parallel-playground:result', version: 1, experiment, parameters,
//     threads, cores, isolated, main, speedup,
//     variants: [{ name, label, detail, median_ms, q1_ms, q3_ms, value, correct }] }
//   { type: 'parallel-playground:claims', version: 1, conditions, claims: [{ claim, text,
//     verdict, ratio, lo, hi, direction, threshold, bound, impossible, tries, measured, note, runs }] }
//   { type: 'parallel-playground:resize', version: 1, height }  whenever the content's height changes,
//     and the same height as Canvas's '{"subject":"lti.frameResize","height":…}' (a JSON string),
//     which Canvas and other LTI platforms already listen for
// The parent may post to the embed:
//   { type: 'parallel-playground:run', version: 1, experiment?, parameters?, threads? }
// which applies those settings (checked exactly like URL parameters) and runs;
// a run that needs more memory than the registry's policy allows without a
// click waits for the person to press Run.
// See README, "Embedding", and examples/course-page.html.

export const API_VERSION = 1;
export const TYPES = Object.freeze({
  ready: 'parallel-playground:ready',
  result: 'parallel-playground:result',
  run: 'parallel-playground:run',
  claims: 'parallel-playground:claims',
  resize: 'parallel-playground:resize',
});

export const embedded = () => window.parent !== window;

function post(message) {
  if (embedded()) window.parent.postMessage({ ...message, version: API_VERSION }, '*');
}

export function postReady(info) {
  post({ type: TYPES.ready, ...info });
}

/** Posts a finished run: the experiment, its parameters and every variant's result. */
export function postResult(experiment, report, { cores, isolated }) {
  post({
    type: TYPES.result,
    experiment,
    parameters: report.workload,
    threads: report.threads,
    cores,
    isolated,
    main: report.main,
    speedup: report.speedup,
    variants: report.variants.map((v) => ({ name: v.name, label: v.label, detail: v.detail, median_ms: v.summary.median, q1_ms: v.summary.q1, q3_ms: v.summary.q3, value: v.value, correct: v.correct })),
  });
}

/** Posts every claim's verdict and numbers after a check, with its conditions. */
export function postClaims({ conditions, claims }) {
  post({ type: TYPES.claims, conditions, claims });
}

/**
 * Tells the parent the content's height whenever it changes, in our form and
 * in the LTI form course platforms listen for, so the iframe can fit it.
 */
export function postHeights(root = document.documentElement) {
  if (!embedded() || typeof ResizeObserver !== 'function') return;
  // Where scrollbars take room (Firefox, Chromium on Linux and Windows), the
  // content's height depends on whether a scrollbar shows: the charts scale
  // with the width, text wraps differently. A frame fitted to one height then
  // overflows by a few pixels, gets the scrollbar, and keeps it (the sweep view
  // in Firefox: 1,027 px tall at full width, 1,024 px beside a scrollbar, in a
  // 1,024 px frame). Keeping the scrollbar's room always makes it one height.
  root.style.scrollbarGutter = 'stable';
  let last = 0;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: TYPES.resize, height });
    window.parent.postMessage(JSON.stringify({ subject: 'lti.frameResize', height }), '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}

/** Calls `onRun({ experiment, parameters, threads })` for each valid run request from the parent. */
export function listenToParent(onRun) {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.source === window) return;
    const m = event.data;
    if (m == null || m.type !== TYPES.run || m.version !== API_VERSION) return;
    onRun({ experiment: m.experiment, parameters: m.parameters ?? {}, threads: m.threads });
  });
}
