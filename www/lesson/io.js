// Waiting versus computing: waits overlap even on one thread. Go sketch: go/io.go.
import { LESSON } from './sections.js';

export default {
  id: 'io',
  go: 'go/io.go',
  concept: 'waiting versus computing',
  idea: { line: 'Concurrency helps because you’re not doing work—you’re waiting. Other tasks can progress during waits.', section: LESSON.io },
  text: [
    'Each job stands for a request to a server: it asks, then waits (a real browser timer) for the answer. The sequential version waits for each answer before asking again; the concurrent one sends every request, then waits for all of them, all on one single thread.',
    'Why a timer stands in for I/O: a request’s wait is time in which this thread has nothing to do, and a timer is exactly that, with a length the page knows, so the result does not depend on a network. A real network request waits the same way (the browser does the waiting, the thread is free). A blocking read of a disk file differs: in Go it keeps its thread, and the runtime hands that thread’s P (its right to run Go code) to another thread, so the other goroutines go on; in the browser, wasm never blocks on a file.',
  ],
  expect: 'The concurrent version takes about one wait, not one per job, even on one thread and even without threads at all: while waiting, the thread has nothing to do, so the waits overlap.',
  glossary: ['blocked', 'goroutine', 'wait'],
  lesson: () => ({ expectation: 'overlap', line: 'Concurrency helps because you’re not doing work—you’re waiting.', section: LESSON.io }),
};
