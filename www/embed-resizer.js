// Fits every Parallel Playground iframe on a course page to its content.
//
// A course page includes it once, from the playground's host:
//   <script src="https://your-host/playground/www/embed-resizer.js" async></script>
// (Copy embed code gives that line under each iframe; several copies on one
// page install one listener). It sets an iframe's height from the
// playground's message { type: 'parallel-playground:resize', version: 1,
// height } (www/embed.js posts it whenever the content's height changes),
// and only when all of these hold:
//   - the message comes from that iframe's window (event.source);
//   - its origin is the origin the iframe's src names (a frame that has
//     navigated elsewhere cannot resize itself as the playground);
//   - that origin is the playground's: the origin this script was loaded from,
//     or one named in PLAYGROUND_ORIGINS below;
//   - it has exactly that shape, version 1 and a height in pixels that makes sense.
// Anything else (other messages, other frames, the page itself) changes nothing.
// Iframes are looked up when a message arrives, so iframes added later count too.
//
// A classic script on purpose: it works from a plain <script src> (and from
// mdBook's additional-js), document.currentScript tells it where it came
// from, and a page's strict Content-Security-Policy needs no more than the
// playground's host in script-src: no inline script, no eval, and the height
// is set through the CSSOM (element.style), which style-src does not govern.
(() => {
  'use strict';

  // Copied onto your own site? Name the playground's origin here, for example
  // ['https://playground.example.org']. Loaded from the playground's host, leave it empty.
  const PLAYGROUND_ORIGINS = [];

  const TYPE = 'parallel-playground:resize';
  const VERSION = 1;
  /** Heights outside this range (px) are no content height; such a message is ignored. */
  const MIN_HEIGHT = 1;
  const MAX_HEIGHT = 100_000;
  /** One record per page, shared by every copy of this script the page loads. */
  const KEY = 'parallelPlaygroundResizer';

  /** The origin this script came from: the playground's host, or a site that copied it. */
  const here = (() => {
    try {
      const src = document.currentScript?.src;
      const origin = src ? new URL(src).origin : 'null';
      return origin === 'null' ? [] : [origin];
    } catch {
      return [];
    }
  })();

  // An own property, so an element with that id (which window also names) is never taken for it.
  const earlier = Object.getOwnPropertyDescriptor(window, KEY)?.value;
  const shared = earlier ?? { origins: new Set(), resized: 0 };
  for (const origin of [...here, ...PLAYGROUND_ORIGINS]) shared.origins.add(origin);
  if (earlier) return; // an earlier copy listens already, now for these origins too
  Object.defineProperty(window, KEY, { value: shared });
  if (!shared.origins.size) {
    console.warn('embed-resizer.js: no playground origin (loaded as a module or inline?). Name it in PLAYGROUND_ORIGINS; no iframe will be resized.');
  }

  /** The origin an iframe's src names, or null (srcdoc, about:blank, no src). */
  const originOf = (iframe) => {
    try {
      const origin = new URL(iframe.src, document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  };

  /** The height a message asks for, or null when it is not exactly our resize message. */
  const heightIn = (data) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
    if (data.type !== TYPE || data.version !== VERSION) return null;
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  };

  /** The iframe element whose window sent a message, or null. */
  const frameOf = (source) => {
    if (!source || source === window) return null;
    for (const iframe of document.getElementsByTagName('iframe')) {
      if (iframe.contentWindow === source) return iframe;
    }
    return null;
  };

  /**
   * The content's height is the height of the iframe's viewport. With
   * `box-sizing: border-box` (common in course themes) the CSS height also
   * holds the iframe's border and padding, so they are added.
   */
  const cssHeight = (iframe, content) => {
    const s = getComputedStyle(iframe);
    if (s.boxSizing !== 'border-box') return content;
    const extra = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, p) => sum + (parseFloat(s[p]) || 0), 0);
    return content + extra;
  };

  window.addEventListener('message', (event) => {
    const height = heightIn(event.data);
    if (height === null || !shared.origins.has(event.origin)) return;
    const iframe = frameOf(event.source);
    if (!iframe || originOf(iframe) !== event.origin) return;
    iframe.style.height = `${cssHeight(iframe, height)}px`;
    shared.resized += 1;
  });
})();
