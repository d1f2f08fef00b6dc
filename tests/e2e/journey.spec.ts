import { arrange } from '../../src/lib/arrange';
import type { Question } from '../../src/lib/quiz';
import { answerAll, answerRight, expect, loadBank, openQuiz, PROGRESS_KEY, test } from './fixtures';

test('read a lesson, answer its knowledge check, reload: score and read state stay', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/site reliability engineering/i);

  await openQuiz(page);
  await expect(page.getByTestId('read-marker')).toHaveAttribute('data-read', 'true');
  const total = await answerAll(page);
  expect(total).toBeGreaterThanOrEqual(8);
  const score = page.getByTestId('quiz-score');
  await expect(score).toContainText(`of ${total}`);
  const scoreText = (await score.locator('strong').textContent())!;
  const order = await page.locator('fieldset.question').evaluateAll((f) => f.map((x) => x.id));

  await page.reload();
  await openQuiz(page);
  await expect(page.getByTestId('read-marker')).toContainText('Lesson read on');
  await expect(page.getByTestId('quiz-score').locator('strong')).toHaveText(scoreText);
  await expect(page.getByTestId('quiz').locator('.feedback')).toHaveCount(total);
  // The attempt keeps its order across the reload.
  expect(await page.locator('fieldset.question').evaluateAll((f) => f.map((x) => x.id))).toEqual(order);
  await expect(page.getByTestId('quiz-scores')).toContainText('1 attempt');

  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PROGRESS_KEY);
  expect(stored.version).toBe(2);
  expect(stored.lessons['what-is-sre'].readAt).toBeTruthy();

  await page.goto('/learn/');
  await expect(page.getByTestId('status-what-is-sre')).toHaveText(/^(Passed|Not passed) · \d+%$/);
  await expect(page.getByTestId('status-what-is-devops')).toHaveText('Not started');
  await expect(page.getByTestId('progress-summary').getByTestId('read-count')).toHaveText('1');
});

test('a wrong answer shows why it is wrong and is announced; a retry keeps the history', async ({ page }) => {
  const bank = loadBank('what-is-devops');
  const q = bank.questions.find((x) => x.type === 'single')!;
  if (q.type !== 'single') throw new Error('no single-choice question');
  const wrong = q.options.find((o) => !o.correct)!;
  await page.goto('/learn/what-is-devops/');
  const quiz = await openQuiz(page);
  const fieldset = page.locator(`#q-${q.id}`);
  await fieldset.getByRole('button', { name: 'Check answer' }).click();
  await expect(fieldset).toContainText('Choose an answer first.');
  await fieldset.locator(`input[value="${wrong.id}"]`).check();
  await fieldset.getByRole('button', { name: 'Check answer' }).click();
  await expect(fieldset.locator('.feedback__verdict')).toHaveText('✗ Not quite.');
  await expect(fieldset.locator('.feedback__why')).toContainText(wrong.feedback!);
  await expect(fieldset).toContainText(q.explanation);
  await expect(fieldset.getByText('Right answer')).toBeVisible();
  await expect(page.getByTestId('quiz-live')).toContainText(/Question \d+: Not quite\./);

  await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toBeVisible();
  const firstOrder = await quiz.locator('fieldset.question').evaluateAll((f) => f.map((x) => x.id).join());
  await page.getByRole('button', { name: 'Retry the knowledge check' }).click();
  await expect(quiz.locator('.feedback')).toHaveCount(0);
  await expect(page.getByTestId('quiz-score')).toHaveCount(0);
  await expect(page.getByTestId('quiz-scores')).toContainText('1 attempt');

  // A perfect second attempt: best and last both show, with both attempts in the history.
  for (const question of bank.questions) await answerRight(page, question);
  await expect(page.getByTestId('quiz-score')).toContainText('(100%)');
  await expect(page.getByTestId('quiz-scores')).toContainText('best 100%');
  await expect(page.getByTestId('quiz-scores')).toContainText('last 100%');
  await expect(page.getByTestId('quiz-scores')).toContainText('2 attempts');
  await page.getByTestId('quiz-scores').click();
  await expect(page.locator('.attempts li')).toHaveCount(2);
  const secondOrder = await quiz.locator('fieldset.question').evaluateAll((f) => f.map((x) => x.id).join());
  expect(secondOrder).not.toBe(firstOrder);
});

test('a single-choice question works with the keyboard alone, and "Next question" reaches the next one', async ({
  page,
}) => {
  const bank = loadBank('what-is-devops');
  // A seed whose order puts an order question right after a single-choice one: the next question's first
  // control ("Move up" on its first step) is disabled, and focus must skip it.
  const seed = Array.from({ length: 2000 }, (_, i) => i).find((s) => {
    const order = arrange(bank.questions as Question[], s);
    return order[0]!.question.type === 'single' && order[1]!.question.type === 'order';
  })!;
  const [first, second] = arrange(bank.questions as Question[], seed);
  await page.goto(`/learn/what-is-devops/?seed=${seed}`);
  await openQuiz(page);
  const fieldset = page.locator(`#q-${first!.question.id}`);
  const firstInput = fieldset.locator('input').first();
  await firstInput.focus();
  await page.keyboard.press('Space');
  await expect(firstInput).toBeChecked();
  // Radios are one tab stop: the next Tab reaches "Check answer".
  await page.keyboard.press('Tab');
  await expect(fieldset.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-live')).toContainText('Question 1:');
  await expect(page.locator(':focus')).toHaveText('Next question');
  await page.keyboard.press('Enter');
  await expect(page.locator(`#q-${second!.question.id} button:not(:disabled)`).first()).toBeFocused();
});

test('the theme toggle persists across pages without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // The theme is set by the inline head script, before the body is parsed.
  await page.goto('/glossary/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
});

test('the glossary gives every term an anchor, and lessons link to them', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  const termLink = page.locator('a.term[href$="#toil"]').first();
  await termLink.click();
  await expect(page).toHaveURL(/\/glossary\/#toil$/);
  await expect(page.locator('dt#toil')).toBeVisible();
});

test.describe('404', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
