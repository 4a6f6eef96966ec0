// The claims' stopping rule as the page states it is the rule the loop
// applies: one source (STOPPING), the sentence made from it, and the loop's
// decision checked against the sentence's three promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STOPPING, stopAfter, RULE_TEXT, ruleWords } from '../../www/claim-judge.js';
import { OUTCOMES } from '../../www/verdict.js';

const words = ['no', 'one', 'two', 'three', 'four', 'five'];

test('the stated rule says the numbers the loop stops by', () => {
  assert.match(RULE_TEXT, new RegExp(`up to ${words[STOPPING.maxTries]} tries in ${STOPPING.budgetMs / 1000} s`));
  assert.match(RULE_TEXT, new RegExp(`“does not hold” once ${words[STOPPING.failsAfter]} tries pooled say so`));
  assert.match(RULE_TEXT, /“holds” is accepted at once/);
  assert.match(RULE_TEXT, /when the tries or the time run out the last pooled look decides/);
});

test('the loop stops as the rule says: holds at once, does not hold after the second try, anything when tries or time run out', () => {
  const early = 1_000;
  assert.equal(stopAfter(OUTCOMES.holds, 1, early), true);
  for (let t = 1; t < STOPPING.failsAfter; t++) assert.equal(stopAfter(OUTCOMES.fails, t, early), false, `fails after ${t}`);
  assert.equal(stopAfter(OUTCOMES.fails, STOPPING.failsAfter, early), true);
  for (let t = 1; t < STOPPING.maxTries; t++) assert.equal(stopAfter(OUTCOMES.inconclusive, t, early), false, `inconclusive after ${t}`);
  assert.equal(stopAfter(OUTCOMES.inconclusive, STOPPING.maxTries, early), true);
  // The budget spent: the last pooled look decides, even a single "does not hold".
  assert.equal(stopAfter(OUTCOMES.fails, 1, STOPPING.budgetMs), true);
  assert.equal(stopAfter(OUTCOMES.inconclusive, 1, STOPPING.budgetMs), true);
});

test('a rule in a few words shows its threshold as the claim’s words do', () => {
  assert.equal(ruleWords({ direction: 'below', threshold: 1 / 1.1 }), 'the interval must lie below 0.909×');
  assert.equal(ruleWords({ direction: 'above', threshold: 3 / 1.3 }), 'the interval must lie above 2.31×');
});
