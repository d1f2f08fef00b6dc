import type { Page } from '@playwright/test';
import { answerRight, expect, loadBank, PROGRESS_KEY, test } from './fixtures';

const sre = loadBank('what-is-sre');
const budgets = loadBank('error-budgets');
const dueSre = sre.questions.filter((q) => q.type !== 'order').slice(0, 2);
const dueBudgets = budgets.questions.filter((q) => q.type === 'single').slice(0, 1);

/** Stores progress with review items due from two lessons, as a learner who missed those questions would have. */
async function seedDueReviews(page: Page) {
  await page.goto('/');
  await page.evaluate(
    ([key, sreIds, budgetIds]) => {
      const at = '2026-01-10T10:00:00.000Z';
      const item = (lessonId: string) => ({ lessonId, step: 0, due: '2026-01-11', lastAt: at, lapses: 1 });
      const reviews = Object.fromEntries([
        ...sreIds!.map((id) => [id, item('what-is-sre')]),
        ...budgetIds!.map((id) => [id, item('error-budgets')]),
      ]);
      localStorage.setItem(key as string, JSON.stringify({ version: 2, lessons: {}, reviews }));
    },
    [PROGRESS_KEY, dueSre.map((q) => q.id), dueBudgets.map((q) => q.id)] as const,
  );
}

/** Paths of the question files the page requests, from now on. */
function questionRequests(page: Page) {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) paths.push(path);
  });
  return paths;
}

test('practice downloads the question index and only the banks with questions due', async ({ page }) => {
  await seedDueReviews(page);
  const requested = questionRequests(page);
  await page.goto('/practice/');
  await expect(page.getByTestId('practice-due')).toHaveText('3 questions are due for review.');
  await expect(page.getByRole('button', { name: 'Start the review' })).toBeVisible();
  expect(requested.sort()).toEqual([
    '/data/questions/error-budgets.json',
    '/data/questions/index.json',
    '/data/questions/what-is-sre.json',
  ]);
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.getByTestId('practice').locator('fieldset.question')).toContainText('Review 1 of 3');
  // The whole curriculum in one file is gone.
  expect((await page.request.get('/data/questions.json')).status()).toBe(404);
});

test('a damaged bank shows a plain message, and the other bank’s questions can still be reviewed', async ({ page }) => {
  await seedDueReviews(page);
  // As if a proxy or a half-finished deploy served something else under the bank's name.
  await page.route('**/data/questions/error-budgets.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":"error-budgets","questions":[{"id":' }),
  );
  await page.goto('/practice/');
  await expect(page.getByTestId('practice-bank-problem')).toHaveText(
    'The questions for ‘Error budgets’ could not be read; reload the page to get the latest version.',
  );
  await page.getByRole('button', { name: 'Start the review' }).click();
  for (let i = 0; i < dueSre.length; i++) {
    const box = page.locator('fieldset.question');
    await expect(box).toContainText(`Review ${i + 1} of ${dueSre.length}`);
    const id = (await box.getAttribute('id'))!.replace(/^q-/, '');
    await answerRight(
      page,
      dueSre.find((q) => q.id === id)!,
    );
    await page.getByRole('button', { name: i === dueSre.length - 1 ? 'Finish the review' : 'Next question' }).click();
  }
  await expect(page.getByTestId('practice-result')).toContainText(
    `You answered ${dueSre.length} of ${dueSre.length} right.`,
  );
});

test('a bank that passes as JSON but breaks the question rules is refused, not graded', async ({ page }) => {
  await seedDueReviews(page);
  const single = dueBudgets[0]!;
  await page.route('**/data/questions/error-budgets.json', async (route) => {
    const file = await (await route.fetch()).json();
    // A single-choice question with every option right: grading could not tell right from wrong.
    for (const q of file.questions) if (q.options) for (const o of q.options) o.correct = true;
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) });
  });
  await page.goto('/practice/');
  await expect(page.getByTestId('practice-bank-problem')).toContainText('‘Error budgets’ could not be read');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.locator('fieldset.question')).toContainText(`of ${dueSre.length}`);
  await expect(page.locator(`#q-${single.id}`)).toHaveCount(0);
});
