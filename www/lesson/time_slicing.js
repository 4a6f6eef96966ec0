// Three equal jobs on two threads and on three: run to completion against
// time slicing. Go sketch: go/time_slicing.go. Its card also records a
// timeline per pool size (www/time-slicing.js).
import { LESSON } from './sections.js';

export default {
  id: 'time_slicing',
  go: 'go/time_slicing.go',
  concept: 'run to completion versus time slicing',
  idea: { line: 'Tasks A and B are concurrent—they’re structured to make progress independently, but only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore },
  text: [
    'Three equal fib(n) jobs, measured on a pool of two threads and on a pool of three. Who switches between tasks decides the time. rayon runs each task to completion: on two threads, two jobs run side by side and the third starts only when one of them has finished, so the run takes two jobs’ time.',
    'With three threads, each job has a thread of its own, and the operating system time-slices threads: on two cores it gives the three of them the two cores in turns of a few milliseconds, so all three make progress at once and each takes longer than it would alone; when each finishes depends on the turns (one run here ended its jobs at 57, 93 and 93 ms). The timelines below show both runs, task by task.',
  ],
  expect: 'On two cores: about 1.5× as fast as three in a row on two threads, close to 2× on three threads, whose bars are longer because each thread had a core only part of the time. With three or more cores, three threads run truly in parallel (up to 3×). The lesson’s picture of one core switching between A and B is what the operating system does with threads, and Go’s scheduler with goroutines; a rayon task is never preempted: it yields only at join or scope.',
  glossary: ['preempt', 'gomaxprocs', 'goroutine'],
  timelines: true,
  /** Three equal jobs on two threads, then on three (as far as the page allows). */
  threadCounts: (cores, k, max = 3) => [...new Set([2, 3].map((t) => Math.min(t, max)))],
  lesson: (ctx) => (ctx.cores >= 2
    ? { expectation: 'faster', line: 'Four concurrent tasks, but only two execute in parallel at any moment (limited by 2 cores).', section: LESSON.both }
    : { expectation: 'noGain', line: 'only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore }),
};
