// The lesson's fintech story, measured: 1000 tasks of about 1 ms on the pool
// against one task per thread doing the same jobs. Go sketch: go/many_tasks.go.
import { LESSON } from './sections.js';

/** The line of Trap 3 that says what GOMAXPROCS counts: threads executing Go code, not goroutines. */
export const GO_CODE_THREADS = { line: 'GOMAXPROCS controls how many OS threads can execute Go code simultaneously.', section: LESSON.trap3 };

export default {
  id: 'many_tasks',
  go: 'go/many_tasks.go',
  concept: 'a task is not a thread',
  idea: { line: 'The workload was CPU-bound (cryptographic signing) running on 2 cores. They spawned 1000 goroutines', section: LESSON.failure },
  text: [
    'The lesson’s fintech story blames 1000 goroutines for “excessive context switching”. Here are 1000 CPU-bound jobs of about 1 ms each (fib(28)), once as one task per job, like a goroutine per payment, and once shared out as one task per thread of the pool, the story’s fix of bounding concurrency to the cores.',
    'A task is not a thread. The pool has as many threads as the slider says, and they take the 1000 tasks one after another: nothing is switched but which task a thread picks up next, in user space. Go does the same with goroutines on its GOMAXPROCS threads. More threads than cores is a different thing: the “More threads than cores” card.',
    'The lesson’s illustration: after bounding the goroutines to the 2 cores, “Throughput increased 3x”. Measured here: the verdict below, one task per thread against one task per job on this device.',
  ],
  expect: 'About the same time either way: a thousand tasks cost no context switches. What a task does cost (starting it, handing it to a thread) is tiny beside a millisecond of work; the next card makes the tasks 50 times smaller to show it. What does slow many workers down is sharing one thing between them: see the “Everyone through one lock” card.',
  glossary: ['goroutine', 'gomaxprocs', 'preempt'],
  // One task per thread, against one per job: the fix gains nothing (whatever the pool).
  lesson: () => ({ expectation: 'noGain', ...GO_CODE_THREADS }),
};
