// The page's inputs and its URL parser take their ranges from catalog.js;
// the core (crates/core/src/params.rs) is what enforces them. This checks
// that both say the same, by asking the built wasm (run after build.sh, as
// `npm test` does) for its limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXPERIMENTS } from '../../www/catalog.js';

const PKG = join(resolve(import.meta.dirname, '../..'), 'www/pkg/single');

/** The core's limit for each experiment's field. */
const LIMIT_OF = {
  'sum.n': 'max_sum_n', 'sum.tasks': 'max_tasks',
  'fib.n': 'max_fib_n', 'fib.cutoff': 'max_cutoff',
  'fib_three.n': 'max_fib_three_n',
  'contended.n': 'max_contended_n',
  'io.jobs': 'max_jobs', 'io.wait_ms': 'max_wait_ms',
  'mixed.jobs': 'max_jobs', 'mixed.wait_ms': 'max_wait_ms', 'mixed.n': 'max_mixed_n',
};

test('every field of every experiment offers exactly the range the core accepts', async () => {
  assert.ok(existsSync(PKG), `no wasm package in ${PKG}: run npm run build first`);
  const wasm = await import(join(PKG, 'playground_wasm.js'));
  await wasm.default({ module_or_path: readFileSync(join(PKG, 'playground_wasm_bg.wasm')) });
  const limits = wasm.limits();
  for (const exp of EXPERIMENTS) {
    for (const f of exp.fields) {
      const key = LIMIT_OF[`${exp.workload}.${f.name}`];
      assert.ok(key, `no core limit named for ${exp.workload}.${f.name}`);
      assert.equal(f.max, limits[key], `${exp.id}.${f.name}: the page offers up to ${f.max}, the core accepts up to ${limits[key]}`);
      assert.ok(f.min >= 0 && f.value >= f.min && f.value <= f.max, `${exp.id}.${f.name} default ${f.value}`);
    }
  }
});
