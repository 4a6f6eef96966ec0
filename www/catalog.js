// The lesson's experiments as data: what each one runs, what it explains,
// which controls it has, and which variants it reports. The cards in the
// page are drawn from this list (see experiment.js); the explanations are
// the page's own words.

/** Thread counts for the experiments that compare pools: a function of the device. */
export const SWEEPS = {
  /** 1 thread, every core, twice as many threads as cores. */
  oversubscribe: (cores) => [...new Set([1, cores, 2 * cores])],
  /** One thread, then the slider's count (at least 2). */
  oneVsK: (cores, k) => [...new Set([1, Math.max(2, k)])],
};

export const EXPERIMENTS = [
  {
    id: 'sum',
    workload: 'sum',
    title: 'Summing numbers',
    concept: 'structure versus execution',
    text: [
      'The program adds up n whole numbers that sit in memory. The sequential version walks through them in one loop. The split versions cut them into pieces and hand each piece to a task: two halves (the textbook version), rayon’s parallel iterator (it splits as threads become free), or exactly as many chunks as you ask for.',
    ],
    expect: 'With one thread no split version can win: the pieces still run one after another, plus bookkeeping. With two or more cores they get faster, though rarely in proportion: reading memory, not adding, is the limit. Ask for 100,000 tasks and the bookkeeping swamps the work.',
    fields: [
      { name: 'n', label: 'n, how many numbers', min: 0, max: 200_000_000, value: 20_000_000 },
      { name: 'tasks', label: 'tasks (chunks)', min: 1, max: 1_000_000, value: 64 },
    ],
    variants: [
      { name: 'seq', label: 'Sequential: one loop' },
      { name: 'halves', label: 'Two halves, two tasks' },
      { name: 'par', label: 'rayon par_iter' },
      { name: 'chunks', label: 'Your number of tasks' },
    ],
  },
  {
    id: 'fib',
    workload: 'fib',
    title: 'One job, split recursively',
    concept: 'parallelism needs a split',
    text: [
      'fib(n) computed the slow way: every call makes two more calls, so the work roughly doubles with every two steps of n. The parallel version hands the two calls to different threads with rayon::join, until the calls get smaller than the cutoff, below which it just recurses.',
    ],
    expect: 'Pure computation divides cleanly, so with real cores this comes close to twice as fast on two. A cutoff of 0 turns every call into a task: the scheduling then costs more than the work.',
    fields: [
      { name: 'n', label: 'n', min: 0, max: 45, value: 35 },
      { name: 'cutoff', label: 'cutoff', min: 0, max: 64, value: 20 },
    ],
    variants: [
      { name: 'seq', label: 'Sequential: plain recursion' },
      { name: 'par', label: 'rayon::join above the cutoff' },
    ],
  },
  {
    id: 'fib_three',
    workload: 'fib_three',
    title: 'Three independent CPU-bound jobs',
    concept: 'computing needs cores',
    text: [
      'Three separate fib(n) calculations: first one after another, then as three concurrent tasks on the pool, like starting three goroutines.',
    ],
    expect: 'On one thread the three tasks take as long as doing them in a row: the processor is never idle, so there is nothing to overlap. Each extra core takes one job off the queue, up to three.',
    fields: [{ name: 'n', label: 'n', min: 0, max: 42, value: 32 }],
    variants: [
      { name: 'seq', label: 'Three jobs in a row' },
      { name: 'par', label: 'Three concurrent tasks' },
    ],
  },
  {
    id: 'io',
    workload: 'io',
    title: 'Waiting for the network',
    concept: 'waiting versus computing',
    text: [
      'Each job stands for a request to a server: it asks, then waits (a real browser timer) for the answer. The sequential version waits for each answer before asking again; the concurrent one sends every request, then waits for all of them, all on one single thread.',
    ],
    expect: 'The concurrent version takes about one wait, not one per job, even on one thread and even without threads at all: while waiting, the thread has nothing to do, so the waits overlap.',
    fields: [
      { name: 'jobs', label: 'requests', min: 1, max: 20, value: 3 },
      { name: 'wait_ms', label: 'wait (ms)', min: 1, max: 2000, value: 200 },
    ],
    reps: 3,
    variants: [
      { name: 'seq', label: 'One request after another' },
      { name: 'concurrent', label: 'All at once, one thread' },
    ],
  },
  {
    id: 'mixed',
    workload: 'mixed',
    title: 'Waiting and computing',
    concept: 'overlap the waits, parallelise the work',
    text: [
      'Each job waits for a request, computes fib(n) with the answer, then waits for a second request. Concurrently on one thread the waits overlap but the computing does not; handing the computing to the pool overlaps that too.',
    ],
    expect: 'One thread already saves most of the waiting. With two or more cores the version that computes on the pool saves part of the computing as well.',
    fields: [
      { name: 'jobs', label: 'jobs', min: 1, max: 20, value: 3 },
      { name: 'wait_ms', label: 'wait (ms)', min: 1, max: 2000, value: 50 },
      { name: 'n', label: 'fib n', min: 0, max: 38, value: 32 },
    ],
    reps: 3,
    variants: [
      { name: 'seq', label: 'One job after another' },
      { name: 'concurrent', label: 'Concurrent, computing here' },
      { name: 'parallel', label: 'Concurrent, computing on the pool', needsThreads: true },
    ],
  },
  {
    id: 'contended',
    workload: 'contended',
    title: 'Everyone through one lock',
    concept: 'coordination costs',
    text: [
      'The same sum, but every single addition goes through one shared counter: once guarded by a Mutex, once as an atomic. The threads spend their time queueing for the counter and passing it from core to core.',
    ],
    expect: 'Slower than the plain loop on any number of threads, and slower still with more threads: when every step needs coordination, adding workers adds waiting.',
    fields: [{ name: 'n', label: 'n, how many numbers', min: 0, max: 10_000_000, value: 1_000_000 }],
    variants: [
      { name: 'seq', label: 'Sequential, nothing shared' },
      { name: 'lock', label: 'Parallel, one Mutex' },
      { name: 'atomic', label: 'Parallel, one atomic' },
    ],
  },
  {
    id: 'oversubscribe',
    workload: 'fib',
    title: 'More threads than cores',
    concept: 'match threads to cores',
    text: [
      'The split fibonacci again, measured on a pool of one thread, one thread per core, and twice as many threads as cores. Past the core count, threads have to take turns: the operating system switches between them.',
    ],
    expect: 'Time falls until every core is busy, then stops falling; past the core count it stays flat or gets a little worse. More threads than cores is not more computing power.',
    fields: [
      { name: 'n', label: 'n', min: 0, max: 45, value: 34 },
      { name: 'cutoff', label: 'cutoff', min: 0, max: 64, value: 20 },
    ],
    sweep: 'oversubscribe',
    variants: [
      { name: 'seq', label: 'Sequential: plain recursion' },
      { name: 'par', label: 'rayon::join above the cutoff' },
    ],
  },
  {
    id: 'one_vs_k',
    workload: 'fib_three',
    title: 'Same code, one thread or many',
    concept: 'concurrency is structure',
    text: [
      'The three concurrent tasks, unchanged, run first on a pool of one thread and then on a pool of as many threads as the slider says. Go’s GOMAXPROCS(1) does the same: the program is just as concurrent, but only one task can execute at any moment.',
    ],
    expect: 'On one thread the concurrent version is no faster than the sequential one; on several threads the very same code is. The structure did not change, the execution did.',
    fields: [{ name: 'n', label: 'n', min: 0, max: 42, value: 32 }],
    sweep: 'oneVsK',
    variants: [
      { name: 'seq', label: 'Three jobs in a row' },
      { name: 'par', label: 'Three concurrent tasks' },
    ],
  },
];
