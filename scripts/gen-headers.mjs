// Writes the response headers of serve.json (the one place they are set) as
// configuration for common static hosts, into dist/:
//   _headers             Netlify and Cloudflare Pages
//   vercel.json          Vercel
//   nginx-headers.conf   an `include`-able nginx snippet
// Usage: node scripts/gen-headers.mjs dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const serve = JSON.parse(readFileSync(new URL('../serve.json', import.meta.url), 'utf8'));
const headers = serve.headers.find((h) => h.source === '**').headers;

writeFileSync(join(out, '_headers'), `# Generated from serve.json by scripts/gen-headers.mjs: Netlify / Cloudflare Pages.\n/*\n${headers.map((h) => `  ${h.key}: ${h.value}`).join('\n')}\n`);

writeFileSync(join(out, 'vercel.json'), `${JSON.stringify({ headers: [{ source: '/(.*)', headers }] }, null, 2)}\n`);

const nginx = [
  '# Generated from serve.json by scripts/gen-headers.mjs.',
  '# Inside the server (or location) block that serves dist/:  include /path/to/nginx-headers.conf;',
  '# "always" adds them to error responses too. nginx 1.21+ already serves .wasm as application/wasm.',

  ...headers.map((h) => `add_header ${h.key} "${h.value}" always;`),
];
writeFileSync(join(out, 'nginx-headers.conf'), `${nginx.join('\n')}\n`);
console.log(`wrote ${out}/_headers, ${out}/vercel.json, ${out}/nginx-headers.conf`);
