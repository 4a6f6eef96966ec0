// The same concurrent code on one thread or many (GOMAXPROCS(1)). Go sketch: go/one_vs_k.go.
import { LESSON, parallel } from './sections.js';

export default {
  id: 'one_vs_k',
  go: 'go/one_vs_k.go',
  concept: 'concurrency is structure',
  idea: { line: 'You write concurrent code. The runtime decides if it’s parallel.', section: LESSON.knob },
  text: [
    'The three concurrent tasks, unchanged, run first on a pool of one thread and then on a pool of as many threads as the slider says. Go’s GOMAXPROCS(1) does the same: the program is just as concurrent, but only one task can execute at any moment.',
  ],
  expect: 'On one thread the concurrent version is no faster than the sequential one; on several threads the very same code is. The structure did not change, the execution did.',
  glossary: ['gomaxprocs', 'goroutine'],
  /** One thread, then the slider's count (at least 2). */
  threadCounts: (cores, k) => [...new Set([1, Math.max(2, k)])],
  lesson: (ctx) => (parallel(ctx)
    ? { expectation: 'cpuParallel', line: 'You write concurrent code. The runtime decides if it’s parallel.', section: LESSON.knob }
    : { expectation: 'noGain', line: 'Concurrent but not parallel', section: LESSON.knob }),
};
