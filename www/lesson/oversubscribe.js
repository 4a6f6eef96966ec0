// More threads than cores: match threads to cores. Go sketch: go/oversubscribe.go.
import { LESSON } from './sections.js';

export default {
  id: 'oversubscribe',
  go: 'go/oversubscribe.go',
  concept: 'match threads to cores',
  idea: { line: 'More goroutines ≠ faster code. Match concurrency level to problem type and core count.', section: LESSON.failure },
  text: [
    'The split fibonacci again, measured on a pool of one thread, one thread per core, and twice as many threads as cores. Past the core count, threads have to take turns: the operating system switches between them.',
    'This is about threads, not tasks. The lesson’s Trap 3 says GOMAXPROCS “limits OS threads”; more exactly, it limits the threads executing Go code at the same time (a thread blocked in a system call does not count, and the runtime starts another). A thousand goroutines on those threads are a different matter: the “A thousand tasks on a few threads” card.',
  ],
  expect: 'Time falls until every core is busy, then stops falling; past the core count it stays flat or gets a little worse. More threads than cores is not more computing power.',
  glossary: ['gomaxprocs', 'numcpu'],
  /** Pools of 1 thread, every core, twice as many threads as cores. */
  threadCounts: (cores) => [...new Set([1, cores, 2 * cores])],
  lesson: () => ({ expectation: 'noGain', line: 'Setting it above the number of CPU cores typically degrades performance due to context switching.', section: LESSON.trap3 }),
};
