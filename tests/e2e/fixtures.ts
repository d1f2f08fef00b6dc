import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { QuizBank } from '../../src/schemas/quiz-bank';

/**
 * Every e2e test runs with two guards: no console error or uncaught exception, and no request to any
 * origin other than the site under test (such requests are aborted and fail the test).
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright's idiom for a fixture with no value
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; guards: void }>({
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const errors: string[] = [];
      const offOrigin: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(m.text()))) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
        offOrigin.push(url);
        return route.abort();
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(offOrigin, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Key under which progress is stored; mirrors STORAGE_KEYS in src/stores/storage.ts. */
export const PROGRESS_KEY = 'fg:progress';
export const BACKUP_KEY = 'fg:progress:backup';

/** Puts `value` under the progress key before the site's scripts run, once per test (not again on reload). */
export async function seedProgress(page: Page, value: string) {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY, value],
  );
}

/** Gives some answer to one question, whatever its type (not necessarily the right one). */
export async function answerSome(q: Locator) {
  const type = await q.getAttribute('data-type');
  if (type === 'categorise') {
    const selects = q.locator('select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
  } else if (type === 'numeric') {
    await q.locator('input').fill('1');
  } else if (type !== 'order') {
    await q.locator('input').first().check();
  }
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.feedback')).toBeVisible();
}

/** Answers every open question of the knowledge check on the page. */
export async function answerAll(page: Page) {
  const quiz = await openQuiz(page);
  const count = await quiz.locator('fieldset.question').count();
  for (let i = 0; i < count; i++) {
    const q = quiz.locator('fieldset.question').nth(i);
    if ((await q.locator('.feedback').count()) > 0) continue;
    await answerSome(q);
  }
  return count;
}

/** Answers one question of the page's knowledge check right, using the bank's answer key. */
export async function answerRight(page: Page, question: QuizBank['questions'][number]) {
  const q = page.locator(`#q-${question.id}`);
  switch (question.type) {
    case 'single':
    case 'multiple':
      for (const o of question.options.filter((x) => x.correct)) await q.locator(`input[value="${o.id}"]`).check();
      break;
    case 'true-false':
      await q.locator(`input[value="${question.answer}"]`).check();
      break;
    case 'categorise':
      for (const item of question.items) await q.locator(`#q-${question.id}-${item.id}`).selectOption(item.bucket);
      break;
    case 'numeric':
      await q.locator('input').fill(String(question.answer));
      break;
    case 'order':
      // Move each step up into place, from the first.
      for (let target = 0; target < question.items.length; target++) {
        const id = question.items[target]!.id;
        for (;;) {
          const ids = await q
            .locator('.order-item')
            .evaluateAll(
              (els, qid) =>
                els.map((el) => el.querySelector('button')!.id.replace(`q-${qid}-`, '').replace(/-up$/, '')),
              question.id,
            );
          const at = ids.indexOf(id);
          if (at <= target) break;
          await q.locator(`#q-${question.id}-${id}-up`).click();
        }
      }
      break;
  }
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.feedback__verdict')).toHaveText('✓ Correct.');
}

/** A quiz bank as authored, read from content/quizzes/. */
export function loadBank(id: string): QuizBank {
  return parse(readFileSync(new URL(`../../content/quizzes/${id}.yaml`, import.meta.url), 'utf8')) as QuizBank;
}

/** Scrolls to the knowledge check and waits until its island has hydrated. */
export async function openQuiz(page: Page) {
  const quiz = page.getByTestId('quiz');
  await quiz.scrollIntoViewIfNeeded();
  // The knowledge check carries its seed once it has hydrated (the server-rendered one has none).
  await expect(page.locator('[data-testid="quiz"][data-seed]')).toHaveCount(1);
  await expect(quiz.locator('fieldset.question').first()).toBeVisible();
  return quiz;
}

/**
 * Waits for a settled page, as a person sees it once it has loaded: every island brought into view once (they
 * hydrate as they near the viewport) and hydrated, every simulator live in all its sections (they hydrate section by
 * section after painting) and none still drawing an edit, and the fonts loaded; then scrolls back to where the page
 * was. The axe sweep and the visual tests use it: a scan or a picture taken mid-way sees a page between two renders.
 */
export async function settle(page: Page) {
  const { x, y } = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  for (const island of await page.locator('[data-island]').all()) await island.scrollIntoViewIfNeeded();
  // An app page's own island (PageIsland.astro) hydrates at once, wherever it is.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-island], [data-page-island]')].every((el) =>
        el.hasAttribute('data-hydrated'),
      ) &&
      [...document.querySelectorAll('[data-testid="simulator"]')].every(
        (el) => el.getAttribute('data-ready') === 'true',
      ) &&
      !document.querySelector('[data-pending]'),
  );
  await page.evaluate(([left, top]) => window.scrollTo(left!, top!), [x, y]);
  await page.evaluate(() => document.fonts.ready);
}

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules: what the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe over the page as it is now, with the WCAG A and AA rules. Legacy mode runs axe in the page and reads its
 * results there; the default mode opens a blank page for every scan to gather the results of cross-origin frames,
 * which the site has none of, and took a lesson page's scan from 2.8 s to 7.0 s on a two-core machine.
 */
export function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
}

/**
 * axe's colour rules alone: for a page already scanned whole in one theme and then switched to the other. A theme
 * changes colours only (custom properties in global.css), so the other rules would read the same page again.
 */
export function axeColours(page: Page) {
  return axe(page).withRules(['color-contrast', 'link-in-text-block']);
}
