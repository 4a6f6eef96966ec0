// Judging a claim: its verdict on measured reports (verdict.js's rule with
// the claim's expectation), the pooling of several tries, when to stop
// measuring again, why a claim cannot be tested here, and the rule in words.
// The stopping rule is written once (STOPPING) and both the loop that
// measures (claim-runner.js) and the sentence the page shows (RULE_TEXT) are
// made from it. Pure: no DOM, tested with node --test.
import { decide, beyondBound, OUTCOMES } from './verdict.js';
import { plural } from './format.js';

/**
 * When an inconclusive claim is measured again: up to `maxTries` tries or
 * `budgetMs`, whichever ends first. "Holds" stops at once; "does not hold"
 * stops only once `failsAfter` tries (pooled) say so, so one disturbed run
 * cannot decide it.
 */
export const STOPPING = Object.freeze({ maxTries: 3, budgetMs: 20_000, failsAfter: 2 });

/** Whether measuring stops after `tries` tries that pooled gave `outcome`, `elapsedMs` after the first began. */
export function stopAfter(outcome, tries, elapsedMs) {
  if (outcome === OUTCOMES.holds) return true;
  if (outcome === OUTCOMES.fails && tries >= STOPPING.failsAfter) return true;
  return tries >= STOPPING.maxTries || elapsedMs >= STOPPING.budgetMs;
}

const count = (n) => ['no', 'one', 'two', 'three', 'four', 'five'][n] ?? String(n);

/** The rule of every verdict, said once, from the code's own numbers. */
export const RULE_TEXT = `How each verdict is decided: every version is timed several times, round after round, and a bootstrap over the rounds gives a 95% interval for the ratio the claim is about. The claim holds when the whole interval lies on its side of the threshold, does not hold when the whole interval lies on the other side, and is inconclusive when the interval straddles it. A claim not yet decided is measured again on fresh pools, its samples pooled, up to ${count(STOPPING.maxTries)} tries in ${STOPPING.budgetMs / 1000} s: “holds” is accepted at once, “does not hold” once ${count(STOPPING.failsAfter)} tries pooled say so, and when the tries or the time run out the last pooled look decides. A speed-up larger than the threads, cores and tasks allow is flagged and never counts.`;

/** The words of each verdict. */
export const VERDICT_WORDS = {
  holds: 'holds',
  fails: 'does not hold here',
  inconclusive: 'inconclusive: too noisy here',
  untestable: 'cannot be tested here',
  pending: 'not checked yet',
  error: 'failed to run',
};

/** The rule a verdict followed, in a few words (the panel explains the rule once, above the table). */
export const ruleWords = ({ direction, threshold }) => `the interval must lie ${direction} ${Number(threshold.toPrecision(3))}×`;

/** Joins the samples of several tries of one claim, run by run and variant by variant. */
export function poolTries(tries) {
  return tries[0].map((first, j) => ({
    ...first,
    variants: first.variants.map((v) => ({ ...v, samples_ms: tries.flatMap((t) => t[j].variants.find((x) => x.name === v.name).samples_ms) })),
  }));
}

/**
 * The verdict of `claim` on `reports` (pooled over tries) in context `ctx`:
 * { outcome, impossible, estimate, rule, measured }.
 */
export function judge(claim, reports, ctx) {
  const estimate = claim.ratio(reports, ctx);
  const rule = claim.rule(ctx, reports);
  let { outcome, impossible } = decide(estimate, rule);
  for (const extra of claim.extraBounds?.(ctx, reports) ?? []) {
    if (beyondBound(extra.estimate, extra.bound)) {
      impossible = true;
      outcome = OUTCOMES.inconclusive;
    }
  }
  return { outcome, impossible, estimate, rule, measured: claim.measured(reports, estimate, ctx) };
}

/** Why a claim cannot be tested on this device, or null when it can. */
export function untestableReason(claim, { cores, threaded, isolated, threadsOff, reportedCores, measuredCores }) {
  if (claim.needs.threads && !threaded) {
    // The engine's own words for why threads are off (engine.js tried them), where it has them.
    if (threadsOff) return `threads are off here: ${threadsOff.replace(/^Threads are off here:\s*/i, '').replace(/\.$/, '')}`;
    return isolated ? 'threads are off here (they did not start in this browser)' : 'threads are off here (the page is not cross-origin isolated)';
  }
  // Fewer cores ran in parallel than the device has: something else holds the
  // others right now, and any comparison of thread counts would measure that.
  if (claim.needs.threads && measuredCores && measuredCores < reportedCores) {
    return `only ${plural(measuredCores, 'core')} of ${reportedCores} ran in parallel just now; close other programs and check again`;
  }
  if (claim.needs.minCores && cores < claim.needs.minCores) return `${plural(cores, 'core')} ran in parallel here`;
  return null;
}
