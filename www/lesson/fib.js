// fib split recursively: parallelism needs a split. Go sketch: go/fib.go.
import { LESSON, parallel, CPU_ONE, CPU_MANY } from './sections.js';

export default {
  id: 'fib',
  go: 'go/fib.go',
  concept: 'parallelism needs a split',
  idea: { line: 'Concurrency provides a way to structure a solution to solve a problem that may (but not necessarily) be parallelizable.', section: LESSON.pike },
  text: [
    'fib(n) computed the slow way: every call makes two more calls, so the work grows by about 1.6 with every step of n (about 2.6 every two steps). The parallel version hands the two calls to different threads with rayon::join, until the calls get smaller than the cutoff, below which it just recurses.',
  ],
  expect: 'Pure computation divides cleanly, so with real cores this comes close to twice as fast on two. A cutoff of 0 turns every call into a task: the scheduling then costs more than the work.',
  glossary: ['goroutine', 'result', 'gomaxprocs'],
  lesson: (ctx) => (parallel(ctx) ? CPU_MANY : CPU_ONE),
};
