// The end-to-end tests and the scripts that serve the site use fixed ports;
// two that share one collide when they run one after another in one `npm
// test` (a server still closing) or side by side. Each fixed port is used once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['tests/e2e', 'tests/browsers', 'scripts', 'scripts/bench', 'bench'];

test('every fixed port of the tests and scripts is used by one server only', () => {
  const users = new Map();
  for (const folder of FOLDERS) {
    let files;
    try {
      files = readdirSync(join(ROOT, folder)).filter((f) => /\.(m?js)$/.test(f));
    } catch {
      continue; // a folder this checkout does not have
    }
    for (const file of files) {
      const text = readFileSync(join(ROOT, folder, file), 'utf8');
      for (const m of text.matchAll(/\bport: (\d{4,5})\b|default: '(\d{4,5})'/g)) {
        const port = m[1] ?? m[2];
        users.set(port, [...(users.get(port) ?? []), `${folder}/${file}`]);
      }
    }
  }
  assert.ok(users.size >= 10, `found only ${users.size} fixed ports: the pattern no longer matches how the tests start servers`);
  const shared = [...users].filter(([, files]) => files.length > 1);
  assert.deepEqual(shared, [], `ports used more than once: ${shared.map(([p, f]) => `${p} by ${f.join(', ')}`).join('; ')}`);
});
