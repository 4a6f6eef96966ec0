// index.html preloads every module the page imports at start, so the browser
// fetches them in one round instead of one round per level of imports (cold
// start), and nothing that is loaded only when a visitor asks for it (the
// first view stays small).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const WWW = join(ROOT, 'www');

/**
 * Modules imported only with import() when a visitor asks for them, and why:
 *   code.js         the highlighted Rust and Go of every card, ~44 KB: on the first open of a Code view.
 *   fault-panel.js  the fault-injection panel, ~5 KB: only when the address has ?debug=faults.
 *   pseudo.js       the pseudo-locale en-XA, made from English: only for lang=en-XA.
 */
const ON_DEMAND = ['code.js', 'fault-panel.js', 'pseudo.js'];

/** `spec` ('./a.js', '../b.js', './lesson/c.js') imported from www-relative `from`, as a www-relative path. */
const resolveFrom = (from, spec) => normalize(join(dirname(from), spec));

/**
 * The modules `file` imports: static (`import x from './a.js'`, `import './a.js'`, and
 * `export { x } from "./a.js"` as the vendored www/vendor/ modules write them) and dynamic (`import('./a.js')`).
 */
function importsOf(file) {
  const text = readFileSync(join(WWW, file), 'utf8');
  const stat = [...text.matchAll(/^(?:import|export) (?:[^;]*? from )?(['"])(\.\.?\/[\w/.-]+\.js)\1;/gm)].map((m) => resolveFrom(file, m[2]));
  const dyn = [...text.matchAll(/import\((['"])(\.\.?\/[\w/.-]+\.js)\1\)/g)].map((m) => resolveFrom(file, m[2]));
  return { stat, dyn };
}

/** Every module reachable from `file`; an on-demand module (and what only it imports) when `eager` is false. */
function importGraph(file, { eager }, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const { stat, dyn } = importsOf(file);
  for (const dep of stat) importGraph(dep, { eager }, seen);
  for (const dep of dyn) if (eager || !ON_DEMAND.includes(dep)) importGraph(dep, { eager }, seen);
  return seen;
}

test('index.html preloads every module the page loads at start, from boot.js down (lesson modules included), and starts with boot.js', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="www\/([\w/.-]+\.js)">/g)].map((m) => m[1]).sort();
  const atStart = [...importGraph('boot.js', { eager: false })].sort();
  assert.ok(atStart.some((m) => m.startsWith('lesson/')), 'the graph follows imports into www/lesson/');
  assert.deepEqual(preloaded, atStart);
  assert.match(html, /<script type="module" src="www\/boot.js"><\/script>/);
});

test('modules loaded on demand are really imported on demand, and not preloaded', () => {
  const everything = importGraph('boot.js', { eager: true });
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  for (const m of ON_DEMAND) {
    assert.ok(everything.has(m), `${m} is imported somewhere`);
    assert.ok(!html.includes(`href="www/${m}"`), `${m} is not preloaded`);
    for (const file of everything) assert.ok(!importsOf(file).stat.includes(m), `${file} imports ${m} statically`);
  }
});

test('no module imports itself back through its static imports (no cycles)', () => {
  const modules = [...importGraph('boot.js', { eager: true })];
  const deps = new Map(modules.map((m) => [m, importsOf(m).stat]));
  const reaches = (from, to, seen = new Set()) => deps.get(from)?.some((d) => d === to || (!seen.has(d) && seen.add(d) && reaches(d, to, seen)));
  for (const m of modules) assert.ok(!reaches(m, m), `${m} imports itself back`);
});
