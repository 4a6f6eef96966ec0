// Go to Rust: the lesson's words (goroutines, channels, GOMAXPROCS) beside
// what this page's Rust code and controls use for the same idea. Each row has
// an id (#go-<id>) that the experiment cards link to.
import { h } from './dom.js';
import { EXPERIMENTS } from './catalog.js';

/**
 * Each entry: the idea, how the lesson's Go and this page's Rust write it,
 * where to see it here, and where the two differ (`short`: the words a
 * card's link shows). Text in backticks is shown as code.
 */
export const GLOSSARY = [
  {
    id: 'goroutine',
    short: '`go f()`',
    idea: 'Start a task that may run at the same time as the rest',
    go: ['`go f()`'],
    rust: ['`rayon::spawn(f)`', '`s.spawn(|_| f())` inside `rayon::scope`', 'each side of `rayon::join(a, b)`'],
    page: 'The three tasks of {fib_three}; the chunks of {sum}.',
    note: 'A goroutine has its own stack and can be paused anywhere; a rayon task is a closure queued for the pool’s threads.',
  },
  {
    id: 'wait',
    short: '`wg.Wait()`',
    idea: 'Wait until the tasks you started have finished',
    go: ['`wg.Wait()` on a `sync.WaitGroup`'],
    rust: ['the end of `rayon::scope(|s| { … })`', '`rayon::join` returning'],
    page: '`fib_three_tasks` and `sum_chunks` return only after their scope has ended.',
    note: 'While it waits, a rayon thread runs other queued tasks instead of sleeping.',
  },
  {
    id: 'result',
    short: '`<-ch`',
    idea: 'Get a task’s answer back',
    go: ['`ch <- v` in the goroutine', '`v := <-ch` in the caller'],
    rust: ['`let (a, b) = rayon::join(…, …);`', 'a oneshot channel for a spawned task'],
    page: '`fib_join` ({fib}) adds the two values `join` returns; {mixed} sends each fib result back over a oneshot channel.',
    note: '',
  },
  {
    id: 'gomaxprocs',
    short: '`GOMAXPROCS`',
    idea: 'How many tasks can execute at the same instant',
    go: ['`runtime.GOMAXPROCS(k)`'],
    rust: ['`ThreadPoolBuilder::new().num_threads(k)`', '`initThreadPool(k)` in the browser'],
    page: 'The “Threads in the pool” slider. `GOMAXPROCS(1)` is a pool of one thread: {one_vs_k}.',
    note: 'Go can change it while running. rayon’s global pool is built once, but any number of other pools can be built; the page’s pool lives in a worker, so it starts a fresh worker with a new pool.',
  },
  {
    id: 'numcpu',
    short: '`runtime.NumCPU()`',
    idea: 'How many cores the machine offers',
    go: ['`runtime.NumCPU()`'],
    rust: ['`std::thread::available_parallelism()`', '`navigator.hardwareConcurrency` in the page'],
    page: '“Logical cores” under This device.',
    note: 'A browser reports logical cores, and may report fewer than the machine has (privacy settings round it down) or more than run at full speed: two logical cores can share one physical core (SMT), some cores are slower efficiency cores, and a virtual machine may show more than it gets (WebKitGTK reports 4 on this 2-core machine). The claims panel measures the parallel capacity this device gives instead.',
  },
  {
    id: 'blocked',
    short: 'a blocked goroutine',
    idea: 'A task that waits for the network without holding a thread',
    go: ['a goroutine blocked in `http.Get` or `time.Sleep`'],
    rust: ['an awaited future on one thread: `sleep(ms).await`', '`join_all(…).await`'],
    page: 'The waits of {io} and {mixed}: one thread, many waits at once.',
    note: 'Go parks the goroutine and runs others on the same thread; an async Rust function returns to its executor at every `.await`, which then polls the other futures.',
  },
  {
    id: 'preempt',
    short: 'preemption',
    idea: 'Who switches between tasks',
    go: ['Go’s scheduler preempts a goroutine that has run for about 10 ms'],
    rust: ['nobody preempts a rayon task: it yields only at `join` or `scope`, where its thread may run other tasks meanwhile', 'the operating system time-slices threads'],
    page: '{time_slicing}: three jobs on two and on three threads.',
    note: 'The lesson’s one-core picture switches between tasks A and B; on a rayon thread, task B starts only when task A ends or waits in `join` or `scope`.',
  },
  {
    id: 'mutex',
    short: '`sync.Mutex`',
    idea: 'Share one value between tasks',
    go: ['`sync.Mutex`', '`atomic.Uint64`'],
    rust: ['`std::sync::Mutex<u64>`', '`AtomicU64`'],
    page: '{contended}.',
    note: '',
  },
];

/** Text with `code` in backticks and {experiment id} as a link to its card, as DOM nodes. */
function inline(text) {
  return text.split(/(`[^`]*`|\{\w+\})/).filter((part) => part !== '').map((part) => {
    if (part.startsWith('`')) return h('code', {}, part.slice(1, -1));
    const exp = part.startsWith('{') && EXPERIMENTS.find((e) => e.id === part.slice(1, -1));
    return exp ? h('a', { href: `#exp-${exp.id}` }, exp.title) : part;
  });
}

/** The glossary as a table, with a row id per entry for links. */
export function renderGlossary(root) {
  const list = (items) => h('ul', { class: 'code-list' }, ...items.map((c) => h('li', {}, ...inline(c))));
  root.append(
    h('p', { class: 'concept' }, 'the lesson’s words, in this code'),
    h('h2', { id: 'glossary-h' }, 'Go to Rust'),
    h('p', {}, 'The lesson writes Go; this page runs Rust. Each row is one idea in both, and where to see it here.'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'glossary-table' },
      h('caption', { class: 'visually-hidden' }, 'Go to Rust glossary'),
      h('thead', {}, h('tr', {}, ...['Idea', 'Go (the lesson)', 'Rust (this page)', 'On this page'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...GLOSSARY.map((g) => h('tr', { id: `go-${g.id}`, tabindex: '-1' },
        h('th', { scope: 'row' }, g.idea),
        h('td', {}, list(g.go)),
        h('td', {}, list(g.rust)),
        h('td', {}, ...inline(g.page), g.note ? h('span', { class: 'glossary-note' }, ' ', ...inline(g.note)) : null)))))));
}

/** A link to glossary entry `id`, labelled with its Go word. */
export function glossaryLink(id) {
  const g = GLOSSARY.find((e) => e.id === id);
  if (!g) throw new Error(`no glossary entry ${id}`);
  return h('a', { href: `#go-${id}`, class: 'glossary-link' }, ...inline(g.short));
}
