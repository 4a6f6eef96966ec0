// One more long job than the device has cores, on a pool of one thread per
// core and on one thread per job: run to completion against time slicing,
// on any number of cores. Go sketch: go/time_slicing.go. Its card also
// records a timeline per pool size and sets the job count from the cores
// (www/time-slicing.js).
import { LESSON } from './sections.js';

export default {
  id: 'time_slicing',
  go: 'go/time_slicing.go',
  concept: 'run to completion versus time slicing',
  idea: { line: 'Tasks A and B are concurrent—they’re structured to make progress independently, but only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore },
  text: [
    'One more equal fib(n) job than this device has cores, measured on a pool of one thread per core and on a pool of one thread per job. Who switches between tasks decides the time. rayon runs each task to completion: with one thread per core, every core takes a job, and the last job starts only when one of them has finished, so the run takes two jobs’ time.',
    'With one thread per job, every job has a thread of its own, and the operating system time-slices threads: it gives the threads the cores in turns of a few milliseconds, so all the jobs make progress at once and each takes longer than it would alone; when each finishes depends on the turns (one run here on two cores ended its three jobs at 57, 93 and 93 ms), and the last one ends after (cores + 1) / cores jobs’ time at best. The timelines below show both runs, task by task.',
    'The job length decides whether slicing shows: a job shorter than the operating system’s turn (fib(30), a millisecond or two here) runs to its end before it is ever paused, and the last job waits on both pools; with fib(36) (tens of milliseconds) the turns show. Try n = 30, then 36.',
  ],
  expect: 'With two or more cores and long jobs: one thread per job is faster, 2 × cores / (cores + 1) at best (1.33× on two cores, 1.6× on four), and its bars are longer because each thread had a core only part of the time. On one core nothing gains: both pools take two jobs’ time. The lesson’s picture of one core switching between A and B is what the operating system does with threads, and Go’s scheduler with goroutines; a rayon task is never preempted: it yields only at join or scope.',
  glossary: ['preempt', 'gomaxprocs', 'goroutine'],
  timelines: true,
  /** The jobs on one thread per core, then on one thread per job (as far as the page allows). */
  threadCounts: (cores, k, max = cores + 1) => [...new Set([cores, cores + 1].map((t) => Math.min(t, max)))],
  /** How many jobs the card runs on a device with `cores`: one more than the cores. */
  jobsFor: (cores) => cores + 1,
  lesson: (ctx) => (ctx.cores >= 2
    ? { expectation: 'faster', line: 'Four concurrent tasks, but only two execute in parallel at any moment (limited by 2 cores).', section: LESSON.both }
    : { expectation: 'noGain', line: 'only one executes at any instant. The CPU context-switches between them.', section: LESSON.oneCore }),
};
