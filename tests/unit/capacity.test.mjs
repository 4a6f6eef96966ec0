// The parallel capacity on the machines students own, from modeled probe
// results (a model, not a measurement: the page's numbers come from the
// visitor's machine): what the page would say, which claims it could test,
// and the bounds it would use. The speed-ups are those of notes/machines.md:
// a 4-core laptop with SMT about 5x on 8 threads, a hybrid 8P+4E processor
// about 9x on 12, a 16-core machine about 12x on 16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capacityFromProbe, capacityWords, untestableReason, coresWorth, capacityNeeded, singleThreadCapacity, secondProbeThreads, betterCapacity, CAPACITY_PROBE, CAPACITY_REASONS } from '../../www/capacity.js';
import { speedupBound, random } from '../../www/verdict.js';

/** A probe's paired samples: seq ~50 ms, par seq/speedup, both drifting together by ±3% over 6 rounds, each sample ±1% of its own. */
function probe(reported, speedup, { threads = reported, seed = 3 } = {}) {
  const next = random(seed);
  const jitter = () => 1 + 0.02 * (next() - 0.5);
  const seq = [], par = [];
  for (let i = 0; i < CAPACITY_PROBE.reps; i++) {
    const drift = 1 + 0.03 * Math.sin(i);
    seq.push(50 * drift * jitter());
    par.push((50 / speedup) * drift * jitter());
  }
  return capacityFromProbe({ reported, threads, seq, par });
}

/** How many threads at once each claim compares (written here, apart from the claims). */
const CLAIM_THREADS = {
  'split-one-thread': 1, 'split-many-cores': 2, 'cpu-one-thread': 1, 'cpu-more-cores': 2, 'io-one-thread': 1, 'mixed-one-thread': 1,
  'mixed-more-cores': 2, coordination: 2, oversubscription: 1, unsplit: 2, 'tiny-tasks': 1,
};
const testable = (capacity) => Object.keys(CLAIM_THREADS).filter((id) => !untestableReason({ threads: true, parallelThreads: CLAIM_THREADS[id] }, { threaded: true, isolated: true, capacity }));

const MACHINES = [
  { name: '4-core laptop with SMT', reported: 8, speedup: 5.1, cores: 5, all: true },
  { name: 'hybrid 8P+4E laptop', reported: 12, speedup: 9.2, cores: 9, all: true },
  { name: '16-core machine', reported: 16, speedup: 12.3, cores: 12, all: true },
  { name: 'this 2-core virtual machine', reported: 2, speedup: 1.93, cores: 2, all: true },
  { name: 'this machine, told to report 8', reported: 8, speedup: 1.9, cores: 2, all: true },
  { name: 'WebKitGTK here (reports 4 on 2)', reported: 4, speedup: 1.88, cores: 2, all: true },
  { name: 'a 2-core VM with one core busy', reported: 2, speedup: 1.04, cores: 1, all: false },
];

for (const m of MACHINES) {
  test(`${m.name}: about ${m.cores} cores' worth, shown beside ${m.reported} logical cores`, () => {
    const c = probe(m.reported, m.speedup);
    assert.equal(c.cores, m.cores);
    assert.ok(c.lo <= m.speedup * 1.01 && m.speedup * 0.99 <= c.hi, `${m.speedup} within ${c.lo}-${c.hi}`);
    const words = capacityWords(c);
    assert.match(words, new RegExp(`reports ${m.reported} logical cores`));
    assert.match(words, new RegExp(`about ${m.cores === 1 ? 'one core’s' : `${m.cores} cores’`} worth of parallel capacity`));
    assert.match(words, new RegExp(`Bounds and claims use ${m.cores} thread`));
    // Nothing here knows whether other programs run: no advice to close them, and never "only N of M ran".
    assert.doesNotMatch(words, /close|only \d+ (core|of)/i);
    if (c.cores < m.reported) for (const r of ['SMT', 'efficiency cores', 'other programs']) assert.ok(words.includes(r), `${r} named`);
    else assert.doesNotMatch(words, /SMT/);
  });

  test(`${m.name}: ${m.all ? 'every claim testable' : 'two-thread claims untestable, for the true reason'}, bounds from the capacity`, () => {
    const c = probe(m.reported, m.speedup);
    const ok = testable(c);
    if (m.all) assert.deepEqual(ok, Object.keys(CLAIM_THREADS));
    else {
      assert.deepEqual(ok, Object.keys(CLAIM_THREADS).filter((id) => CLAIM_THREADS[id] === 1));
      const why = untestableReason({ threads: true, parallelThreads: 2 }, { threaded: true, isolated: true, capacity: c });
      assert.match(why, /needs 1\.7× or more of parallel capacity to show its effect on 2 threads \(about 2 cores’ worth\), and this device gave 1\.0\d× just now/);
      assert.doesNotMatch(why, /close|of 2 ran/);
    }
    // Bounds: one core's worth per thread up to the capacity, never the reported count.
    assert.equal(speedupBound({ threads: m.reported, cores: c.cores }), c.cores);
    assert.equal(speedupBound({ threads: 2, cores: c.cores, tasks: 2 }), Math.min(2, c.cores));
    assert.equal(speedupBound({ threads: 3, cores: c.cores, tasks: 3 }), Math.min(3, c.cores));
  });
}

test('a claim is never untestable because the capacity is below the reported count', () => {
  // 8 reported, 2 cores' worth: every two-thread claim runs.
  const c = probe(8, 1.9);
  assert.equal(untestableReason({ threads: true, parallelThreads: 2 }, { threaded: true, isolated: true, capacity: c }), null);
  // A three-thread comparison needs 2.7.
  assert.match(untestableReason({ threads: true, parallelThreads: 3 }, { threaded: true, isolated: true, capacity: c }), /needs 2\.7×/);
});

test('threads off: the reason is the engine\'s, or isolation, whatever the capacity', () => {
  const capacity = singleThreadCapacity(8);
  assert.equal(untestableReason({ threads: true }, { threaded: false, isolated: false, capacity }), 'threads are off here (the page is not cross-origin isolated)');
  assert.equal(untestableReason({ threads: true }, { threaded: false, isolated: true, threadsOff: 'Threads are off here: SharedArrayBuffer is missing.', capacity }), 'threads are off here: SharedArrayBuffer is missing');
  assert.equal(untestableReason({}, { threaded: false, isolated: false, capacity }), null);
  assert.match(capacityWords(capacity), /reports 8 logical cores; threads are off here/);
});

test('cores\' worth: a thread counts once it gives 0.7 of a core, never more than the threads that ran', () => {
  assert.deepEqual([0.9, 1.69, 1.7, 2.65, 2.7, 4.9, 5.1].map((s) => coresWorth(s, 16)), [1, 1, 2, 2, 3, 5, 5]);
  assert.equal(coresWorth(2.4, 2), 2);
  assert.equal(capacityNeeded(2), 1.7);
  assert.ok(coresWorth(capacityNeeded(3), 16) === 3);
});

test('the probe is long enough to mean something: about 150 tasks, far more than 16 threads', () => {
  const leaves = (n, c) => (n < 2 ? 0 : n <= c ? 1 : leaves(n - 1, c) + leaves(n - 2, c));
  assert.equal(leaves(CAPACITY_PROBE.n, CAPACITY_PROBE.cutoff), 144);
  assert.ok(CAPACITY_PROBE.reps >= 6, 'six paired rounds give a 96.9% sign-test interval, the fewest for 95%');
  assert.ok(CAPACITY_REASONS.length >= 3);
});

test('bad probe input gets a clear message', () => {
  assert.throws(() => capacityFromProbe({ reported: 0, threads: 2, seq: [1], par: [1] }), /reported core count must be a whole number/);
  assert.throws(() => capacityFromProbe({ reported: 2, threads: 2, seq: [1, 2], par: [1] }), /one of each per round/);
});

test('a second probe on fewer threads when the first gave less than its threads; the better one counts', () => {
  // This machine told to report 16: 16 threads took turns on 2 cores.
  const crowded = probe(16, 1.3);
  assert.equal(secondProbeThreads(crowded), 2);
  const two = probe(16, 1.9, { threads: 2 });
  assert.equal(betterCapacity(crowded, two), two);
  assert.equal(betterCapacity(crowded, two).cores, 2);
  assert.match(capacityWords(two), /fib on 2 threads\), this device gave 1\.9\d?× .* reports 16 logical cores/);
  // An SMT laptop: 8 threads gave 5x; 6 threads give less, so 5 stays.
  const smt = probe(8, 5.1);
  assert.equal(secondProbeThreads(smt), 6);
  assert.equal(betterCapacity(smt, probe(8, 4.6, { threads: 6 })), smt);
  // A busy core on 2 reported: one core's worth of 2 threads, and a probe on 1 thread would compare nothing.
  assert.equal(secondProbeThreads(probe(2, 1.04)), null);
  // As many cores' worth as threads: no second probe.
  assert.equal(secondProbeThreads(probe(2, 1.93)), null);
  assert.equal(secondProbeThreads(singleThreadCapacity(8)), null);
});
