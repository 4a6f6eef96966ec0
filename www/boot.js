// The first module the page runs: start the engine (engine.js starts it as
// it evaluates), then load the rest of the page, which takes it over. Not a
// static import of app.js: the engine must be on its way before the page's
// other modules are even fetched.
import './engine.js';

import('./app.js');
