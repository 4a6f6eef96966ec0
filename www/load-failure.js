// Why a file of the site did not load, in words that name the file: the one
// diagnosis of a missing or unreachable file, used by the compute worker (the
// wasm package's files) and by the page (the worker's own scripts, which the
// browser's error event does not name). It asks the server once more for the
// file's status, and for a module, for each file it imports.

/** The path of `url` on this site, as a person would look for it. */
export const sitePath = (url) => new URL(url).pathname;

/** A file the server answers with an error status. */
export const missingFile = (path, status) =>
  `the file ${path} is missing on the server (HTTP ${status}). The site was published without part of its build: reload the page, and if this stays, tell its author`;

const unreachable = (path) => `${path} could not be fetched (the network or the server did not answer). Check the connection and reload the page`;

/**
 * Why the files at `urls` (a module, or several) did not load: the first
 * that is missing or unreachable, and for a module that is there, the first
 * of its relative imports that is not. Resolves '' when every file is there
 * (the cause is then something else: the caller says what the browser said).
 * The words have no final full stop, so a caller can put them in a sentence.
 */
export async function missingFileOf(urls, { imports = true, fetch = globalThis.fetch } = {}) {
  for (const url of urls) {
    let res;
    try {
      res = await fetch(url, { cache: 'no-store' });
    } catch {
      return unreachable(sitePath(url));
    }
    if (!res.ok) return missingFile(sitePath(url), res.status);
    if (!imports) continue;
    // The module itself is there: one of the files it imports (wasm-bindgen's snippets) may not be.
    try {
      const source = await res.text();
      for (const [, spec] of source.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const dep = new URL(spec, url);
        const depRes = await fetch(dep, { cache: 'no-store' });
        if (!depRes.ok) return missingFile(sitePath(dep), depRes.status);
      }
    } catch {
      // an import that cannot be asked for: the caller falls back to the browser's words
    }
  }
  return '';
}
