// Judging a claim: its verdict on one try's reports (verdict.js's rule with
// the claim's expectation), why a claim cannot be tested here, and the words
// of the verdicts. When to measure again is stopping.js (one rule, stated in
// advance, the same for "holds" and "does not hold"); the tries are judged one
// by one, never pooled. Pure: no DOM, tested with node --test.
import { ratioInterval, decide, beyondBound, OUTCOMES, LEVEL } from './verdict.js';
import { TRY_LEVEL } from './stopping.js';
import { untestableReason as capacityReason } from './capacity.js';

export { RULE_TEXT, STOPPING, stoppingRule } from './stopping.js';

/** The words of each verdict. */
export const VERDICT_WORDS = {
  holds: 'holds',
  fails: 'does not hold here',
  inconclusive: 'inconclusive: too noisy here',
  untestable: 'cannot be tested here',
  demonstration: 'demonstration: measured, not judged',
  pending: 'not checked yet',
  error: 'failed to run',
};

/** What a demonstration is, said once beside the summary. */
export const DEMONSTRATION_TEXT = 'A demonstration is a measurement no plausible result could contradict (one thread runs two tasks as plain calls; waits always overlap): it is shown with an interval of at least 95% and counted apart from the claims.';

/** The rule a verdict followed, in a few words (the panel explains the rule once, above the table). */
export const ruleWords = ({ direction, threshold }) => `the interval must lie ${direction} ${Number(threshold.toPrecision(3))}×`;

/** Every comparison's outcome together: any flagged decides nothing, any "does not hold" decides, all "holds" hold. */
function combine(checks) {
  if (checks.some((c) => c.impossible)) return OUTCOMES.inconclusive;
  if (checks.some((c) => c.outcome === OUTCOMES.fails)) return OUTCOMES.fails;
  if (checks.every((c) => c.outcome === OUTCOMES.holds)) return OUTCOMES.holds;
  return OUTCOMES.inconclusive;
}

/**
 * The verdict of `claim` on one try's `reports` in context `ctx`:
 * { outcome, impossible, estimate, rule, checks, measured }. A demonstration
 * gets its 95% interval and the outcome `demonstration`; a claim gets the
 * stopping rule's per-try interval (stopping.js TRY_LEVEL).
 */
export function judge(claim, reports, ctx) {
  const level = claim.demonstration ? LEVEL : TRY_LEVEL;
  const interval = ({ num, den, paired }) => ratioInterval(num, den, { paired, level });
  const rule = claim.rule(ctx, reports);
  const comparisons = [{ label: 'main', sides: claim.sides(reports, ctx), rule }, ...(claim.more?.(ctx, reports) ?? [])];
  const checks = comparisons.map((c) => {
    const estimate = interval(c.sides);
    return { label: c.label, rule: c.rule, estimate, ...decide(estimate, c.rule) };
  });
  const [main] = checks;
  let impossible = checks.some((c) => c.impossible);
  for (const extra of claim.extraBounds?.(ctx, reports) ?? []) {
    if (beyondBound(interval(extra.sides), extra.bound)) impossible = true;
  }
  const outcome = claim.demonstration ? 'demonstration' : impossible ? OUTCOMES.inconclusive : combine(checks);
  return { outcome, impossible, estimate: main.estimate, rule, checks, measured: claim.measured(reports, main.estimate, ctx) };
}

/**
 * Why a claim cannot be tested on this device, or null when it can: threads
 * off, or a capacity too small to show its effect (capacity.js); never
 * because the capacity is below the reported count.
 */
export const untestableReason = (claim, ctx) => capacityReason(claim.needs, ctx);
