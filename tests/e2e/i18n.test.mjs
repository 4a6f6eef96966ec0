// End to end: the page in other languages. With lang=de and lang=es the parts
// of the page that read their words from the locale files (www/locales/*.ftl)
// show that locale's words and no English sentence of en.ftl; with no lang=
// the browser's language (Chromium's `locale`) picks the locale; a bad lang=
// gets a note and English; <html lang> follows; a copied link carries lang=;
// the pseudo-locale (accents, ~40% longer) fits at 375 px and 1280 px.
// PP_I18N_SHOTS=dir also saves a screenshot of each locale there, to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, poolReady, ROOT } from './harness.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { FluentBundle, FluentResource } from '../../www/vendor/fluent/index.js';

const ftl = (tag) => readFileSync(join(ROOT, 'www/locales', `${tag}.ftl`), 'utf8');

/** id -> value of every message of `tag` whose value needs no arguments (attributes as id.attr). */
function plainValues(tag) {
  const bundle = new FluentBundle(tag, { useIsolating: false });
  const resource = new FluentResource(ftl(tag));
  bundle.addResource(resource);
  const values = new Map();
  for (const { id, value, attributes } of resource.body) {
    const put = (key, pattern) => {
      const errors = [];
      const text = bundle.formatPattern(pattern, {}, errors);
      if (!errors.length) values.set(key, text);
    };
    if (value !== null) put(id, value);
    for (const [attr, p] of Object.entries(attributes)) put(`${id}.${attr}`, p);
  }
  return values;
}

/** The parts of the page converted so far (see README, "Languages"): what this test reads. */
const CONVERTED = ['header.masthead', 'section.machine', '#claims-h', '#claims > p', '#claims .claims-bar button', '#claims thead', 'footer', '.panel-share', '#sweep', '#timeline', '#glossary', '#matrix', '.experiment .step > .step-h', '.experiment .share-row button', '.experiment .expect > summary', '.experiment .confirm', '.experiment button.run', '.experiment .result-table thead', '.experiment .answer', '.experiment .predict-choices', '.experiment .predict-result', '#exp-sum .explain', '.experiment .chart-caption'];

/** The text of the converted parts, their translated attributes and the document's title. */
const convertedText = (page) => page.evaluate((selectors) => {
  const parts = [document.title, document.querySelector('meta[name=description]').content];
  for (const s of selectors) {
    for (const el of document.querySelectorAll(s)) {
      parts.push(el.textContent);
      for (const a of [el, ...el.querySelectorAll('*')]) parts.push(...['aria-label', 'aria-valuetext', 'title'].map((n) => a.getAttribute(n) ?? ''));
    }
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}, CONVERTED);

let server, browser;
before(async () => {
  server = await startServer({ port: await freePort() });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** A fresh context whose browser language is `locale`, and the page at `query` in it, once its pool is up. */
async function open(query, { locale = 'en-US', width = 1280 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const { page, problems } = await openPage(context, `${server.url}${query}`);
  await poolReady(page);
  return { page, problems, context };
}

const english = plainValues('en');

for (const tag of ['de', 'es']) {
  test(`lang=${tag}: the converted parts are in ${tag}, with no English sentence of en.ftl left; links carry lang=`, async () => {
    const { page, problems, context } = await open(`?lang=${tag}`);
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
      const ours = plainValues(tag);
      // Every element the markup names a message for shows that message, in this locale.
      const shown = await page.$$eval('[data-l10n-id]', (els) => els.map((el) => [el.dataset.l10nId, el.tagName === 'META' ? null : el.textContent]));
      for (const [id, text] of shown) if (text !== null && ours.has(id) && id !== 'lesson-default-title') assert.equal(text, ours.get(id), id);
      const text = await convertedText(page);
      // An English sentence (two words or more) the locale says differently must not be on the page.
      const left = [...english].filter(([id, en]) => /\S\s+\S/.test(en) && ours.get(id) !== en && text.includes(en)).map(([id, en]) => `${id}: ${en}`);
      assert.deepEqual(left, []);
      assert.match(await page.locator('#pool').textContent(), tag === 'de' ? /Threads? bereit in/ : /hilos? listos? en/);
      const link = await page.locator('#claims .panel-share button').first().textContent();
      assert.equal(link, ours.get('copy-link'));
      // The address the page keeps (and a copied link) carries the language.
      await page.locator('#threads').focus();
      await page.keyboard.press('Home');
      await page.waitForFunction(() => location.search.includes('lang='));
      assert.match(await page.evaluate(() => location.search), new RegExp(`[?&]lang=${tag}(&|$)`));
      if (process.env.PP_I18N_SHOTS) await page.screenshot({ path: join(process.env.PP_I18N_SHOTS, `${tag}.png`), fullPage: false });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const [locale, tag] of [['de-DE', 'de'], ['es-MX', 'es'], ['fr-FR', 'en']]) {
  test(`no lang=: a browser in ${locale} gets ${tag}`, async () => {
    const { page, context } = await open('?', { locale });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
      assert.equal(await page.locator('#threads-label, label[for=threads]').first().textContent(), plainValues(tag).get('threads-label'));
    } finally {
      await context.close();
    }
  });
}

test('no lang= and an English browser: the page reads as before, and its address gets no lang=', async () => {
  const { page, context } = await open('?');
  try {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('h1').textContent(), 'Concurrency is how you split the work. Parallelism is whether the pieces run at the same time.');
    assert.match(await page.locator('#pool').textContent(), /^\d+ threads? ready in /);
    assert.ok(!(await page.evaluate(() => location.search)).includes('lang='));
    assert.ok(await page.locator('#url-notes').isHidden());
  } finally {
    await context.close();
  }
});

for (const bad of ['fr', '<b>x</b>', '../../etc/passwd', 'x'.repeat(5000)]) {
  test(`lang=${bad.slice(0, 20)}${bad.length > 20 ? '…' : ''}: a note and English, on a German browser too; nothing else changes`, async () => {
    const { page, problems, context } = await open(`?exp=fib&threads=2&lang=${encodeURIComponent(bad)}`, { locale: 'de-DE' });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      const notes = await page.locator('#url-notes').textContent();
      assert.match(notes, /is not a language this page has \(en, de, es\); showing English\./);
      assert.equal((notes.match(/url-note/g) ?? []).length, 0);
      assert.equal(await page.locator('#url-notes .url-note').count(), 1, 'one note: nothing else was adjusted');
      assert.equal(await page.locator('#url-notes b').count(), 0, 'markup stays text');
      assert.equal(await page.locator('#threads').inputValue(), '2');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const width of [375, 1280]) {
  test(`the pseudo-locale en-XA (accents, ~40% longer) fits at ${width} px: no horizontal overflow`, async () => {
    const { page, problems, context } = await open('?lang=en-XA', { width });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
      assert.match(await page.locator('h1').textContent(), /^\[Çöö/, 'the pseudo-locale is shown');
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-scroll, [hidden]') && el.getClientRects().length).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`).slice(0, 5) }));
      assert.ok(overflow.scroll <= overflow.client, `page ${overflow.scroll} px wide in a ${overflow.client} px window: ${overflow.wide.join(', ')}`);
      if (process.env.PP_I18N_SHOTS) await page.screenshot({ path: join(process.env.PP_I18N_SHOTS, `en-XA-${width}.png`), fullPage: width === 375 });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('the class view: lang=de and lang=es translate its markup, a bad lang= gets a note and English', async () => {
  for (const tag of ['de', 'es']) {
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const { page, problems } = await openPage(context, `${server.url}class.html?lang=${tag}`);
      await page.waitForFunction((tag) => document.documentElement.lang === tag, tag);
      const ours = plainValues(tag);
      for (const id of ['class-heading', 'class-show', 'class-no-results', 'class-claims-intro']) assert.equal(await page.locator(`[data-l10n-id=${id}]`).textContent(), ours.get(id), id);
      const text = await page.evaluate(() => document.body.textContent.replace(/\s+/g, ' '));
      const left = [...english].filter(([id, en]) => id.startsWith('class-') && /\S\s+\S/.test(en) && ours.get(id) !== en && text.includes(en));
      assert.deepEqual(left, []);
      if (process.env.PP_I18N_SHOTS) await page.screenshot({ path: join(process.env.PP_I18N_SHOTS, `class-${tag}.png`) });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const { page } = await openPage(context, `${server.url}class.html?lang=%3Cb%3Ex`);
    await page.waitForFunction(() => !document.getElementById('url-notes').hidden);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await page.locator('#url-notes').textContent(), /^lang=<b>x is not a language this page has \(en, de, es\); showing English\.$/);
    assert.equal(await page.locator('#url-notes b').count(), 0);
  } finally {
    await context.close();
  }
});
