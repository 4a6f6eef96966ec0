// www/embed-resizer.js in Firefox ESR (puppeteer-core over WebDriver BiDi):
// the scenario of tests/browsers/resizer-scenario.mjs. In Firefox the embed in
// the plain course page runs on one thread (no Document-Isolation-Policy);
// fitting it does not depend on that.
import { defineResizerTests } from './resizer-scenario.mjs';

defineResizerTests('firefox');
