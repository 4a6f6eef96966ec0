// The page in WebKitGTK (Debian's webkit2gtk-driver: MiniBrowser driven by
// selenium-webdriver through WebKitWebDriver, on a virtual display). WebKitGTK
// is the engine of Safari, not Safari. Version 2.50 reports
// crossOriginIsolated = true on a page with COOP + COEP, yet has no
// SharedArrayBuffer and refuses to post a shared WebAssembly.Memory: the page
// finds that out by trying, runs the one-thread package and says why.
import { defineEngineTests } from './suite.mjs';

defineEngineTests('webkit', {
  threads: false,
  reason: /^Threads are off here: this browser says the page is cross-origin isolated, but it cannot share WebAssembly memory with a worker \(.*DataCloneError.*\), which the thread pool needs\. Current Chrome, Edge, Firefox and Safari can; open the page in one of them to get threads\./,
});
