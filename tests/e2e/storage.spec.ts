import { answerAll, openQuiz, BACKUP_KEY, expect, PROGRESS_KEY, test } from './fixtures';

test('corrupt stored progress: the page works, says so, and keeps the old data aside', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version":1,"lessons":{"what-is-sre":{"readAt":');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  await page.goto('/learn/what-is-sre/');
  await openQuiz(page);
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText(BACKUP_KEY);
  const backup = await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY);
  expect(backup).toBe('{"version":1,"lessons":{"what-is-sre":{"readAt":');

  const total = await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), PROGRESS_KEY);
  expect(Object.keys(stored.lessons['what-is-sre'].answers)).toHaveLength(total);
});

test('valid JSON of the wrong shape is set aside too', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, JSON.stringify({ version: 1, lessons: { 'what-is-sre': { answers: 'nope' } } }));
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  await page.goto('/learn/');
  await expect(page.getByTestId('storage-notice')).toContainText('lessons.what-is-sre.answers');
  await expect(page.getByTestId('status-what-is-sre')).toHaveText('Not started');
});

test('storage that throws: the quiz still works and a notice says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/learn/what-is-devops/');
  await page.getByTestId('read-marker').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('read-marker')).toHaveAttribute('data-read', 'true');
  await openQuiz(page);
  await expect(page.getByTestId('storage-notice')).toContainText('not being saved');
  const total = await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);
  // The theme toggle keeps working for the page even though it cannot be remembered.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a write that fails: what the learner did stays on screen and the notice shows', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'fg:progress') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto('/learn/what-is-devops/');
  const quiz = await openQuiz(page);
  const first = quiz.locator('fieldset').first();
  await first.locator('input').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.locator('.feedback')).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toContainText('could not be saved');
});
