// The first view's size: every response of a real load of the threaded page,
// each gzipped at level 9 (what a static host would serve precompressed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB } from './config.mjs';
import { kb } from './format.mjs';

export const FIRST_VIEW_FIGURE = {
  id: 'first_view_gzip_kb',
  label: 'first view, gzipped, threaded page',
  target: { op: '<=', value: 200 },
  compute: (m) => {
    const f = m.firstView;
    return {
      value: f.total_gzip / KB,
      unit: ' KB',
      digits: 1,
      detail: `${f.files.length} files: wasm ${kb(f.groups.wasm)}, JS ${kb(f.groups.js)}, CSS ${kb(f.groups.css)}, HTML ${kb(f.groups.html)}, other ${kb(f.groups.other)}`,
    };
  },
};

/** Every file the threaded page loads on first view, from the network, each gzipped (level 9). */
export async function measureFirstView(browser, url, site) {
  const context = await browser.newContext();
  const bodies = new Map();
  const pending = [];
  // context-level: includes the compute worker's and the pool threads' requests.
  context.on('response', (res) => {
    if (res.status() >= 400 || !res.url().startsWith(url)) return;
    pending.push(
      res.body().then(
        (body) => bodies.set(new URL(res.url()).pathname, { bytes: body.length, encoding: res.headers()['content-encoding'] ?? '' , body }),
        () => {},
      ),
    );
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle').catch(() => {});
  await Promise.all(pending);
  await context.close();

  const normalize = (p) => (p === '/' || p === '/index' ? '/index.html' : p);
  const files = new Map();
  for (const [path, { body, encoding }] of bodies) {
    files.set(normalize(path), { path: normalize(path), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, source: 'network', served_encoding: encoding });
  }
  // Everything else the site could serve on a first view (index.html's
  // neighbours, www/*.js, the threaded package) that the page did not request
  // is listed beside the figure, not in it: modules loaded on demand (the code
  // view, the fault panel, the glossary, class.js) cost a visitor nothing
  // until asked for. The load waits for network idle, so a late request of
  // the first view is still counted.
  const listed = ['index.html', 'www/style.css', 'www/favicon.svg'];
  for (const f of readdirSync(join(site, 'www'))) if (f.endsWith('.js')) listed.push(`www/${f}`);
  const pkg = join(site, 'www/pkg/threads');
  for (const f of readdirSync(pkg)) if (/\.(js|wasm)$/.test(f)) listed.push(`www/pkg/threads/${f}`);
  for (const f of walk(join(pkg, 'snippets'))) listed.push(relative(site, f));
  const onDemand = [];
  for (const rel of listed) {
    const path = `/${rel}`;
    if (files.has(path)) continue;
    const body = readFileSync(join(site, rel));
    onDemand.push({ path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, source: 'not requested' });
  }
  onDemand.sort((a, b) => b.gzip - a.gzip);
  const list = [...files.values()].sort((a, b) => b.gzip - a.gzip);
  const group = (f) => (f.path.endsWith('.wasm') ? 'wasm' : f.path.endsWith('.js') ? 'js' : f.path.endsWith('.css') ? 'css' : f.path.endsWith('.html') ? 'html' : 'other');
  const groups = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  for (const f of list) groups[group(f)] += f.gzip;
  // Each wasm package, for reference (the single one is not loaded on a threaded page).
  const packages = {};
  for (const kind of ['threads', 'single']) {
    const file = join(site, `www/pkg/${kind}/playground_wasm_bg.wasm`);
    if (existsSync(file)) {
      const body = readFileSync(file);
      packages[kind] = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }
  }
  return {
    files: list,
    groups,
    packages,
    not_requested: onDemand.map((f) => f.path),
    on_demand: onDemand,
    total_gzip: list.reduce((s, f) => s + f.gzip, 0),
    total_bytes: list.reduce((s, f) => s + f.bytes, 0),
    network_gzip: list.filter((f) => f.source === 'network').reduce((s, f) => s + f.gzip, 0),
  };
}

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
