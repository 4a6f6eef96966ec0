// Every step through one shared counter: coordination costs. Go sketch: go/contended.go.
import { LESSON } from './sections.js';

export default {
  id: 'contended',
  go: 'go/contended.go',
  concept: 'coordination costs',
  idea: { line: 'Concurrency adds overhead (scheduling, synchronization).', section: LESSON.trap2 },
  text: [
    'The same sum, but every single addition goes through one shared counter: once guarded by a Mutex, once as an atomic. The threads spend their time queueing for the counter and passing it from core to core.',
  ],
  expect: 'Slower than the plain loop on any number of threads, and slower still with more threads: when every step needs coordination, adding workers adds waiting.',
  glossary: ['mutex', 'goroutine'],
  lesson: () => ({ expectation: 'slower', line: 'Synchronization overhead dominates', section: LESSON.matrix }),
};
