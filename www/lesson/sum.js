// The sum: structure versus execution. Go sketch: go/sum.go.
import { LESSON, parallel } from './sections.js';

export default {
  id: 'sum',
  go: 'go/sum.go',
  concept: 'structure versus execution',
  idea: { line: 'The code is concurrent regardless of cores. Whether it’s parallel depends on GOMAXPROCS and available CPU cores.', section: LESSON.sum },
  text: [
    'The program adds up n whole numbers that sit in memory. The sequential version walks through them in one loop. The split versions cut them into pieces and hand each piece to a task: two halves (the textbook version), rayon’s parallel iterator (it splits as threads become free), or exactly as many chunks as you ask for.',
  ],
  expect: 'With one thread no split version can win: the pieces still run one after another, plus bookkeeping. With two or more cores they get faster, though rarely in proportion: at the default 80 MB, reading memory, not adding, is the limit (one thread here read 80 MB at about 7 GB/s and 16 MB, which fits in this machine’s cache, at about 23 GB/s). Ask for 100,000 tasks and the bookkeeping swamps the work.',
  glossary: ['goroutine', 'wait', 'result'],
  lesson: (ctx) => (parallel(ctx)
    ? { expectation: 'sumParallel', line: 'Whether it’s parallel depends on GOMAXPROCS and available CPU cores.', section: LESSON.sum }
    : { expectation: 'noGain', line: 'Parallel execution has overhead: synchronization, cache coherency, work distribution.', section: LESSON.trap4 }),
};
