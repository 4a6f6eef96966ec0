// The first module the page runs: start the engine (engine.js starts it as
// it evaluates), then load the rest of the page, which takes it over. Not a
// static import of app.js: the engine must be on its way before the page's
// other modules are even fetched. The locale's files load meanwhile; the page
// is built once they are in, so every word it writes is in that locale.
import './engine.js';
import { localeReady } from './l10n-start.js';

localeReady.then(() => import('./app.js'));
