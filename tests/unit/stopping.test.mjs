// The stopping rule's error rate, by simulation: claims whose true ratio sits
// exactly at the threshold, where "holds" and "does not hold" are both wrong.
// The shares found here are the ones the page states (SIMULATED in
// www/stopping.js): if the rule or the intervals change, this fails until the
// stated figures are measured again.
//
// The model of a try (9 rounds, each timing every variant once):
//   - a drift shared by every variant timed in a round, wandering from round
//     to round (AR(1): sd 3%, 0.6 of it carried to the next round) and starting
//     afresh in every run, so two runs differ by a few percent on their own;
//   - 3% lognormal noise on every sample;
//   - one sample in ten stalled by 10-50% (an interrupt, a page fault).
// Same-run claims compare two variants of one run (paired); across-run claims
// compare each run's own speed-up (roundRatios) between two runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideByTries, stoppingRule, judgeTry, STOPPING, SIMULATED, RULE_TEXT, TRY_LEVEL } from '../../www/stopping.js';
import { random, roundRatios, OUTCOMES } from '../../www/verdict.js';

function simulator(seed) {
  const next = random(seed);
  const gauss = () => {
    let u = 0;
    while (!u) u = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  /** One run: for each base time, STOPPING.rounds samples. */
  const run = (bases) => {
    const out = bases.map(() => []);
    let drift = 0.03 * gauss();
    for (let i = 0; i < STOPPING.rounds; i++) {
      bases.forEach((b, v) => out[v].push(b * Math.exp(drift + 0.03 * gauss()) * (next() < 0.1 ? 1.1 + 0.4 * next() : 1)));
      drift = 0.6 * drift + 0.8 * 0.03 * gauss();
    }
    return out;
  };
  /** The tries of one claim whose true ratio is `ratio`. */
  const tries = (kind, ratio) => Array.from({ length: STOPPING.maxTries }, () => {
    if (kind === 'sameRun') {
      const [num, den] = run([10 * ratio, 10]);
      return { num, den };
    }
    // Across runs: run B's speed-up over run A's (seq / par in each).
    const [seqA, parA] = run([10, 5]);
    const [seqB, parB] = run([10, 5 / ratio]);
    return { num: roundRatios(seqB, parB), den: roundRatios(seqA, parA) };
  });
  return tries;
}

/** Shares of `claims` simulated claims called holds and does not hold, and the mean number of tries. */
function simulate(kind, { ratio, threshold = 1.5, direction = 'above', claims = SIMULATED.claims, seed = 7 }) {
  const tries = simulator(seed);
  let holds = 0, fails = 0, looks = 0;
  for (let c = 0; c < claims; c++) {
    const r = decideByTries(tries(kind, ratio), { direction, threshold }, { paired: kind === 'sameRun' });
    if (r.outcome === OUTCOMES.holds) holds++;
    if (r.outcome === OUTCOMES.fails) fails++;
    looks += r.judged.length;
  }
  return { holds: holds / claims, fails: fails / claims, tries: looks / claims };
}

for (const kind of ['sameRun', 'acrossRuns']) {
  test(`${kind}: at the threshold the rule is wrong as rarely as the page says, and alike both ways`, () => {
    const sim = simulate(kind, { ratio: 1.5 });
    const stated = SIMULATED[kind];
    // The stated share is the simulated one, rounded to a tenth of a percent: 10,000 claims leave a standard error of 0.1-0.15%.
    assert.ok(Math.abs(sim.holds - stated.holds) <= 0.002, `wrongly "holds": simulated ${sim.holds}, stated ${stated.holds}`);
    assert.ok(Math.abs(sim.fails - stated.fails) <= 0.002, `wrongly "does not hold": simulated ${sim.fails}, stated ${stated.fails}`);
    // Within the rule's own promise: alpha split over the tries, half of it each way.
    assert.ok(sim.holds <= STOPPING.alpha / 2 && sim.fails <= STOPPING.alpha / 2, JSON.stringify(sim));
    // Symmetric: neither verdict is easier to get wrongly (4 standard errors apart at most).
    const se = Math.sqrt((sim.holds + sim.fails) / SIMULATED.claims);
    assert.ok(Math.abs(sim.holds - sim.fails) < 4 * se, JSON.stringify(sim));
    // The rule did look again at the threshold: most claims there took every try.
    assert.ok(sim.tries > STOPPING.maxTries - 0.2, JSON.stringify(sim));
  });

  test(`${kind}: 10% past the threshold either way, most claims are decided, and rightly`, () => {
    const above = simulate(kind, { ratio: 1.65, claims: 2000 });
    const below = simulate(kind, { ratio: 1.5 / 1.1, claims: 2000 });
    assert.ok(above.holds > 0.75 && above.fails === 0, JSON.stringify(above));
    assert.ok(below.fails > 0.75 && below.holds === 0, JSON.stringify(below));
  });
}

test('a "below" claim errs as an "above" claim does (the rule has no favourite side)', () => {
  const below = simulate('sameRun', { ratio: 1.5, direction: 'below', claims: 4000 });
  const above = simulate('sameRun', { ratio: 1.5, direction: 'above', claims: 4000 });
  // The same samples: "holds" above is "does not hold" below.
  assert.deepEqual([below.holds, below.fails], [above.fails, above.holds]);
});

test('stoppingRule: the first decisive try decides, a flagged try never does, and it stops after the last try or the budget', () => {
  const t = (outcome, impossible = false) => ({ outcome, impossible });
  assert.deepEqual(stoppingRule([]), { outcome: 'continue', decidedBy: null });
  assert.deepEqual(stoppingRule([t('fails')]), { outcome: 'fails', decidedBy: 0 }, 'does not hold needs no more looks than holds');
  assert.deepEqual(stoppingRule([t('holds')]), { outcome: 'holds', decidedBy: 0 });
  assert.deepEqual(stoppingRule([t('inconclusive'), t('holds')]), { outcome: 'holds', decidedBy: 1 });
  assert.deepEqual(stoppingRule([t('holds', true)]), { outcome: 'continue', decidedBy: null }, 'a speed-up past its bound decides nothing');
  assert.deepEqual(stoppingRule([t('inconclusive')], { budgetSpent: true }), { outcome: 'inconclusive', decidedBy: null });
  assert.deepEqual(stoppingRule(Array.from({ length: STOPPING.maxTries }, () => t('inconclusive'))), { outcome: 'inconclusive', decidedBy: null });
});

test('judgeTry uses the rule\'s per-try level, wider than 95%', () => {
  const num = [15.1, 15.3, 14.9, 15.2, 15.0, 15.4, 14.8, 15.1, 15.2];
  const den = [10.0, 10.1, 9.9, 10.2, 10.0, 10.1, 9.8, 10.0, 10.1];
  const j = judgeTry({ num, den }, { direction: 'above', threshold: 1.4 }, { paired: true });
  assert.equal(j.outcome, OUTCOMES.holds);
  assert.ok(j.estimate.coverage >= TRY_LEVEL, `${j.estimate.coverage}`);
});

test('the rule text is made of the rule\'s constants and states the simulated error', () => {
  assert.match(RULE_TEXT, new RegExp(`tries of ${STOPPING.rounds} rounds`));
  assert.match(RULE_TEXT, new RegExp(`After ${STOPPING.maxTries} tries`));
  assert.match(RULE_TEXT, /98\.3% interval/);
  assert.match(RULE_TEXT, /10,000 simulated claims/);
  for (const kind of ['sameRun', 'acrossRuns']) {
    for (const x of [SIMULATED[kind].holds, SIMULATED[kind].fails]) assert.ok(RULE_TEXT.includes(`${Number((x * 100).toFixed(1))}%`), `${x} stated`);
  }
  assert.doesNotMatch(RULE_TEXT, /pooled\b(?! with)/);
});
