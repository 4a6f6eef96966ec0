// Writes www/code.js: for every workload of the core, the Rust functions each
// variant runs, taken from the core's source at build time, and for every
// experiment of the page the same idea in Go (go/<experiment>.go), both
// highlighted here with highlight.js, so the page requests nothing and runs
// no highlighter.
//
// Which function a variant runs comes from its declaration: each workload's
// `variants!` in crates/core/src/workloads/<workload>.rs writes the call that
// is timed once, the compiler builds the variant from it, and the registry
// carries it as text (`call`) with the function it calls (`function`). From
// that function the ones it reaches in the workload modules are followed, so
// a helper shows up as soon as a variant starts calling it.
// tests/unit/code.test.mjs extracts everything again and compares.
//   node scripts/gen-code.mjs [out.js]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import hljs from 'highlight.js/lib/core';
import rust from 'highlight.js/lib/languages/rust';
import go from 'highlight.js/lib/languages/go';

hljs.registerLanguage('rust', rust);
hljs.registerLanguage('go', go);

export const ROOT = resolve(import.meta.dirname, '..');
/** The folder of the workload modules, whose functions the variants run. */
export const WORKLOAD_DIR = 'crates/core/src/workloads';
/** Files there that declare, not compute: the traits and the macros. */
const NOT_WORKLOADS = new Set(['mod.rs', 'declare.rs']);
export const GO_DIR = 'go';

/**
 * `text` with every comment, string and character literal blanked out
 * (same length, newlines kept), so braces and names can be found in code only.
 */
export function maskRust(text) {
  const out = text.split('');
  const blank = (from, to) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth) {
        if (text.startsWith('/*', j)) (depth++, (j += 2));
        else if (text.startsWith('*/', j)) (depth--, (j += 2));
        else j++;
      }
      blank(i, j);
      i = j;
    } else if ((c === 'r' || c === 'b') && /^(?:b?r)(#*)"/.test(text.slice(i, i + 40)) && !/\w/.test(text[i - 1] ?? '')) {
      const [, hashes] = text.slice(i).match(/^(?:b?r)(#*)"/);
      const open = text.indexOf('"', i);
      const close = text.indexOf(`"${hashes}`, open + 1);
      const stop = close < 0 ? text.length : close + 1 + hashes.length;
      blank(open, stop);
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      // A char literal ('a', '\n', '\u{1F600}') or a lifetime ('static): only the first is blanked.
      const lit = text.slice(i).match(/^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/);
      if (lit) {
        blank(i, i + lit[0].length);
        i += lit[0].length;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return out.join('');
}

/** The index of the `}` (or `)`) that closes the one at `open`, in masked text. */
function closing(masked, open) {
  const pairs = { '{': '}', '(': ')', '[': ']' };
  const stack = [];
  for (let i = open; i < masked.length; i++) {
    const c = masked[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === '}' || c === ')' || c === ']') {
      if (stack.pop() !== c) throw new Error(`unbalanced ${c} at ${i}`);
      if (!stack.length) return i;
    }
  }
  throw new Error(`no closing bracket for the one at ${open}`);
}

const ITEM = /^(?:pub(?:\([^)]*\))?\s+)?(?:(?:const|async|unsafe)\s+)*(fn|mod|enum|struct|const|static)\s+([A-Za-z_]\w*)/;

/**
 * The top-level items of a Rust source file: functions, modules, enums,
 * structs and constants, each with the doc comments, comments and attributes
 * written directly above it. `#[cfg(test)]` items are left out.
 * @returns {{ name: string, kind: string, line: number, source: string, body: string }[]}
 *   `body`: the item's masked text (code only), for finding what it names.
 */
export function rustItems(text) {
  const masked = maskRust(text);
  const lineStart = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStart.push(i + 1);
  const lineOf = (pos) => {
    let lo = 0;
    let hi = lineStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStart[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lines = text.split('\n');
  const items = [];
  let pos = 0;
  while (pos < masked.length) {
    const lineEnd = masked.indexOf('\n', pos) < 0 ? masked.length : masked.indexOf('\n', pos);
    const m = masked.slice(pos, lineEnd).match(ITEM);
    if (!m) {
      // Skip anything else at the top level (use, impl, macros) as a whole.
      const brace = masked.slice(pos, lineEnd).indexOf('{');
      pos = brace >= 0 ? masked.indexOf('\n', closing(masked, pos + brace)) + 1 || masked.length : lineEnd + 1;
      continue;
    }
    const [, kind, name] = m;
    // The item ends at its body's closing brace, or at `;` for a constant or a unit struct.
    let end = pos;
    for (let depth = 0; ; end++) {
      if (end >= masked.length) throw new Error(`${name}: no end found`);
      const c = masked[end];
      if (c === '{' && depth === 0 && kind !== 'const' && kind !== 'static') {
        end = closing(masked, end) + 1;
        break;
      }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === ';' && depth === 0) {
        end++;
        break;
      }
    }
    // Doc comments, comments and attributes directly above belong to it.
    let first = lineOf(pos);
    while (first > 0 && /^\s*(\/\/|#\[)/.test(lines[first - 1])) first--;
    const attrs = lines.slice(first, lineOf(pos)).join('\n');
    const from = lineStart[first];
    const source = text.slice(from, end);
    if (!/#\[cfg\(test\)\]/.test(attrs)) {
      items.push({ name, kind, line: first + 1, source, body: masked.slice(pos + m[0].length, end) });
    }
    pos = masked.indexOf('\n', end) < 0 ? masked.length : masked.indexOf('\n', end) + 1;
  }
  return items;
}

/** The workload modules: every .rs file of WORKLOAD_DIR but the declarations' own. */
export function workloadFiles(root = ROOT) {
  return readdirSync(join(root, WORKLOAD_DIR))
    .filter((f) => f.endsWith('.rs') && !NOT_WORKLOADS.has(f))
    .sort()
    .map((f) => `${WORKLOAD_DIR}/${f}`);
}

/** Every item of the workload modules by name, with the file it is in. */
export function workloadItems(root = ROOT) {
  const byName = new Map();
  for (const file of workloadFiles(root)) {
    for (const item of rustItems(readFileSync(join(root, file), 'utf8'))) {
      if (byName.has(item.name)) throw new Error(`${item.name} is defined in ${byName.get(item.name).file} and ${file}: the code view needs one name per function`);
      byName.set(item.name, { ...item, file });
    }
  }
  return byName;
}

/** The items `entry` reaches through the names it uses, itself first, then breadth first. */
export function reachable(entry, items) {
  const order = [entry];
  for (let i = 0; i < order.length; i++) {
    // A name after `::` belongs to another path (SpanKind::Compute), not to an item here.
    for (const [, name] of items.get(order[i]).body.matchAll(/(?<!::\s*)\b([A-Za-z_]\w*)\b/g)) {
      if (items.has(name) && !order.includes(name)) order.push(name);
    }
  }
  return order;
}

/**
 * highlight.js's HTML as a tree the page builds with DOM calls (no markup
 * reaches innerHTML): a node is a string, or [classes, ...children] with the
 * `hljs-` prefix dropped.
 */
export function tokens(html) {
  const root = [''];
  const stack = [root];
  const decode = (s) => s.replace(/&(lt|gt|amp|quot|#x27|#39);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#x27': "'", '#39': "'" })[e]);
  for (const m of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+/g)) {
    if (m[0] === '</span>') stack.pop();
    else if (m[1] !== undefined) {
      const node = [m[1].split(' ').map((c) => c.replace(/^hljs-/, '')).join(' ')];
      stack.at(-1).push(node);
      stack.push(node);
    } else stack.at(-1).push(decode(m[0]));
  }
  return root.slice(1);
}

/** The text of a token tree (what the page shows, without its colours). */
export const textOf = (nodes) => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.slice(1)))).join('');

export const highlight = (source, language) => tokens(hljs.highlight(source, { language, ignoreIllegals: true }).value);

/** The Go shown for experiment `id`: go/<id>.go without its package clause. */
export function goSource(id, root = ROOT) {
  return readFileSync(join(root, GO_DIR, `${id}.go`), 'utf8').replace(/^package \w+\n+/m, '').trimEnd();
}

/** Everything www/code.js holds, from the registry's declarations and the sources under `root`. */
export function collect(registry, root = ROOT) {
  const items = workloadItems(root);
  const rust = {};
  const used = new Set();
  for (const w of registry.workloads) {
    rust[w.id] = {};
    for (const v of w.variants) {
      if (!v.function || !v.call) throw new Error(`${w.id}.${v.id} has no timed call in the registry: declare it with variants! in ${WORKLOAD_DIR}/`);
      if (!items.has(v.function)) throw new Error(`${w.id}.${v.id} calls ${v.function}, which is not a function of ${WORKLOAD_DIR}/`);
      const functions = reachable(v.function, items);
      functions.forEach((f) => used.add(f));
      rust[w.id][v.id] = { call: v.call, functions };
    }
  }
  const functions = {};
  for (const name of [...items.keys()].filter((n) => used.has(n))) {
    const { file, line, source, kind } = items.get(name);
    functions[name] = { file, line, kind, code: highlight(source, 'rust') };
  }
  const goFiles = new Set(readdirSync(join(root, GO_DIR)).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)));
  const goCode = {};
  for (const e of registry.experiments) {
    if (!goFiles.has(e.id)) throw new Error(`${GO_DIR}/${e.id}.go is missing: every experiment shows its idea in Go`);
    goCode[e.id] = { file: `${GO_DIR}/${e.id}.go`, code: highlight(goSource(e.id, root), 'go') };
  }
  return { rust, functions, go: goCode };
}

async function main() {
  const out = process.argv[2] ?? 'www/code.js';
  // The registry as build.sh just generated it from the core (scripts/gen-registry.mjs).
  const { REGISTRY: registry } = await import(pathToFileURL(join(ROOT, 'www/registry.js')).href);
  const { rust, functions, go: goCode } = collect(registry);
  const text = `// Generated by scripts/gen-code.mjs at build time from the core's source
// (${WORKLOAD_DIR}/*.rs, each variant's call as its variants! declaration times it) and
// from ${GO_DIR}/*.go, highlighted by highlight.js ${hljs.versionString}. Do not edit.
// A node of code is a string or [highlight.js classes, ...nodes].
/** Per workload and variant: the call its declaration times, and the functions it reaches (entry first). */
export const RUST = ${JSON.stringify(rust)};
/** Each of those functions: where it is and its highlighted source. */
export const FUNCTIONS = ${JSON.stringify(functions)};
/** Per experiment: the same idea in Go, written for the page. */
export const GO = ${JSON.stringify(goCode)};
`;
  writeFileSync(resolve(ROOT, out), text);
  console.error(`    code: ${Object.keys(functions).length} Rust functions for ${Object.values(rust).reduce((n, w) => n + Object.keys(w).length, 0)} variants, ${Object.keys(goCode).length} Go sketches -> ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
