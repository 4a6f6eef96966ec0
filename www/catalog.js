// The page's words for each experiment: the idea it shows, what runs, what
// to expect. Everything else about an experiment (its workload, controls,
// ranges, defaults, variant labels, repetitions, sweep) comes from the core's
// registry (crates/core/src/registry.rs, generated into registry.js at build
// time), so the page offers exactly what the engine accepts.
import { REGISTRY } from './registry.js';

/**
 * Thread counts for the experiments that compare pools: a function of the
 * device (`cores`), the slider (`k`) and the largest pool the page allows
 * (`max`), by the registry's sweep name.
 */
export const SWEEPS = {
  /** 1 thread, every core, twice as many threads as cores. */
  oversubscribe: (cores) => [...new Set([1, cores, 2 * cores])],
  /** One thread, then the slider's count (at least 2). */
  one_vs_k: (cores, k) => [...new Set([1, Math.max(2, k)])],
  /** Three equal jobs on two threads, then on three (as far as the page allows). */
  time_slicing: (cores, k, max = 3) => [...new Set([2, 3].map((t) => Math.min(t, max)))],
};

/** Whether a run on `threads` can execute in parallel here: two threads or more, on two cores or more. */
const parallel = ({ threads, cores }) => threads >= 2 && cores >= 2;

// The lesson's own lines, quoted where a result is explained (section names as in the lesson).
const LESSON = {
  pike: 'Rob Pike’s Definition',
  sum: 'Code Example: Summing 1 Million Numbers',
  knob: 'GOMAXPROCS: The Knob Between Concurrency and Parallelism',
  io: 'I/O-Bound: Concurrency Helps (Even on 1 Core)',
  cpu: 'CPU-Bound: Concurrency Doesn’t Help (on 1 Core)',
  coffee: 'Concrete Example: Coffee Shop',
  matrix: 'Decision Matrix: When Does Concurrency Help?',
  failure: 'Real-World Failure: Misunderstanding Concurrency',
  trap3: 'Interview Traps, Trap 3',
  trap4: 'Interview Traps, Trap 4',
  oneCore: 'Visual Model: Concurrency (Single Core)',
};
const CPU_ONE = { expect: ['same', 'slower'], line: 'Concurrency doesn’t help because the CPU is the bottleneck. You need parallelism (multiple cores) to speed this up.', section: LESSON.cpu };
const CPU_MANY = { expect: ['faster'], line: 'For CPU-bound work, you need both concurrency (structure) and parallelism (multi-core execution) to see improvements.', section: 'Interview Traps, Trap 2' };

/**
 * The page's words for each experiment:
 *   concept   the idea, in a few words
 *   idea      the lesson's line the experiment tests, and its section
 *   text      what runs;  expect: what the lesson leads one to expect
 *   glossary  the Go-to-Rust entries (glossary.js) that read this code
 *   lesson(ctx)  what the lesson expects of the compared ratio and the line
 *             that explains it; ctx = { threads, from, cores } (from: the
 *             smaller pool a sweep compares against, or null)
 */
const WORDS = {
  sum: {
    concept: 'structure versus execution',
    idea: { line: 'The code is concurrent regardless of cores. Whether it’s parallel depends on GOMAXPROCS and available CPU cores.', section: LESSON.sum },
    text: [
      'The program adds up n whole numbers that sit in memory. The sequential version walks through them in one loop. The split versions cut them into pieces and hand each piece to a task: two halves (the textbook version), rayon’s parallel iterator (it splits as threads become free), or exactly as many chunks as you ask for.',
    ],
    expect: 'With one thread no split version can win: the pieces still run one after another, plus bookkeeping. With two or more cores they get faster, though rarely in proportion: reading memory, not adding, is the limit. Ask for 100,000 tasks and the bookkeeping swamps the work.',
    glossary: ['goroutine', 'wait', 'result'],
    lesson: (ctx) => (parallel(ctx)
      ? { expect: ['faster'], line: 'Whether it’s parallel depends on GOMAXPROCS and available CPU cores.', section: LESSON.sum }
      : { expect: ['same', 'slower'], line: 'Parallel execution has overhead: synchronization, cache coherency, work distribution.', section: LESSON.trap4 }),
  },
  fib: {
    concept: 'parallelism needs a split',
    idea: { line: 'Concurrency provides a way to structure a solution to solve a problem that may (but not necessarily) be parallelizable.', section: LESSON.pike },
    text: [
      'fib(n) computed the slow way: every call makes two more calls, so the work roughly doubles with every two steps of n. The parallel version hands the two calls to different threads with rayon::join, until the calls get smaller than the cutoff, below which it just recurses.',
    ],
    expect: 'Pure computation divides cleanly, so with real cores this comes close to twice as fast on two. A cutoff of 0 turns every call into a task: the scheduling then costs more than the work.',
    glossary: ['goroutine', 'result', 'gomaxprocs'],
    lesson: (ctx) => (parallel(ctx) ? CPU_MANY : CPU_ONE),
  },
  fib_three: {
    concept: 'computing needs cores',
    idea: { line: 'Concurrency is about structure, parallelism is about execution.', section: LESSON.pike },
    text: [
      'Three separate fib(n) calculations: first one after another, then as three concurrent tasks on the pool, like starting three goroutines.',
    ],
    expect: 'On one thread the three tasks take as long as doing them in a row: the processor is never idle, so there is nothing to overlap. Each extra core takes one job off the queue, up to three.',
    glossary: ['goroutine', 'wait', 'gomaxprocs'],
    lesson: (ctx) => (parallel(ctx) ? CPU_MANY : CPU_ONE),
  },
  io: {
    concept: 'waiting versus computing',
    idea: { line: 'Concurrency helps because you’re not doing work—you’re waiting. Other tasks can progress during waits.', section: LESSON.io },
    text: [
      'Each job stands for a request to a server: it asks, then waits (a real browser timer) for the answer. The sequential version waits for each answer before asking again; the concurrent one sends every request, then waits for all of them, all on one single thread.',
    ],
    expect: 'The concurrent version takes about one wait, not one per job, even on one thread and even without threads at all: while waiting, the thread has nothing to do, so the waits overlap.',
    glossary: ['blocked', 'goroutine', 'wait'],
    lesson: () => ({ expect: ['faster'], line: 'Concurrency helps because you’re not doing work—you’re waiting.', section: LESSON.io }),
  },
  mixed: {
    concept: 'overlap the waits, parallelise the work',
    idea: { line: 'One worker, multiple concurrent tasks. The barista doesn’t sit idle while machines run—they structure work to make progress on multiple orders.', section: LESSON.coffee },
    text: [
      'Each job waits for a request, computes fib(n) with the answer, then waits for a second request. Concurrently on one thread the waits overlap but the computing does not; handing the computing to the pool overlaps that too.',
      'This is the lesson’s coffee shop. Computing here is the one barista: she starts every order, and while the machines run (the waits) she takes the next one, but she makes each drink herself, one at a time. Computing on the pool adds baristas: the one at the counter keeps taking orders while the others make drinks at the same time.',
    ],
    expect: 'One thread already saves most of the waiting. With two or more cores the version that computes on the pool saves part of the computing as well.',
    glossary: ['blocked', 'result', 'goroutine'],
    lesson: (ctx) => (parallel(ctx)
      ? { expect: ['faster'], line: 'Overlap I/O, parallelize CPU', section: LESSON.matrix }
      : { expect: ['faster'], line: 'The barista doesn’t sit idle while machines run—they structure work to make progress on multiple orders.', section: LESSON.coffee }),
  },
  contended: {
    concept: 'coordination costs',
    idea: { line: 'Concurrency adds overhead (scheduling, synchronization).', section: 'Interview Traps, Trap 2' },
    text: [
      'The same sum, but every single addition goes through one shared counter: once guarded by a Mutex, once as an atomic. The threads spend their time queueing for the counter and passing it from core to core.',
    ],
    expect: 'Slower than the plain loop on any number of threads, and slower still with more threads: when every step needs coordination, adding workers adds waiting.',
    glossary: ['mutex', 'goroutine'],
    lesson: () => ({ expect: ['slower'], line: 'Synchronization overhead dominates', section: LESSON.matrix }),
  },
  oversubscribe: {
    concept: 'match threads to cores',
    idea: { line: 'More goroutines ≠ faster code. Match concurrency level to problem type and core count.', section: LESSON.failure },
    text: [
      'The split fibonacci again, measured on a pool of one thread, one thread per core, and twice as many threads as cores. Past the core count, threads have to take turns: the operating system switches between them.',
    ],
    expect: 'Time falls until every core is busy, then stops falling; past the core count it stays flat or gets a little worse. More threads than cores is not more computing power.',
    glossary: ['gomaxprocs', 'numcpu'],
    lesson: () => ({ expect: ['same', 'slower'], line: 'Setting it above the number of CPU cores typically degrades performance due to context switching.', section: LESSON.trap3 }),
  },
  one_vs_k: {
    concept: 'concurrency is structure',
    idea: { line: 'You write concurrent code. The runtime decides if it’s parallel.', section: LESSON.knob },
    text: [
      'The three concurrent tasks, unchanged, run first on a pool of one thread and then on a pool of as many threads as the slider says. Go’s GOMAXPROCS(1) does the same: the program is just as concurrent, but only one task can execute at any moment.',
    ],
    expect: 'On one thread the concurrent version is no faster than the sequential one; on several threads the very same code is. The structure did not change, the execution did.',
    glossary: ['gomaxprocs', 'goroutine'],
    lesson: (ctx) => (parallel(ctx)
      ? { expect: ['faster'], line: 'You write concurrent code. The runtime decides if it’s parallel.', section: LESSON.knob }
      : { expect: ['same', 'slower'], line: 'Concurrent but not parallel', section: LESSON.knob }),
  },
  time_slicing: {
    concept: 'run to completion versus time slicing',
    idea: { line: 'Tasks A and B are concurrent—they’re structured to make progress independently, but only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore },
    text: [
      'Three equal fib(n) jobs, measured on a pool of two threads and on a pool of three. Who switches between tasks decides the time. rayon runs each task to completion: on two threads, two jobs run side by side and the third starts only when one of them has finished, so the run takes two jobs’ time.',
      'With three threads, each job has a thread of its own, and the operating system time-slices threads: on two cores it gives each of the three a core in turns of a few milliseconds, so all three finish together after about one and a half jobs’ time. The timelines below show both runs, task by task.',
    ],
    expect: 'On two cores: about 1.5× as fast as three in a row on two threads, close to 2× on three threads, whose bars are longer because each thread had a core only part of the time. With three or more cores, three threads run truly in parallel (up to 3×). The lesson’s picture of one core switching between A and B is what the operating system does with threads, and Go’s scheduler with goroutines; a rayon task is never paused for another.',
    glossary: ['preempt', 'gomaxprocs', 'goroutine'],
    timelines: true,
    lesson: (ctx) => (ctx.cores >= 2
      ? { expect: ['faster'], line: 'Four concurrent tasks, but only two execute in parallel at any moment (limited by 2 cores).', section: 'Visual Model: Concurrent AND Parallel' }
      : { expect: ['same', 'slower'], line: 'only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore }),
  },
};

/** The registry's workload `id`. */
export const workloadSpec = (id) => REGISTRY.workloads.find((w) => w.id === id);

/** A workload's parameters as form fields, with `defaults` ([[name, value]]) over the registry's. */
export function fieldsOf(workload, defaults = []) {
  const own = new Map(defaults);
  return workloadSpec(workload).params.map((p) => ({ name: p.name, label: p.label, min: p.min, max: p.max, value: own.get(p.name) ?? p.default, why: p.why }));
}

/** A workload's variants as the cards and charts use them. */
export const variantsOf = (workload) => workloadSpec(workload).variants.map((v) => ({ name: v.id, label: v.label, needsThreads: v.needs_threads }));

/** The page's experiments, in order: the registry's, with the page's words. */
export const EXPERIMENTS = REGISTRY.experiments.map((e) => {
  const w = workloadSpec(e.workload);
  return Object.freeze({
    id: e.id,
    workload: e.workload,
    title: e.title ?? w.title,
    ...WORDS[e.id],
    fields: fieldsOf(e.workload, e.defaults),
    reps: w.default_reps,
    variants: variantsOf(e.workload),
    /** The variant the verdict is about, with threads and without (the registry's main and main_single). */
    main: w.main,
    mainSingle: w.main_single,
    sweep: e.sweep ?? undefined,
  });
});

/** The measurement plan's parameters (reps, warmup, min_total_ms) by name. */
export const PLAN = Object.fromEntries(REGISTRY.plan.map((p) => [p.name, p]));
export const POLICY = REGISTRY.policy;
/** Every parameter name some workload takes (a URL may name one that the chosen experiment lacks). */
export const REGISTRY_PARAM_NAMES = [...new Set(REGISTRY.workloads.flatMap((w) => w.params.map((p) => p.name)))];
