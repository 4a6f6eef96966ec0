// The page cannot contradict itself: a grid of speed-ups from 0.5x to 4x is
// walked through every surface that says whether a measurement agrees with
// the lesson (an experiment card's judgement, the matrix cell behind it, a
// claim's verdict on a tight interval at that speed-up, and the judgement of
// a student's prediction), for every experiment and pool, and any two that
// disagree fail the test. Also: the words the page prints and the three
// answers follow one band, and every claim's prediction and "would fail with"
// text carry the threshold its rule decides with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPERIMENTS } from '../../www/catalog.js';
import { REGISTRY } from '../../www/registry.js';
import { ROWS, columnOf, agrees } from '../../www/matrix.js';
import { judgement } from '../../www/predict.js';
import { speedWords } from '../../www/format.js';
import { decide, OUTCOMES } from '../../www/verdict.js';
import { CLAIMS } from '../../www/lesson/claims.js';
import { EXPECTATIONS, SAME, met, thresholdOf, outcomeOf, expectedOutcomes } from '../../www/lesson/expectations.js';
import { tasksOf } from '../../www/lesson/tasks.js';

/** 0.5x to 4x in steps of 1%, and each cut-off of the table with a hair either side. */
const GRID = Array.from({ length: 351 }, (_, i) => Math.round((0.5 + i * 0.01) * 1000) / 1000);
const HAIR = 0.002;
/**
 * A claim's verdict at exactly its threshold is inconclusive whatever the
 * interval: the grid leaves out speed-ups within a hair of the threshold in
 * play, where "met" and "holds" are not both defined.
 */
const clear = (ratio, threshold) => Math.abs(ratio / threshold - 1) > HAIR;
/** A tight interval at `ratio`: what a steady device would measure. */
const tight = (ratio) => ({ ratio, lo: ratio * (1 - HAIR / 4), hi: ratio * (1 + HAIR / 4) });

const DEVICES = [1, 2, 4, 8].flatMap((cores) => [1, 2, 3, 4, 8, 16].filter((k) => k <= 2 * cores || k <= 2).map((threads) => ({ cores, threads })));
const JOBS = [1, 2, 3, 10];

/** The card's verdict on the lesson at `ratio`: what its Prediction shows (the card asks spec.lesson(ctx), then judge()). */
const cardSays = (spec, ratio, ctx) => judgement({ ratio, choice: null, lesson: spec.lesson(ctx), ctx }).lessonMet;

/** The workload's parameters a run of `spec` might have, each with the tasks it makes. */
function runsOf(spec) {
  const w = REGISTRY.workloads.find((x) => x.id === spec.workload);
  const jobs = w.params.some((p) => p.name === 'jobs') ? JOBS : [undefined];
  return jobs.map((n) => {
    const params = n === undefined ? {} : { jobs: n };
    return { params, tasks: tasksOf(spec.workload, params, spec.main) };
  });
}

test('the three answers and the printed words follow one band, and the lesson’s “no gain” and “slower” are its edges', () => {
  const words = { faster: /× as fast$/, same: /^about as fast$/, slower: /× slower$/ };
  for (const r of GRID) assert.match(speedWords(r), words[outcomeOf(r)], `${r}`);
  assert.equal(thresholdOf('noGain'), SAME);
  assert.equal(thresholdOf('slower'), 1 / SAME);
  for (const r of GRID.filter((x) => clear(x, SAME) && clear(x, 1 / SAME))) {
    // An answer among the expected ones is the lesson's statement, exactly, where the cut-off is the band's.
    for (const id of ['noGain', 'slower', 'faster']) assert.equal(expectedOutcomes(id).includes(outcomeOf(r)), met(id, r, {}), `${id} at ${r}`);
  }
});

test('no expectation can be met by a speed-up the page calls the other way', () => {
  for (const id of Object.keys(EXPECTATIONS)) {
    for (const tasks of JOBS) {
      // An expectation that follows a bound (cpuEachCore) is asked on every pool of every device.
      for (const { threads, cores } of DEVICES) {
        const ctx = { tasks, threads, cores };
        for (const r of GRID) if (met(id, r, ctx)) assert.ok(expectedOutcomes(id).includes(outcomeOf(r)), `${id} met at ${r} (tasks ${tasks}, ${threads} threads of ${cores} cores), but the page says ${outcomeOf(r)}`);
      }
    }
  }
});

test('card and matrix: every run that fills a cell is judged by the card and the cell alike', () => {
  let compared = 0;
  for (const row of ROWS) {
    for (const spec of EXPERIMENTS.filter((e) => row.workloads.includes(e.workload) && !e.sweep)) {
      for (const { cores, threads } of DEVICES) {
        const col = columnOf(threads);
        if (col === 'many' && cores < 2) continue; // the matrix cannot measure it: the cell says so
        for (const { tasks } of runsOf(spec)) {
          const ctx = { threads, cores, tasks, from: null };
          assert.equal(spec.lesson(ctx).expectation, row[col].expectation, `${spec.id} on ${threads} of ${cores} cores: card and ${row.id}.${col}`);
          for (const r of GRID.filter((x) => clear(x, thresholdOf(row[col].expectation, ctx)))) {
            assert.equal(cardSays(spec, r, ctx), agrees(row, col, r, ctx), `${spec.id} at ${r}× on ${threads} of ${cores} cores`);
            compared++;
          }
        }
      }
    }
  }
  assert.ok(compared > 10_000, `${compared} comparisons`);
});

test('claim, card, matrix and prediction: a claim’s verdict on a tight interval is what every other surface says', () => {
  for (const claim of CLAIMS) {
    const spec = EXPERIMENTS.find((e) => e.id === claim.experiment);
    assert.ok(spec, `${claim.id} names experiment ${claim.experiment}`);
    for (const cores of [2, 4, 8]) {
      const ctx = { cores, reportedCores: cores, measuredCores: cores, threaded: true, isolated: true, maxThreads: 2 * cores };
      const reports = claim.runs(ctx).map(({ threads, request }) => ({ threads, workload: request }));
      const rule = claim.rule(ctx, reports);
      const at = { tasks: claim.tasks };
      assert.equal(rule.threshold, thresholdOf(claim.expectation, at), `${claim.id}: its rule is its expectation's`);
      const card = claim.cardContext?.(ctx);
      const cardCtx = card && { from: null, ...card, cores, tasks: tasksOf(spec.workload, claim.runs(ctx)[0].request, spec.main) };
      if (card) assert.equal(spec.lesson(cardCtx).expectation, claim.expectation, `${claim.id}: card ${spec.id} on ${card.threads} threads judges by another expectation`);
      const row = ROWS.find((x) => x.workloads.includes(spec.workload));
      const cell = card && !spec.sweep && row && row[columnOf(card.threads)];
      for (const r of GRID.filter((x) => clear(x, rule.threshold))) {
        const { outcome, impossible } = decide(tight(r), rule);
        if (impossible) continue; // past what parallelism allows: flagged, decides nothing
        const holds = outcome === OUTCOMES.holds;
        assert.equal(outcome === OUTCOMES.fails, !holds, `${claim.id} at ${r}: ${outcome} on a tight interval`);
        const said = judgement({ ratio: r, choice: null, lesson: { expectation: claim.expectation }, ctx: at });
        assert.equal(said.lessonMet, holds, `${claim.id} at ${r}×: the claim ${outcome}, its prediction says the lesson was${said.lessonMet ? '' : ' not'} met`);
        assert.equal(/The lesson expects/.test(said.text), !holds, `${claim.id} at ${r}×: ${said.text}`);
        if (card) assert.equal(cardSays(spec, r, cardCtx), holds, `${claim.id} at ${r}× on ${cores} cores: the claim ${outcome}, the card disagrees`);
        if (cell) assert.equal(agrees(row, columnOf(card.threads), r, cardCtx), holds, `${claim.id} at ${r}× on ${cores} cores: the claim ${outcome}, the matrix disagrees`);
      }
    }
  }
});

test('the issue’s example: fib_three at 1.25× on two threads of two cores is judged alike everywhere', () => {
  const spec = EXPERIMENTS.find((e) => e.id === 'fib_three');
  const ctx = { threads: 2, cores: 2, from: null, tasks: 3 };
  const claim = CLAIMS.find((c) => c.id === 'cpu-more-cores');
  const rule = claim.rule({ cores: 2, maxThreads: 4 }, [1, 2, 3, 4].map((threads) => ({ threads })));
  const verdict = decide(tight(1.25), rule).outcome;
  const card = cardSays(spec, 1.25, ctx);
  const cell = agrees(ROWS.find((r) => r.id === 'cpu'), 'many', 1.25, ctx);
  assert.deepEqual([card, cell, verdict === OUTCOMES.holds], [card, card, card]);
});

test('every claim’s prediction and “would fail with” say the number its rule decides with', () => {
  const times = (x) => `${Number(x.toPrecision(3))}×`;
  for (const claim of CLAIMS) {
    const t = thresholdOf(claim.expectation, { tasks: claim.tasks });
    const { direction } = EXPECTATIONS[claim.expectation];
    const number = direction === 'above' ? times(t) : t >= 1 ? `${Math.round((t - 1) * 100)}%` : times(1 / t);
    assert.ok(claim.prediction.includes(number), `${claim.id}: “${claim.prediction}” does not say ${number}`);
    assert.ok(claim.failsIf.includes(number), `${claim.id}: “${claim.failsIf}” does not say ${number}`);
    // No other cut-off sneaks into the words: every "N×" or "N%" they say is this one, or (for a claim judged on
    // further pools, `more`) the cut-off of each further thread count up to its jobs, from cpuEachCore.
    const further = claim.more ? Array.from({ length: Math.max(0, claim.tasks - 2) }, (_, i) => times(thresholdOf('cpuEachCore', { threads: i + 3, cores: i + 3, tasks: claim.tasks }))) : [];
    for (const f of further) assert.ok(claim.prediction.includes(f) && claim.failsIf.includes(f), `${claim.id} says its further cut-off ${f}`);
    for (const [m] of `${claim.prediction} ${claim.failsIf}`.matchAll(/\d+(\.\d+)?(×|%)/g)) assert.ok([number, ...further].includes(m), `${claim.id} says ${m}`);
  }
});

test('task counts come from the registry and the run, never from a literal', () => {
  const fibThree = REGISTRY.workloads.find((w) => w.id === 'fib_three');
  assert.equal(tasksOf('fib_three', {}), fibThree.tasks);
  assert.equal(CLAIMS.find((c) => c.id === 'cpu-more-cores').tasks, fibThree.tasks);
  assert.equal(tasksOf('io', { jobs: 7 }), 7);
  assert.equal(tasksOf('mixed', {}), REGISTRY.workloads.find((w) => w.id === 'mixed').params.find((p) => p.name === 'jobs').default);
  assert.equal(tasksOf('sum', { tasks: 12 }, 'chunks'), 12);
  assert.equal(tasksOf('sum', {}, 'halves'), 2);
  assert.equal(tasksOf('fib', {}), Infinity);
  assert.throws(() => tasksOf('nope'), /No workload “nope”/);
  assert.throws(() => thresholdOf('overlap', {}), /needs the run’s task count/);
  assert.throws(() => met('muchFaster', 2), /No expectation “muchFaster”/);
});
