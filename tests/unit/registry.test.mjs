// The page's catalog against the core's registry: the page must offer exactly
// what the engine accepts, and no limit, default or label may be written a
// second time in the page's sources. Runs after build.sh (as `npm test` does):
// it asks the built wasm itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXPERIMENTS, REGISTRY_PARAM_NAMES } from '../../www/catalog.js';
import { REGISTRY } from '../../www/registry.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PKG = join(ROOT, 'www/pkg/single');

async function engine() {
  assert.ok(existsSync(PKG), `no wasm package in ${PKG}: run npm run build first`);
  const wasm = await import(join(PKG, 'playground_wasm.js'));
  wasm.initSync({ module: readFileSync(join(PKG, 'playground_wasm_bg.wasm')) });
  return wasm;
}

test('registry.js is what the built engine says (not a stale copy)', async () => {
  const wasm = await engine();
  assert.deepEqual(JSON.parse(JSON.stringify(REGISTRY)), wasm.registry());
});

test('every field of every experiment accepts its range and the engine refuses one step outside it', async () => {
  const wasm = await engine();
  const accepts = (request) => {
    try {
      wasm.estimate(request);
      return true;
    } catch {
      return false;
    }
  };
  for (const exp of EXPERIMENTS) {
    for (const f of exp.fields) {
      const at = (v) => ({ workload: exp.workload, [f.name]: v });
      assert.ok(accepts(at(f.max)) && accepts(at(f.min)) && accepts(at(f.value)), `${exp.id}.${f.name}: ${f.min}..${f.max}, default ${f.value}`);
      assert.ok(!accepts(at(f.max + 1)), `${exp.id}.${f.name}: ${f.max + 1} should be refused`);
      assert.ok(!accepts(at(f.min - 1)), `${exp.id}.${f.name}: ${f.min - 1} should be refused`);
    }
  }
});

test('the cards show the registry variants, labels and repetitions of their workload', () => {
  for (const exp of EXPERIMENTS) {
    const w = REGISTRY.workloads.find((x) => x.id === exp.workload);
    assert.deepEqual(exp.variants.map((v) => [v.name, v.label]), w.variants.map((v) => [v.id, v.label]), exp.id);
    assert.equal(exp.reps, w.default_reps, exp.id);
    assert.ok(exp.title && exp.text.length && exp.expect, `${exp.id} has the page's words`);
  }
  assert.deepEqual(EXPERIMENTS.map((e) => e.id), REGISTRY.experiments.map((e) => e.id));
  assert.ok(REGISTRY_PARAM_NAMES.includes('wait_ms'));
});

test('no limit, default or variant label of the registry is written again in the page', () => {
  const sources = readdirSync(join(ROOT, 'www'))
    .filter((f) => f.endsWith('.js') && f !== 'registry.js')
    .map((f) => [f, readFileSync(join(ROOT, 'www', f), 'utf8')]);
  const numbers = new Set();
  for (const p of REGISTRY.workloads.flatMap((w) => w.params)) {
    // Small numbers (0, 1, 3, 20, 2000...) are everywhere for other reasons; the telling ones are large.
    for (const v of [p.max, p.default]) if (v >= 10_000) numbers.add(v);
  }
  for (const [file, text] of sources) {
    const digits = text.replaceAll('_', '');
    for (const v of numbers) assert.ok(!new RegExp(`\\b${v}\\b`).test(digits), `${file} writes ${v}, a limit or default of the registry`);
    for (const w of REGISTRY.workloads) {
      for (const v of w.variants) assert.ok(!text.includes(`'${v.label}'`), `${file} writes the label '${v.label}'`);
    }
  }
});
