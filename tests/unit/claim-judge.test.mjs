// The claims' stopping rule as the page states it is the rule the loop
// applies: one source (stopping.js STOPPING), the sentence made from it
// (RULE_TEXT, re-exported for the panel), and the loop's decision checked
// against the sentence's promises. Its error rate: tests/unit/stopping.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STOPPING, stoppingRule, RULE_TEXT, ruleWords, judge, VERDICT_WORDS } from '../../www/claim-judge.js';
import * as stopping from '../../www/stopping.js';
import { OUTCOMES } from '../../www/verdict.js';
import { CLAIMS } from '../../www/lesson/claims.js';

const t = (outcome, impossible = false) => ({ outcome, impossible });

test('the panel states the rule the loop stops by, from one source', () => {
  assert.equal(RULE_TEXT, stopping.RULE_TEXT);
  assert.equal(STOPPING, stopping.STOPPING);
  assert.match(RULE_TEXT, new RegExp(`After ${STOPPING.maxTries} tries \\(or ${STOPPING.budgetMs / 1000} s\\) with none, the claim is inconclusive`));
  assert.match(RULE_TEXT, /The first try whose interval lies wholly on one side of the threshold decides: "holds" or "does not hold", by the same rule/);
  assert.match(RULE_TEXT, /never pooled/);
});

test('the loop keeps the sentence\'s promises: the first decisive try decides either way, and the tries or the time end it', () => {
  for (const outcome of [OUTCOMES.holds, OUTCOMES.fails]) {
    for (let n = 1; n <= STOPPING.maxTries; n++) {
      const tries = [...Array.from({ length: n - 1 }, () => t(OUTCOMES.inconclusive)), t(outcome)];
      assert.deepEqual(stoppingRule(tries), { outcome, decidedBy: n - 1 }, `${outcome} at try ${n}`);
    }
  }
  for (let n = 1; n < STOPPING.maxTries; n++) assert.equal(stoppingRule(Array.from({ length: n }, () => t(OUTCOMES.inconclusive))).outcome, 'continue');
  assert.equal(stoppingRule(Array.from({ length: STOPPING.maxTries }, () => t(OUTCOMES.inconclusive))).outcome, OUTCOMES.inconclusive);
  // The budget spent: no new try, and nothing a try did not decide is decided for it.
  assert.equal(stoppingRule([t(OUTCOMES.inconclusive)], { budgetSpent: true }).outcome, OUTCOMES.inconclusive);
  assert.equal(stoppingRule([t(OUTCOMES.fails, true)], { budgetSpent: true }).outcome, OUTCOMES.inconclusive);
});

test('a demonstration gets no verdict, whatever its samples', () => {
  const claim = CLAIMS.find((c) => c.id === 'io-one-thread');
  const samples = (ms) => Array.from({ length: 9 }, (_, i) => ms * (1 + 0.01 * Math.sin(i)));
  const report = { threads: 1, workload: { workload: 'io', jobs: 3, wait_ms: 100 }, variants: [
    { name: 'seq', samples_ms: samples(300), summary: { median: 300 } },
    { name: 'concurrent', samples_ms: samples(290), summary: { median: 290 } },
  ] };
  const v = judge(claim, [report], { cores: 2, reportedCores: 2, threaded: true, isolated: true, maxThreads: 4 });
  assert.equal(v.outcome, 'demonstration');
  assert.ok(v.estimate.coverage >= 0.95);
  assert.equal(VERDICT_WORDS.demonstration, 'demonstration: measured, not judged');
});

test('a rule in a few words shows its threshold as the claim’s words do', () => {
  assert.equal(ruleWords({ direction: 'below', threshold: 1 / 1.1 }), 'the interval must lie below 0.909×');
  assert.equal(ruleWords({ direction: 'above', threshold: 3 / 1.3 }), 'the interval must lie above 2.31×');
});

test('the summary counts demonstrations apart from the claims, also those that cannot run here', async () => {
  const { summaryLine } = await import('../../www/claims.js');
  assert.equal(summaryLine({ holds: 4, fails: 1, inconclusive: 1, demonstration: 5 }), 'Done: 4 hold, 1 do not hold here, 1 inconclusive, 0 cannot be tested here; and 5 demonstrations measured, not judged.');
  // WebKitGTK here, threads off: one demonstration needs threads.
  assert.equal(summaryLine({ holds: 1, untestable: 5, demonstration: 4, 'demonstration-untestable': 1 }), 'Done: 1 hold, 0 do not hold here, 0 inconclusive, 5 cannot be tested here; and 4 demonstrations measured, not judged, 1 that cannot run here.');
  assert.equal(summaryLine({ holds: 2 }), 'Done: 2 hold, 0 do not hold here, 0 inconclusive, 0 cannot be tested here.');
});
