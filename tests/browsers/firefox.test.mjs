// The page in Debian's Firefox ESR (Gecko), driven by puppeteer-core over
// WebDriver BiDi. Firefox isolates a top-level page with COOP + COEP and
// runs threads there; it ignores Document-Isolation-Policy, so an embed in a
// course page without headers runs on one thread.
import { defineEngineTests } from './suite.mjs';

defineEngineTests('firefox', { threads: true });
