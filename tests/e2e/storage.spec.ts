import { answerAll, BACKUP_KEY, expect, openQuiz, PROGRESS_KEY, seedProgress, test } from './fixtures';

const cases = [
  ['truncated JSON', '{"version":2,"lessons":{"what-is-sre":{"readAt":', 'cut short or damaged'],
  [
    'valid JSON of the wrong shape',
    JSON.stringify({ version: 2, lessons: { 'what-is-sre': { attempts: 'nope' } }, reviews: {} }),
    'part of it is damaged',
  ],
  ['a __proto__ key', '{"version":2,"reviews":{},"lessons":{"__proto__":{"attempts":[]}}}', 'part of it is damaged'],
  [
    'a constructor key',
    '{"version":2,"reviews":{},"lessons":{"constructor":{"attempts":[]}}}',
    'part of it is damaged',
  ],
] as const;

for (const [name, value, reason] of cases) {
  test(`stored progress with ${name}: the page works, says so, and keeps the data aside`, async ({ page }) => {
    await seedProgress(page, value);
    await page.goto('/learn/what-is-sre/');
    await openQuiz(page);
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText('could not be read');
    await expect(notice).toContainText(reason);
    await expect(notice).toContainText('set aside');
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).text, BACKUP_KEY)).toBe(value);
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'attempts'))).toBe(false);

    const total = await answerAll(page);
    await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), PROGRESS_KEY);
    expect(Object.keys(stored.lessons['what-is-sre'].current.answers)).toHaveLength(total);

    await page.goto('/learn/');
    await expect(page.getByTestId('status-what-is-sre')).toHaveText(/^(Passed|Not passed) · \d+%$/);
  });
}

test('progress from a newer version is left untouched, with a notice', async ({ page }) => {
  const future = JSON.stringify({ version: 99, lessons: { x: 'a shape we do not know' } });
  await seedProgress(page, future);
  await page.goto('/learn/what-is-sre/');
  await openQuiz(page);
  await expect(page.getByTestId('storage-notice')).toContainText('newer version of this site');
  const total = await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(future);
  await page.goto('/learn/');
  await expect(page.getByTestId('storage-notice')).toContainText(
    'Progress was saved by a newer version of this site in another tab. Reload this page to continue; nothing has been lost.',
  );
});

test('progress saved by version 1 is migrated and kept', async ({ page }) => {
  const v1 = JSON.stringify({
    version: 1,
    lessons: {
      'what-is-sre': {
        readAt: '2026-11-20T09:15:00.000Z',
        answers: {},
        bestScore: { correct: 9, total: 10, at: '2026-11-20T09:30:00.000Z' },
      },
    },
  });
  await seedProgress(page, v1);
  await page.goto('/learn/');
  await expect(page.getByTestId('status-what-is-sre')).toHaveText('Passed · 90%');
  await expect(page.getByTestId('storage-notice')).toBeHidden();
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
  await openQuiz(page);
  await expect(page.getByTestId('read-marker')).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('storage-notice')).toContainText('not being saved');
  const total = await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('storage that is full: answers stay on screen and the notice says they are not saved', async ({ page }) => {
  await page.goto('/learn/what-is-devops/');
  // Fill the origin's storage quota for real.
  // Fill the origin's storage quota for real, down to the last few bytes.
  const refused = await page.evaluate(() => {
    let n = 0;
    let refusals = 0;
    for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, chunk);
        } catch {
          refusals += 1;
          break;
        }
      }
    }
    return refusals;
  });
  expect(refused).toBeGreaterThan(0);
  await page.reload();
  const quiz = await openQuiz(page);
  const first = quiz.locator('fieldset.question').first();
  const { answerSome } = await import('./fixtures');
  await answerSome(first);
  await expect(first.locator('.feedback')).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toContainText('could not be saved');
  const second = quiz.locator('fieldset.question').nth(1);
  await answerSome(second);
  await expect(quiz.locator('.feedback')).toHaveCount(2);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
});
