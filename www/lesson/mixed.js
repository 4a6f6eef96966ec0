// Mixed waiting and computing: the lesson's coffee shop. Go sketch: go/mixed.go.
import { LESSON, parallel } from './sections.js';

export default {
  id: 'mixed',
  go: 'go/mixed.go',
  concept: 'overlap the waits, parallelise the work',
  idea: { line: 'One worker, multiple concurrent tasks. The barista doesn’t sit idle while machines run—they structure work to make progress on multiple orders.', section: LESSON.coffee },
  text: [
    'Each job waits for a request, computes fib(n) with the answer, then waits for a second request. Concurrently on one thread the waits overlap but the computing does not; handing the computing to the pool overlaps that too.',
    'This is the lesson’s coffee shop. Computing here is the one barista: she starts every order, and while the machines run (the waits) she takes the next one, but she makes each drink herself, one at a time. Computing on the pool adds baristas: the one at the counter keeps taking orders while the others make drinks at the same time.',
  ],
  expect: 'One thread already saves most of the waiting. With two or more cores the version that computes on the pool saves part of the computing as well.',
  glossary: ['blocked', 'result', 'goroutine'],
  lesson: (ctx) => (parallel(ctx)
    ? { expectation: 'mixedParallel', line: 'Overlap I/O, parallelize CPU', section: LESSON.matrix }
    : { expectation: 'mixedOne', line: 'The barista doesn’t sit idle while machines run—they structure work to make progress on multiple orders.', section: LESSON.coffee }),
};
