// Loads a locale's Fluent file from the page's own origin, installs it (with
// English as the fallback) and translates the static markup: what the
// playground (l10n-start.js) and the class view (class.js) both do first.
import { DEFAULT_LOCALE, PSEUDO_LOCALE, install, dirOf, attributesOf, hasValue, t } from './l10n.js';

/** A locale file's text; `tag` is one of LOCALES (callers refuse anything else). */
async function fetchLocale(tag) {
  const response = await fetch(new URL(`./locales/${tag}.ftl`, import.meta.url));
  if (!response.ok) throw new Error(`${tag}.ftl: HTTP ${response.status}`);
  return response.text();
}

/** Attributes a locale may set on an element with data-l10n-id (never href, src or on*). */
const ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'content', 'aria-valuetext']);

/** Translates every element with data-l10n-id under `root`: its text from the message's value, its attributes from the message's attributes. */
export function localize(root = document) {
  for (const el of root.querySelectorAll('[data-l10n-id]')) {
    const id = el.dataset.l10nId;
    if (hasValue(id)) el.textContent = t(id);
    for (const [name, value] of Object.entries(attributesOf(id))) if (ATTRIBUTES.has(name)) el.setAttribute(name, value);
  }
}

/** Installs locale `tag` (English behind it), sets <html lang> and dir, and translates the markup. */
export async function loadLocale(tag) {
  const english = await fetchLocale(DEFAULT_LOCALE);
  if (tag === PSEUDO_LOCALE) {
    const [{ FluentResource }, { pseudoResource }] = await Promise.all([import('./vendor/fluent/index.js'), import('./pseudo.js')]);
    install(tag, [pseudoResource(new FluentResource(english))]);
  } else if (tag === DEFAULT_LOCALE) {
    install(tag, [english]);
  } else {
    install(tag, [await fetchLocale(tag), english]);
  }
  document.documentElement.lang = tag;
  document.documentElement.dir = dirOf(tag);
  localize(document);
}
