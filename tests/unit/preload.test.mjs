// index.html preloads every module the page imports, so the browser fetches
// them in one round instead of one round per level of imports (cold start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The modules `text` imports statically (`import x from './a.js'` and `import './a.js'`). */
function staticImports(text) {
  return [...text.matchAll(/^import (?:[^;]*from )?'\.\/([\w-]+\.js)';/gm)].map((m) => m[1]);
}

function importGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(ROOT, 'www', file), 'utf8');
  for (const dep of staticImports(text)) importGraph(dep, seen);
  for (const [, dep] of text.matchAll(/import\('\.\/([\w-]+\.js)'\)/g)) importGraph(dep, seen);
  return seen;
}

test('index.html preloads every module the page loads, from boot.js down, and starts with boot.js', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="www\/([\w-]+\.js)">/g)].map((m) => m[1]).sort();
  assert.deepEqual(preloaded, [...importGraph('boot.js')].sort());
  assert.match(html, /<script type="module" src="www\/boot.js"><\/script>/);
});

test('no module imports itself back through its static imports (no cycles)', () => {
  const modules = [...importGraph('boot.js')];
  const deps = new Map(modules.map((m) => [m, staticImports(readFileSync(join(ROOT, 'www', m), 'utf8'))]));
  const reaches = (from, to, seen = new Set()) => deps.get(from)?.some((d) => d === to || (!seen.has(d) && seen.add(d) && reaches(d, to, seen)));
  for (const m of modules) assert.ok(!reaches(m, m), `${m} imports itself back`);
});
