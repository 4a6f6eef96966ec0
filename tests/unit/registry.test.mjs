// The page's catalog against the core's registry: the page must offer exactly
// what the engine accepts, and no limit, default or label may be written a
// second time in the page's sources. Needs no wasm build: the registry and
// the engine's checks come from the native build of the same core
// (`playground-registry`); tests/wasm-tests.sh checks the wasm agrees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXPERIMENTS, REGISTRY_PARAM_NAMES } from '../../www/catalog.js';
import { REGISTRY } from '../../www/registry.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** `playground-registry` with `args`, `input` on stdin: its JSON answer. */
function core(args = [], input = undefined) {
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'playground-cli', '--bin', 'playground-registry', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out);
}

/** For each request, whether the engine's estimate accepts it (and its message when not). */
const estimates = (requests) => core(['estimate'], JSON.stringify(requests));

test('registry.js is what the core says (not a stale copy)', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(REGISTRY)), core());
});

test('every field of every experiment accepts its range and the engine refuses one step outside it', () => {
  const cases = EXPERIMENTS.flatMap((exp) =>
    exp.fields.flatMap((f) => {
      const at = (v) => ({ workload: exp.workload, [f.name]: v });
      const what = `${exp.id}.${f.name}: ${f.min}..${f.max}, default ${f.value}`;
      return [
        { request: at(f.max), accepted: true, what },
        { request: at(f.min), accepted: true, what },
        { request: at(f.value), accepted: true, what },
        { request: at(f.max + 1), accepted: false, what: `${exp.id}.${f.name}: ${f.max + 1} should be refused` },
        { request: at(f.min - 1), accepted: false, what: `${exp.id}.${f.name}: ${f.min - 1} should be refused` },
      ];
    }),
  );
  assert.ok(cases.length > 0);
  const answers = estimates(cases.map((c) => c.request));
  cases.forEach((c, i) => assert.equal('estimate' in answers[i], c.accepted, `${c.what} (${JSON.stringify(answers[i])})`));
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

// --- no limit, default or label written again ------------------------------

/** The page's own modules (not the generated ones), as [file, text]. */
function pageSources() {
  return readdirSync(join(ROOT, 'www'), { recursive: true })
    .filter((f) => f.endsWith('.js') && !['registry.js', 'code.js'].includes(f) && !f.startsWith('pkg'))
    .map((f) => [f, readFileSync(join(ROOT, 'www', f), 'utf8')]);
}

/** Object literals without nested braces that hold `key: 'text'`, with their numeric properties. */
export function literalObjects(text, key) {
  const out = [];
  for (const m of text.matchAll(new RegExp(`\\{[^{}]*\\b${key}:\\s*'(\\w+)'[^{}]*\\}`, 'g'))) {
    const numbers = [...m[0].matchAll(/\b(\w+):\s*(-?\d[\d_]*(?:\.\d+)?)\b/g)].map(([, name, v]) => [name, Number(v.replaceAll('_', ''))]);
    out.push({ [key]: m[1], numbers, text: m[0] });
  }
  return out;
}

/**
 * Every offence of `sources` against the registry, as text:
 * 1. a number of 10,000 or more that is a registry limit or default, anywhere
 *    (numbers that large are never written for another reason);
 * 2. a request literal (`{ workload: 'fib', n: 30 }`, as the claims write
 *    them) whose number is not a parameter of that workload or the plan, lies
 *    outside its range, or is its maximum written again;
 * 3. a control literal (`{ name: 'n', max: 45 }`) that writes a registry
 *    limit or default of that parameter as `min`, `max`, `default` or `value`;
 * 4. a variant label of the registry, quoted.
 * Small numbers are judged only where they stand for a parameter: a `3` or a
 * `20` elsewhere (a threshold, a margin) is no copy of a limit.
 */
export function offences(sources, registry) {
  const params = registry.workloads.flatMap((w) => w.params);
  const large = new Set(params.flatMap((p) => [p.max, p.default]).filter((v) => v >= 10_000));
  const found = [];
  for (const [file, text] of sources) {
    const digits = text.replaceAll('_', '');
    for (const v of large) if (new RegExp(`\\b${v}\\b`).test(digits)) found.push(`${file} writes ${v}, a limit or default of the registry`);
    for (const { workload, numbers, text: literal } of literalObjects(text, 'workload')) {
      const w = registry.workloads.find((x) => x.id === workload);
      if (!w) {
        found.push(`${file}: ${literal} names no workload of the registry`);
        continue;
      }
      for (const [name, value] of numbers) {
        const p = w.params.find((q) => q.name === name) ?? registry.plan.find((q) => q.name === name);
        if (!p) found.push(`${file}: ${literal}: ${workload} has no parameter ${name}`);
        else if (value < p.min || value > p.max) found.push(`${file}: ${literal}: ${name} = ${value} is outside ${p.min}..${p.max}`);
        else if (value === p.max && w.params.includes(p)) found.push(`${file}: ${literal}: ${name} = ${value} is the registry's maximum written again`);
      }
    }
    for (const { name, numbers, text: literal } of literalObjects(text, 'name')) {
      const same = [...params, ...registry.plan].filter((p) => p.name === name);
      for (const [key, value] of numbers) {
        if (['min', 'max', 'default', 'value'].includes(key) && same.some((p) => [p.min, p.max, p.default].includes(value))) {
          found.push(`${file}: ${literal}: ${key}: ${value} is a limit or default of ${name} written again`);
        }
      }
    }
    for (const w of registry.workloads) {
      for (const v of w.variants) if (text.includes(`'${v.label}'`)) found.push(`${file} writes the label '${v.label}'`);
    }
  }
  return found;
}

test('no limit, default or variant label of the registry is written again in the page', () => {
  assert.deepEqual(offences(pageSources(), REGISTRY), []);
});

test('the check finds small limits and defaults where they stand for a parameter, and nothing else', () => {
  const fib = REGISTRY.workloads.find((w) => w.id === 'fib_three');
  const n = fib.params.find((p) => p.name === 'n');
  const io = REGISTRY.workloads.find((w) => w.id === 'io');
  const jobs = io.params.find((p) => p.name === 'jobs');
  const bad = [
    // A claim asking fib_three past its own limit (fib's is higher), its maximum, a parameter it has not.
    ['a.js', `runs: () => [{ threads: 1, request: { workload: 'fib_three', n: ${n.max + 1} } }]`],
    ['b.js', `const r = { workload: 'io', jobs: ${jobs.max}, wait_ms: 100 };`],
    ['c.js', `lab.run({ workload: 'fib_three', n: 30, cutoff: 16 })`],
    // A control that copies the registry's limit.
    ['d.js', `const field = { name: 'jobs', min: 1, max: ${jobs.max}, value: 2 };`],
    ['e.js', `{ workload: 'mandelbrot', n: 3 }`],
  ];
  const found = offences(bad, REGISTRY);
  for (const [file] of bad) assert.ok(found.some((f) => f.startsWith(file)), `${file} is caught: ${found.join('\n')}`);
  // Small numbers that stand for nothing of the registry, and parameters within range, pass.
  const good = [
    ['f.js', `const rule = { direction: 'above', threshold: 1.3 }; const pad = { top: ${jobs.max}, left: ${n.default} };`],
    ['g.js', `runs: () => [{ threads: 2, request: { workload: 'fib_three', n: 30 } }]; lab.run({ workload: 'fib', n: 27, cutoff: 18, reps: 3, warmup: 0, min_total_ms: 0 })`],
  ];
  assert.deepEqual(offences(good, REGISTRY), []);
});
