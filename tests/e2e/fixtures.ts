import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
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

/** Answers every question of the knowledge check on the page by choosing its first option. */
export async function answerAll(page: Page) {
  const quiz = await openQuiz(page);
  const count = await quiz.locator('fieldset').count();
  for (let i = 0; i < count; i++) {
    const q = quiz.locator('fieldset').nth(i);
    if ((await q.locator('.feedback').count()) > 0) continue;
    await q.locator('input').first().check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(q.locator('.feedback')).toBeVisible();
  }
  return count;
}

/** A quiz bank as authored, read from content/quizzes/. */
export function loadBank(id: string): QuizBank {
  return parse(readFileSync(new URL(`../../content/quizzes/${id}.yaml`, import.meta.url), 'utf8')) as QuizBank;
}

/** Scrolls to the knowledge check and waits until its island has hydrated (Astro drops `ssr` then). */
export async function openQuiz(page: Page) {
  const quiz = page.getByTestId('quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([data-testid="quiz"])')).not.toHaveAttribute('ssr', /.*/);
  return quiz;
}
