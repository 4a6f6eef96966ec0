// An example course page: embeds the playground and talks to it through its
// message API (version 1, see README "Embedding"). The playground's address
// defaults to the local `npm start` server; ?playground=URL points elsewhere.
const base = new URLSearchParams(location.search).get('playground') ?? 'http://127.0.0.1:8080/';
const src = new URL('?exp=fib&n=30&cutoff=20&threads=2&embed=1', base).href;

const frame = document.createElement('iframe');
Object.assign(frame, { src, width: 800, height: 500, title: 'Parallel Playground: one job, split recursively', loading: 'lazy' });
frame.allow = 'cross-origin-isolated';
document.querySelector('#slot').append(frame);

const log = document.querySelector('#log');
const received = [];
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const m = event.data;
  if (typeof m?.type !== 'string' || !m.type.startsWith('parallel-playground:')) return;
  received.push(m);
  const line = m.type === 'parallel-playground:result'
    ? `${m.experiment} on ${m.threads} threads: ${m.variants.map((v) => `${v.name} ${v.median_ms.toFixed(2)} ms = ${v.value}`).join(', ')}; speed-up ${m.speedup.toFixed(2)}x`
    : `${m.type} ${JSON.stringify(m)}`;
  log.textContent += `${line}\n`;
});
// Exposed for the end-to-end test that drives this page.
window.receivedFromPlayground = received;

document.querySelector('#ask').addEventListener('click', () => {
  frame.contentWindow.postMessage({ type: 'parallel-playground:run', version: 1, experiment: 'fib', parameters: { n: 30, cutoff: 20 }, threads: 2 }, new URL(base).origin);
});
