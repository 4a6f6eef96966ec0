// The page's words for each experiment: the idea it shows, what runs, what
// to expect. Everything else about an experiment (its workload, controls,
// ranges, defaults, variant labels, repetitions, sweep) comes from the core's
// registry (crates/core/src/registry.rs, generated into registry.js at build
// time), so the page offers exactly what the engine accepts.
import { REGISTRY } from './registry.js';

/** Thread counts for the experiments that compare pools: a function of the device, by the registry's sweep name. */
export const SWEEPS = {
  /** 1 thread, every core, twice as many threads as cores. */
  oversubscribe: (cores) => [...new Set([1, cores, 2 * cores])],
  /** One thread, then the slider's count (at least 2). */
  one_vs_k: (cores, k) => [...new Set([1, Math.max(2, k)])],
};

const WORDS = {
  sum: {
    concept: 'structure versus execution',
    text: [
      'The program adds up n whole numbers that sit in memory. The sequential version walks through them in one loop. The split versions cut them into pieces and hand each piece to a task: two halves (the textbook version), rayon’s parallel iterator (it splits as threads become free), or exactly as many chunks as you ask for.',
    ],
    expect: 'With one thread no split version can win: the pieces still run one after another, plus bookkeeping. With two or more cores they get faster, though rarely in proportion: reading memory, not adding, is the limit. Ask for 100,000 tasks and the bookkeeping swamps the work.',
  },
  fib: {
    concept: 'parallelism needs a split',
    text: [
      'fib(n) computed the slow way: every call makes two more calls, so the work roughly doubles with every two steps of n. The parallel version hands the two calls to different threads with rayon::join, until the calls get smaller than the cutoff, below which it just recurses.',
    ],
    expect: 'Pure computation divides cleanly, so with real cores this comes close to twice as fast on two. A cutoff of 0 turns every call into a task: the scheduling then costs more than the work.',
  },
  fib_three: {
    concept: 'computing needs cores',
    text: [
      'Three separate fib(n) calculations: first one after another, then as three concurrent tasks on the pool, like starting three goroutines.',
    ],
    expect: 'On one thread the three tasks take as long as doing them in a row: the processor is never idle, so there is nothing to overlap. Each extra core takes one job off the queue, up to three.',
  },
  io: {
    concept: 'waiting versus computing',
    text: [
      'Each job stands for a request to a server: it asks, then waits (a real browser timer) for the answer. The sequential version waits for each answer before asking again; the concurrent one sends every request, then waits for all of them, all on one single thread.',
    ],
    expect: 'The concurrent version takes about one wait, not one per job, even on one thread and even without threads at all: while waiting, the thread has nothing to do, so the waits overlap.',
  },
  mixed: {
    concept: 'overlap the waits, parallelise the work',
    text: [
      'Each job waits for a request, computes fib(n) with the answer, then waits for a second request. Concurrently on one thread the waits overlap but the computing does not; handing the computing to the pool overlaps that too.',
    ],
    expect: 'One thread already saves most of the waiting. With two or more cores the version that computes on the pool saves part of the computing as well.',
  },
  contended: {
    concept: 'coordination costs',
    text: [
      'The same sum, but every single addition goes through one shared counter: once guarded by a Mutex, once as an atomic. The threads spend their time queueing for the counter and passing it from core to core.',
    ],
    expect: 'Slower than the plain loop on any number of threads, and slower still with more threads: when every step needs coordination, adding workers adds waiting.',
  },
  oversubscribe: {
    concept: 'match threads to cores',
    text: [
      'The split fibonacci again, measured on a pool of one thread, one thread per core, and twice as many threads as cores. Past the core count, threads have to take turns: the operating system switches between them.',
    ],
    expect: 'Time falls until every core is busy, then stops falling; past the core count it stays flat or gets a little worse. More threads than cores is not more computing power.',
  },
  one_vs_k: {
    concept: 'concurrency is structure',
    text: [
      'The three concurrent tasks, unchanged, run first on a pool of one thread and then on a pool of as many threads as the slider says. Go’s GOMAXPROCS(1) does the same: the program is just as concurrent, but only one task can execute at any moment.',
    ],
    expect: 'On one thread the concurrent version is no faster than the sequential one; on several threads the very same code is. The structure did not change, the execution did.',
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
    sweep: e.sweep ?? undefined,
  });
});

/** The measurement plan's parameters (reps, warmup, min_total_ms) by name. */
export const PLAN = Object.fromEntries(REGISTRY.plan.map((p) => [p.name, p]));
export const POLICY = REGISTRY.policy;
/** Every parameter name some workload takes (a URL may name one that the chosen experiment lacks). */
export const REGISTRY_PARAM_NAMES = [...new Set(REGISTRY.workloads.flatMap((w) => w.params.map((p) => p.name)))];
