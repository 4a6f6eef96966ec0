// The lesson's section names, as the lesson heads them, and the lines more
// than one experiment quotes. A quoted line is the lesson's own wording
// (tests/unit/teaching.test.mjs checks it against the lesson).

export const LESSON = {
  pike: 'Rob Pike’s Definition',
  sum: 'Code Example: Summing 1 Million Numbers',
  knob: 'GOMAXPROCS: The Knob Between Concurrency and Parallelism',
  io: 'I/O-Bound: Concurrency Helps (Even on 1 Core)',
  cpu: 'CPU-Bound: Concurrency Doesn’t Help (on 1 Core)',
  coffee: 'Concrete Example: Coffee Shop',
  matrix: 'Decision Matrix: When Does Concurrency Help?',
  failure: 'Real-World Failure: Misunderstanding Concurrency',
  trap2: 'Interview Traps, Trap 2',
  trap3: 'Interview Traps, Trap 3',
  trap4: 'Interview Traps, Trap 4',
  oneCore: 'Visual Model: Concurrency (Single Core)',
  both: 'Visual Model: Concurrent AND Parallel',
};

/** Whether a run on `threads` can execute in parallel here: two threads or more, on two cores or more. */
export const parallel = ({ threads, cores }) => threads >= 2 && cores >= 2;

/** Computing on one thread: concurrency gains nothing. */
export const CPU_ONE = { expectation: 'noGain', line: 'Concurrency doesn’t help because the CPU is the bottleneck. You need parallelism (multiple cores) to speed this up.', section: LESSON.cpu };
/** Computing on several cores: parallelism gains. */
export const CPU_MANY = { expectation: 'cpuParallel', line: 'For CPU-bound work, you need both concurrency (structure) and parallelism (multi-core execution) to see improvements.', section: LESSON.trap2 };
