// Loads the locale the visitor gets (lang=, else the browser's languages,
// else English) from the page's own origin, sets <html lang> and dir, and
// translates the static markup (data-l10n-id), before app.js builds the rest.
// boot.js waits for `localeReady`; the engine is already starting meanwhile.
import { settings } from './engine.js';
import { DEFAULT_LOCALE, negotiate } from './l10n.js';
import { loadLocale } from './l10n-load.js';

export { t, attributesOf } from './l10n.js';

/** The active locale's tag. */
export const activeLocale = settings.lang ?? negotiate(navigator.languages);
/** The lang= a copied link or embed code carries: the page's language when it is not English or lang= asked for it, so a student gets the words the author saw. */
export const linkLang = settings.lang ?? (activeLocale === DEFAULT_LOCALE ? undefined : activeLocale);
/** Settles when the locale is installed (or failed to load: then the page shows message ids, and says why in the console). */
export const localeReady = loadLocale(activeLocale).catch((e) => console.error('locale not loaded:', e));
