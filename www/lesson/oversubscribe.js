// More threads than cores: match threads to cores. Go sketch: go/oversubscribe.go.
import { LESSON } from './sections.js';

export default {
  id: 'oversubscribe',
  go: 'go/oversubscribe.go',
  concept: 'match threads to cores',
  idea: { line: 'More goroutines ≠ faster code. Match concurrency level to problem type and core count.', section: LESSON.failure },
  text: [
    'The split fibonacci again, measured on a pool of one thread, one thread per core, and twice as many threads as cores. Past the core count, threads have to take turns: the operating system switches between them.',
    'The lesson’s knob is GOMAXPROCS, which limits the threads running Go code; goroutines are not threads: a thousand goroutines under GOMAXPROCS=2 still run on two threads, and Go switches between them in user space, not as operating-system context switches. The pool’s thread count here plays the part of GOMAXPROCS. A thousand goroutines that compute are another card: “A thousand tasks on a few threads”.',
  ],
  expect: 'Time falls until every core is busy, then stops falling; past the core count the lesson expects it to get slower (the threads take turns and each switch costs). More threads than cores is not more computing power.',
  glossary: ['gomaxprocs', 'numcpu'],
  /** Pools of 1 thread, every core, twice as many threads as cores. */
  threadCounts: (cores) => [...new Set([1, cores, 2 * cores])],
  /** Past the logical cores the lesson says it hurts: slower, not merely no faster; up to them, no gain to expect from the knob alone. */
  lesson: (ctx) => ({ expectation: ctx.threads > ctx.cores ? 'slower' : 'noGain', line: 'Setting it above the number of CPU cores typically degrades performance due to context switching.', section: LESSON.trap3 }),
};
