// Every view of the playground in one course page, each iframe fitted to its
// content from the playground's resize messages (message API version 1).
// The playground's address defaults to the local `npm start` server;
// ?playground=URL points elsewhere.
const base = new URLSearchParams(location.search).get('playground') ?? 'http://127.0.0.1:8080/';
const VIEWS = [
  { view: 'experiment', query: 'exp=fib&n=30&cutoff=20', title: 'one job, split recursively' },
  { view: 'claims', query: 'view=claims&claims=split-one-thread,split-many-cores,io-one-thread', title: 'three of the lesson’s claims' },
  { view: 'sweep', query: 'view=sweep', title: 'thread sweep' },
  { view: 'timeline', query: 'view=timeline', title: 'who ran what, when' },
];

const frames = new Map(); // contentWindow -> iframe
for (const { view, query, title } of VIEWS) {
  const frame = document.createElement('iframe');
  Object.assign(frame, { src: new URL(`?${query}&embed=1`, base).href, width: 800, height: 500, title: `Parallel Playground: ${title}` });
  frame.allow = 'cross-origin-isolated';
  frame.dataset.view = view;
  frame.style.cssText = 'border:0;max-width:100%;display:block;margin:0 0 24px';
  document.querySelector('#views').append(frame);
  frames.set(frame.contentWindow, frame);
}

window.addEventListener('message', (event) => {
  const frame = frames.get(event.source);
  const m = event.data;
  if (!frame || m?.type !== 'parallel-playground:resize' || m.version !== 1) return;
  // A height from a frame is a number the frame chose: keep it within sense.
  const height = Math.min(20_000, Math.max(100, Math.round(Number(m.height) || 0)));
  frame.height = String(height);
  frame.dataset.resized = String(Number(frame.dataset.resized ?? 0) + 1);
});
