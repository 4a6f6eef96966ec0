// Driving the playground page as a person would, for the tests, the soak and the screenshots.

/**
 * Opens `url` in a new page and records every console error and page error,
 * so a test can assert there were none.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/** Waits until the pool reports ready (body[data-state=ready]). */
export async function poolReady(page, timeout = 30_000) {
  await page.waitForSelector('body[data-state=ready]', { timeout });
}

/** Fills the experiment's form, presses Run and returns the result table's rows. */
export async function runExperiment(page, id, fields) {
  const card = page.locator(`#${id}`);
  for (const [name, value] of Object.entries(fields)) await card.locator(`input[name=${name}]`).fill(String(value));
  await card.locator('button.run').click();
  await page.waitForFunction((id) => ['done', 'error'].includes(document.getElementById(id).dataset.state) && !document.getElementById(id).querySelector('button.run.cancel'), id, { timeout: 120_000 });
  return card.evaluate((el) => ({
    state: el.dataset.state,
    error: el.querySelector('.error').hidden ? '' : el.querySelector('.error').textContent,
    threads: Number(el.querySelector('.verdict').dataset.threads),
    verdict: el.querySelector('.verdict').textContent,
    rows: [...el.querySelectorAll('tbody tr')].map((r) => ({ variant: r.dataset.variant, value: r.dataset.value, correct: r.dataset.correct, median: Number(r.dataset.median) })),
    chart: [...el.querySelectorAll('.chart rect.bar[data-median]')].map((b) => Number(b.dataset.median)),
    groups: el.querySelector('.chart').dataset.groups,
  }));
}
