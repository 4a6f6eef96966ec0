// Loads the locale the visitor gets (lang=, else the browser's languages,
// else English) from the page's own origin, sets <html lang> and dir, and
// translates the static markup (data-l10n-id), before app.js builds the rest.
// boot.js waits for `localeReady`; the engine is already starting meanwhile.
import { settings } from './engine.js';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, install, negotiate, dirOf, attributesOf, hasValue, t } from './l10n.js';

/** A locale file's text; `tag` is one of LOCALES (url-state.js refused anything else). */
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

async function start(tag) {
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

export { t, attributesOf } from './l10n.js';

/** The active locale's tag. */
export const activeLocale = settings.lang ?? negotiate(navigator.languages);
/** The lang= a copied link or embed code carries: the page's language when it is not English or lang= asked for it, so a student gets the words the author saw. */
export const linkLang = settings.lang ?? (activeLocale === DEFAULT_LOCALE ? undefined : activeLocale);
/** Settles when the locale is installed (or failed to load: then the page shows message ids, and says why in the console). */
export const localeReady = start(activeLocale).catch((e) => console.error('locale not loaded:', e));
