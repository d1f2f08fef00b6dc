import { answerAll, openQuiz, expect, loadBank, PROGRESS_KEY, test } from './fixtures';

test('read a lesson, answer its knowledge check, reload: score and read state stay', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/site reliability engineering/i);

  const marker = page.getByTestId('read-marker');
  await marker.scrollIntoViewIfNeeded();
  await expect(marker).toHaveAttribute('data-read', 'true');

  const total = await answerAll(page);
  expect(total).toBeGreaterThanOrEqual(8);
  const score = page.getByTestId('quiz-score');
  await expect(score).toContainText(`of ${total}`);
  const scoreText = (await score.locator('strong').textContent())!;

  await page.reload();
  await page.getByTestId('read-marker').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('read-marker')).toContainText('Lesson read on');
  await openQuiz(page);
  await expect(page.getByTestId('quiz-score').locator('strong')).toHaveText(scoreText);
  await expect(page.getByTestId('quiz').locator('.feedback')).toHaveCount(total);

  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), PROGRESS_KEY);
  expect(stored.version).toBe(1);
  expect(stored.lessons['what-is-sre'].readAt).toBeTruthy();

  await page.goto('/learn/');
  await expect(page.getByTestId('status-what-is-sre')).toContainText(/Read · best score \d+\/\d+/);
  await expect(page.getByTestId('status-what-is-devops')).toHaveText('Not started');
  await expect(page.getByTestId('progress-summary')).toContainText('Lessons read: 1 of');
});

test('a wrong answer shows why it is wrong, announces it, and retry clears the attempt', async ({ page }) => {
  const bank = loadBank('what-is-devops');
  const q = bank.questions.find((x) => x.type === 'single')!;
  const index = bank.questions.indexOf(q);
  const wrong = q.options.find((o) => !o.correct)!;
  await page.goto('/learn/what-is-devops/');
  const quiz = await openQuiz(page);
  const fieldset = quiz.locator('fieldset').nth(index);
  await fieldset.getByRole('button', { name: 'Check answer' }).click();
  await expect(fieldset).toContainText('Choose an answer first.');
  await fieldset.locator(`input[value="${wrong.id}"]`).check();
  await fieldset.getByRole('button', { name: 'Check answer' }).click();
  await expect(fieldset.locator('.feedback__verdict')).toHaveText('✗ Not quite.');
  await expect(fieldset.locator('.feedback__why')).toContainText(wrong.feedback!);
  await expect(fieldset).toContainText(q.explanation);
  await expect(fieldset.getByText('Right answer')).toBeVisible();
  await expect(page.getByTestId('quiz-live')).toContainText(`Question ${index + 1}: not quite`);

  await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toBeVisible();
  await page.getByRole('button', { name: 'Retry the knowledge check' }).click();
  await expect(quiz.locator('.feedback')).toHaveCount(0);
  await expect(page.getByTestId('quiz-score')).toHaveCount(0);
  await page.reload();
  await openQuiz(page);
  await expect(page.getByTestId('quiz').locator('.feedback')).toHaveCount(0);
});

test('the knowledge check works with the keyboard alone', async ({ page }) => {
  await page.goto('/learn/what-is-devops/');
  await openQuiz(page);
  const firstInput = page.getByTestId('quiz').locator('fieldset').first().locator('input').first();
  await firstInput.focus();
  await page.keyboard.press('Space');
  await expect(firstInput).toBeChecked();
  // Tab past the remaining options (radios form one tab stop; checkboxes are one each) to "Check answer".
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (label.includes('Check answer')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-live')).toContainText('Question 1:');
  // Focus moves to "Next question"; Enter takes the learner to question 2.
  await expect(page.locator(':focus')).toHaveText(/Next question|See your score/);
  await page.keyboard.press('Enter');
  const secondFirst = page.getByTestId('quiz').locator('fieldset').nth(1).locator('input').first();
  await expect(secondFirst).toBeFocused();
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
