// Three independent computing jobs: computing needs cores. Go sketch: go/fib_three.go.
import { LESSON, parallel, CPU_ONE, CPU_MANY } from './sections.js';

export default {
  id: 'fib_three',
  go: 'go/fib_three.go',
  concept: 'computing needs cores',
  idea: { line: 'Concurrency is about structure, parallelism is about execution.', section: LESSON.pike },
  text: [
    'Three separate fib(n) calculations: first one after another, then as three concurrent tasks on the pool, like starting three goroutines.',
  ],
  expect: 'On one thread the three tasks take as long as doing them in a row: the processor is never idle, so there is nothing to overlap. Each extra core takes one job off the queue, up to three.',
  glossary: ['goroutine', 'wait', 'gomaxprocs'],
  lesson: (ctx) => (parallel(ctx) ? CPU_MANY : CPU_ONE),
};
