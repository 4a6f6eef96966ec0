// When a claim is decided: one stopping rule, stated before anything is
// measured, the same for "holds" and "does not hold". Pure: the panel's tries
// loop calls stoppingRule after each try and stops when it says so; the rule's
// error rate is checked by simulation (tests/unit/stopping.test.mjs) and the
// page states the simulated figures from SIMULATED below.
//
// Why tries are judged one by one, never pooled. Another try runs on fresh
// pools because a pool can run badly for a whole try; pooling its samples with
// the next try's would let that pool decide twice. Judged alone, the tries are
// independent looks at the same question, and looking up to three times at a
// 95% interval would call a claim that sits exactly at its threshold wrong in
// up to 3 x 5% of cases. Each look therefore uses a wider interval (a
// Bonferroni split of 5% over the looks: 98.3%), and the first try whose
// interval lies wholly on one side decides, whichever side it is.

import { ratioInterval, decide, OUTCOMES } from './verdict.js';

export const STOPPING = Object.freeze({
  /** Rounds per try: each round times every variant once (see verdict.js, pairing). */
  rounds: 9,
  /** At most this many tries, each on fresh pools. */
  maxTries: 3,
  /** The error allowed over all tries together, split evenly between them. */
  alpha: 0.05,
  /** No new try starts after this long (a try that runs decides as any other). */
  budgetMs: 30_000,
});

/** Each try's interval: 1 - alpha / maxTries (98.3% for 5% over three tries). */
export const TRY_LEVEL = 1 - STOPPING.alpha / STOPPING.maxTries;

/**
 * What the rule did in simulation, for claims whose true ratio sits exactly
 * at the threshold (so "holds" and "does not hold" are both wrong): the share
 * of 10,000 simulated claims called each way, for comparisons within one run
 * (paired rounds) and across two runs (each run's own speed-up). Written here,
 * stated on the page, and checked against a fresh simulation by
 * tests/unit/stopping.test.mjs (which also describes the model of the noise).
 */
export const SIMULATED = Object.freeze({
  claims: 10_000,
  sameRun: Object.freeze({ holds: 0.005, fails: 0.006 }),
  acrossRuns: Object.freeze({ holds: 0.020, fails: 0.022 }),
});

/**
 * One try judged on its own samples.
 * @param {{ num: number[], den: number[] }} samples
 * @param {{ direction: 'above' | 'below', threshold: number, bound?: number }} rule
 * @param {{ paired: boolean }} options  see ratioInterval
 * @returns {{ estimate: object, outcome: string, impossible: boolean }}
 */
export function judgeTry({ num, den }, rule, { paired }) {
  const estimate = ratioInterval(num, den, { paired, level: TRY_LEVEL });
  return { estimate, ...decide(estimate, rule) };
}

/**
 * The decision after the tries so far, each judged by judgeTry (the panel may
 * mark a try `impossible` for another pool past its bound).
 * @param {{ outcome: string, impossible: boolean }[]} judged  in the order measured
 * @param {{ budgetSpent?: boolean }} [options]  true once STOPPING.budgetMs has passed
 * @returns {{ outcome: 'holds' | 'fails' | 'inconclusive' | 'continue', decidedBy: number | null }}
 *   decidedBy: the index of the try that decided, null when none did
 */
export function stoppingRule(judged, { budgetSpent = false } = {}) {
  if (!judged.length) return { outcome: 'continue', decidedBy: null };
  const last = judged.length - 1;
  const { outcome, impossible } = judged[last];
  if (!impossible && (outcome === OUTCOMES.holds || outcome === OUTCOMES.fails)) return { outcome, decidedBy: last };
  if (judged.length >= STOPPING.maxTries || budgetSpent) return { outcome: OUTCOMES.inconclusive, decidedBy: null };
  return { outcome: 'continue', decidedBy: null };
}

/**
 * The whole rule on tries already measured: judges them in order and stops
 * where the panel would. The simulation runs this; the panel runs the same two
 * steps one try at a time.
 * @param {{ num: number[], den: number[] }[]} tries
 */
export function decideByTries(tries, rule, { paired }) {
  const judged = [];
  for (const samples of tries) {
    judged.push(judgeTry(samples, rule, { paired }));
    const step = stoppingRule(judged);
    if (step.outcome !== 'continue') return { ...step, judged };
  }
  return { outcome: OUTCOMES.inconclusive, decidedBy: null, judged };
}

const pct = (x, digits = 1) => `${(x * 100).toFixed(digits).replace(/\.0$/, '')}%`;

/** The rule in words, from the same constants the rule runs on: the page shows it above the claims, before they are checked. */
export const RULE_TEXT = `How each verdict is decided, the same for every claim and stated before anything is measured: a claim is measured in tries of ${STOPPING.rounds} rounds, each round timing every version once. ` +
  `Each try is judged on its own samples (another try runs on fresh pools and is never pooled with the last) by a ${pct(TRY_LEVEL)} interval for the ratio, counted from the rounds' own ratios without assuming a shape for the noise. ` +
  `The first try whose interval lies wholly on one side of the threshold decides: "holds" or "does not hold", by the same rule. After ${STOPPING.maxTries} tries (or ${STOPPING.budgetMs / 1000} s) with none, the claim is inconclusive. ` +
  'A speed-up larger than the threads, the measured capacity and the tasks allow is flagged and decides nothing. ' +
  `In ${SIMULATED.claims.toLocaleString('en-US')} simulated claims whose true ratio sits exactly at the threshold, this rule wrongly said "holds" for ${pct(SIMULATED.sameRun.holds)} and "does not hold" for ${pct(SIMULATED.sameRun.fails)} when both times come from one run, ` +
  `and ${pct(SIMULATED.acrossRuns.holds)} and ${pct(SIMULATED.acrossRuns.fails)} when they come from two runs (compared through each run's own speed-up). ` +
  'A change that lasts a whole try (another program busy throughout) is not in those figures: measure again to see it.';
