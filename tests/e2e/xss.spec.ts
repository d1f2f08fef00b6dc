/**
 * Cross-site scripting (issue 14): a corpus of 55 payloads (tests/fixtures/xss-payloads.ts) pushed through every
 * piece of state that can come from a link or a file: the simulator's link, the questionnaire's result link and its
 * team links, a quiz set link, result codes pasted on the results page, a progress file, and the search box. Each
 * payload calls `xss(n)`, which the page defines to record what ran: nothing may run, no dialog may open, no element
 * with an event handler may appear, and each channel answers the payload with a message in plain words.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

test.describe.configure({ timeout: 240_000 });

/** Records any payload that runs, and any dialog; returns the check to call at the end. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { xss: (n: number) => void; __ran: number[] };
    w.__ran = [];
    w.xss = (n) => w.__ran.push(n);
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __ran: number[] }).__ran), 'payloads that ran').toEqual(
      [],
    );
    expect(dialogs, 'dialogs').toEqual([]);
    // An event-handler attribute, or a URL attribute that runs script; text in other attributes (a data-* copy of
    // what was pasted) is inert.
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter(
            (a) =>
              /^on/i.test(a.name) ||
              (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)),
          )
          .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
      ),
    );
    expect(handlers, 'elements with event handlers or javascript: URLs').toEqual([]);
  };
}

/** A payload as a URL part: percent-encoded, as a link carries it. */
const enc = encodeURIComponent;

test('the simulator’s link: every payload, in every parameter, is named as unusable', async ({ page }) => {
  const check = await watch(page);
  for (let i = 0; i < XSS_PAYLOADS.length; i += 5) {
    const p = XSS_PAYLOADS.slice(i, i + 5);
    const values = ['slo', 'days', 'incident', 'rule'].map((k, j) => `${k}=${enc(p[j] ?? p[0]!)}`);
    const query = [...values, `${enc(p[4] ?? p[0]!)}=1`].join('&');
    await page.goto(`/tools/error-budget/?${query}`);
    await expect(page.locator('[data-testid="simulator"][data-ready="true"]')).toBeVisible();
    const problems = page.getByTestId('link-problems');
    await expect(problems, `payloads ${i}–${i + 4}`).toContainText('Parts of this link could not be used');
    expect(await problems.locator('li').count(), `payloads ${i}–${i + 4}`).toBeGreaterThanOrEqual(5);
  }
  await check();
});

test('the questionnaire’s result link and team links: each payload gets a message and no result', async ({ page }) => {
  const check = await watch(page);
  await page.goto('/decide/');
  await expect(page.locator('[data-testid="decide"][data-hydrated-view="live"]')).toHaveCount(1);
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    // The page follows its address: each payload replaces the last, as a pasted link would.
    await page.evaluate((h) => (location.hash = h), `v=1&a=${enc(p)}&n=${i}`);
    const problem = page.getByTestId('decide-link-problem');
    await expect(problem.getByRole('alert'), `payload ${i}`).toHaveText(/\w+ .*\./);
    await expect(page.locator('output[name="recommendation"]')).toHaveCount(0);
  }
  await page.goto('/decide/team/');
  await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    await page.evaluate((h) => (location.hash = h), `v=1&t=${enc(p)}&n=${i}`);
    await expect(page.getByTestId('decide-team-link-problem'), `payload ${i}`).toContainText('could not be read');
  }
  await page.evaluate(() => (location.hash = ''));
  await page.getByLabel('Result links, one per line').fill(XSS_PAYLOADS.join('\n'));
  await page.getByRole('button', { name: 'Combine the links' }).click();
  await expect(page.locator('[data-problem-line]')).toHaveCount(XSS_PAYLOADS.length);
  await expect(page.locator('output[name="recommendation"]')).toHaveCount(0);
  await check();
});

test('a quiz set link on the join page: each payload is refused in plain words', async ({ page }) => {
  const check = await watch(page);
  await page.goto('/teach/join/');
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    await page.evaluate((h) => (location.hash = h), i % 2 ? `s=${enc(p)}` : `s=1.${enc(p)}.30.E.ABCDE`);
    await expect(page.getByTestId('join-problem'), `payload ${i}`).toContainText(/link|set/i);
  }
  await check();
});

test('result codes pasted on the results page: every payload line is named as not a code', async ({ page }) => {
  const check = await watch(page);
  const { classSet } = await import('./teach-helpers');
  await page.goto(`/teach/results/#${classSet().fragment}`);
  await page.locator('textarea').fill(XSS_PAYLOADS.map((p, i) => (i % 2 ? `Name ${p}: ABCDE` : p)).join('\n'));
  await page.getByRole('button', { name: 'Add the codes' }).click();
  // Every line is refused (a line with spaces or commas may be read as several codes, each named).
  await expect(page.getByTestId('results-problems')).toBeVisible();
  expect(await page.getByTestId('results-problems').locator('li').count()).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
  await expect(page.locator('[data-learner-code]')).toHaveCount(0);
  await check();
});

test('a progress file: payloads in its name, its fields and its keys are refused, and nothing is changed', async ({
  page,
}) => {
  const check = await watch(page);
  await page.goto('/progress/');
  const input = page.getByLabel('Import a progress file');
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    const file = {
      format: 'devops-sre-field-guide/progress',
      version: 1,
      exportedAt: p,
      progress: { version: 1, lessons: { [p]: { readAt: p, attempts: [{ answers: { [p]: [p] } }] } } },
    };
    const body = i % 3 === 0 ? p : JSON.stringify(file);
    await input.setInputFiles({
      name: `${p.slice(0, 40)}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(body),
    });
    await expect(page.getByTestId('import-error'), `payload ${i}`).toContainText(/not|damaged|cannot/);
  }
  // Nothing was imported: the page still has no progress.
  expect(await page.evaluate(() => localStorage.getItem('fg:progress'))).toBeNull();
  await check();
});

test('the search box: each payload is searched as text, and the status quotes it as text', async ({ page }) => {
  const check = await watch(page);
  await page.goto('/glossary/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const box = dialog.getByRole('searchbox');
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    // The marker first: the status quotes the start of a long query.
    await box.fill(`zzqx${i} ${p}`);
    await expect(dialog.getByRole('status'), `payload ${i}`).toContainText(
      new RegExp(`(No results|\\d+ results?) for “zzqx${i} `),
    );
  }
  await check();
});
