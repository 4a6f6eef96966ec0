// What a task costs: the fintech card's two versions with jobs of about
// 20 µs, many more of them. Go sketch: go/many_small.go.
import { LESSON } from './sections.js';
import { GO_CODE_THREADS } from './many_tasks.js';

export default {
  id: 'many_small',
  go: 'go/many_small.go',
  concept: 'what a task costs',
  idea: { line: 'Concurrency adds overhead (scheduling, synchronization).', section: LESSON.trap2 },
  text: [
    'The same two versions, with jobs about 50 times smaller: 20,000 jobs of about 20 µs each (fib(21)). Each task costs its start and its hand-over to a thread, the same whatever the job’s size: well under a microsecond here. Divide the difference between the two versions by the number of jobs: that is what one task costs here.',
    'Make n smaller still (n = 10 is a tenth of a microsecond of work) and the task’s own cost becomes most of the time: that is the overhead the lesson means, not context switches.',
  ],
  expect: 'Still about the same at 20 µs: a task costs a small fraction of a job that long. At a microsecond or less per job, one task per thread wins clearly.',
  glossary: ['goroutine', 'gomaxprocs'],
  lesson: () => ({ expectation: 'noGain', ...GO_CODE_THREADS }),
};
