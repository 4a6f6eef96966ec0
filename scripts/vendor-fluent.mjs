// Copies Project Fluent's runtime (@fluent/bundle, pinned in package.json) from
// node_modules into www/vendor/fluent/ at build time, so the page loads it as
// ES modules from its own origin: no bundler, no CDN, no request elsewhere.
// Only the .js files (not the type declarations); their licence goes with them.
// Usage: node scripts/vendor-fluent.mjs   (build.sh runs it)
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const from = join(ROOT, 'node_modules/@fluent/bundle');
const to = join(ROOT, 'www/vendor/fluent');
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const f of readdirSync(join(from, 'esm'))) if (f.endsWith('.js') && f !== 'ast.js') copyFileSync(join(from, 'esm', f), join(to, f));
copyFileSync(join(from, 'README.md'), join(to, 'README.md'));
console.error(`    vendored @fluent/bundle into ${to}`);
