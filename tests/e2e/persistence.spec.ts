/**
 * The persisted-document rules, as a learner meets them: another tab's newer or damaged data is never written
 * over, set-aside copies are kept (never overwritten) and can be seen, downloaded and restored, erasing reports
 * what really happened, export works when the data is from a newer version, and what the quiz stores reads back.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { answerSome, BACKUP_KEY, expect, loadBank, openQuiz, PROGRESS_KEY, seedProgress, test } from './fixtures';

const NEWER = JSON.stringify({ version: 3, lessons: {}, reviews: {}, note: 'saved by version 3' });

const stored = (page: Page, key = PROGRESS_KEY) => page.evaluate((k) => localStorage.getItem(k), key);

test('a newer version saved by a live second tab is never written over', async ({ page, context }) => {
  await page.goto('/learn/what-is-devops/');
  const quiz = await openQuiz(page);
  await answerSome(quiz.locator('fieldset.question').first());

  // A second tab, on a newer deploy of the site, saves version 3.
  const other = await context.newPage();
  await other.goto('/glossary/');
  await other.evaluate(([k, v]) => localStorage.setItem(k!, v!), [PROGRESS_KEY, NEWER] as const);

  await expect(page.getByTestId('storage-notice')).toHaveText(
    'Progress: Progress was saved by a newer version of this site in another tab. Reload this page to continue; nothing has been lost.',
  );
  // Answers here stay on screen, and version 3 stays stored.
  await answerSome(quiz.locator('fieldset.question').nth(1));
  await expect(quiz.locator('.feedback')).toHaveCount(2);
  expect(await stored(page)).toBe(NEWER);
  await other.close();
});

test('a numeric answer followed by 200 spaces is right, and progress still reads after a reload', async ({ page }) => {
  const question = loadBank('what-is-sre').questions.find((q) => q.type === 'numeric' && q.answer === 10000)!;
  await page.goto('/learn/what-is-sre/');
  await openQuiz(page);
  const box = page.locator(`#q-${question.id}`);
  await box.locator('input').pressSequentially(`10000${' '.repeat(200)}`, { delay: 0 });
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.feedback__verdict')).toHaveText('✓ Correct.');
  await page.reload();
  await openQuiz(page);
  await expect(page.locator(`#q-${question.id} .feedback__verdict`)).toHaveText('✓ Correct.');
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  expect(await stored(page, BACKUP_KEY)).toBeNull();
});

test('a second damage does not overwrite the first set-aside copy; both can be seen, downloaded and restored', async ({
  page,
}) => {
  // Progress damaged once: it is set aside when a lesson opens.
  const firstDamage = JSON.stringify({
    version: 2,
    reviews: {},
    lessons: {
      'what-is-devops': { readAt: '2026-11-20T09:00:00.000Z', attempts: [] },
      broken: { attempts: 'nope' },
    },
  });
  await seedProgress(page, firstDamage);
  await page.goto('/learn/what-is-sre/');
  const quiz = await openQuiz(page);
  await expect(page.getByTestId('storage-notice')).toContainText('set aside');
  await answerSome(quiz.locator('fieldset.question').first());
  // Damaged again, then reloaded.
  await page.evaluate((k) => localStorage.setItem(k, '{"version":2,"lessons":'), PROGRESS_KEY);
  await page.reload();
  await openQuiz(page);
  await expect(page.getByTestId('storage-notice')).toContainText('set aside');

  await page.goto('/progress/');
  const copies = page.getByTestId('set-aside-copy');
  await expect(copies).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download copy 1' }).click(),
  ]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(firstDamage);

  await page.getByRole('button', { name: 'Restore copy 2' }).click();
  await expect(page.getByTestId('set-aside-status')).toHaveText(
    'Nothing in this copy can be read, so it cannot be restored. Download it to keep it.',
  );
  await page.getByRole('button', { name: 'Restore copy 1' }).click();
  await expect(page.getByTestId('set-aside-status')).toHaveText(
    'Restored: 1 lesson and 0 review items merged into your progress; 1 damaged lesson could not be read and was left out.',
  );
  await expect(page.getByTestId('lesson-what-is-devops').locator('.badge')).toHaveText('Read');
  await page.getByRole('button', { name: 'Delete copy 2…' }).click();
  await page.getByRole('button', { name: 'Yes, delete copy 2' }).click();
  await expect(copies).toHaveCount(1);
});

test('erasing says so when the browser refuses the write, and the progress is still there after a reload', async ({
  page,
}) => {
  await page.goto('/learn/what-is-devops/');
  const quiz = await openQuiz(page);
  await answerSome(quiz.locator('fieldset.question').first());
  await page.goto('/progress/');
  // One answer given: the progress page words it as the learning path does.
  const badge = page.getByTestId('lesson-what-is-devops').locator('.badge');
  await expect(badge).toHaveText(/^In progress · 1 of \d+ answered$/);
  // The browser starts refusing writes (a full quota), as a second page could cause at any moment.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Erase all progress…' }).click();
  await page.getByRole('button', { name: 'Yes, erase my progress' }).click();
  await expect(page.getByTestId('reset-status')).toContainText('could not be erased');
  await page.reload();
  await expect(badge).toHaveText(/^In progress · 1 of \d+ answered$/);
});

test('export writes what is stored when a newer version saved it', async ({ page }) => {
  await seedProgress(page, NEWER);
  await page.goto('/progress/');
  await expect(page.getByTestId('storage-notice')).toContainText('newer version');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.progress).toEqual(JSON.parse(NEWER));
  await expect(page.getByTestId('export-status')).toContainText('exactly as a newer version of this site saved it');
});

test.describe('offline after a deploy', () => {
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('when the code that updates old progress cannot load, the learner is told and nothing is written', async ({
    page,
  }) => {
    const v1 = JSON.stringify({ version: 1, lessons: { 'what-is-sre': { readAt: '2026-11-20T09:15:00.000Z' } } });
    await seedProgress(page, v1);
    // Offline after a deploy: the migrations chunk cannot be fetched.
    await page.route(/progress-migrations\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('/learn/what-is-devops/');
    await openQuiz(page);
    await expect(page.getByTestId('storage-notice')).toContainText('could not be loaded');
    await answerSome(page.getByTestId('quiz').locator('fieldset.question').first());
    expect(await stored(page)).toBe(v1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson reads in full and says its knowledge check needs JavaScript; app pages say so too', async ({
    page,
  }) => {
    await page.goto('/learn/what-is-sre/');
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByTestId('needs-script')).toHaveText(/^The knowledge check needs JavaScript/);
    await expect(page.getByText(/loading…/i)).toHaveCount(0);
    for (const [path, what] of [
      ['/progress/', 'Your progress'],
      ['/practice/', 'Practice'],
      ['/certificate/', 'The certificate'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByTestId('needs-script')).toContainText(`${what}`);
      await expect(page.getByText(/loading…/i)).toHaveCount(0);
    }
  });
});

test('framed by another site, the progress page turns off import, restore and erase', async ({ page, baseURL }) => {
  // Another site on this machine frames the page, as a host that ignores _headers would allow.
  const framer = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(
      `<!doctype html><title>Framer</title><iframe src="${baseURL}/progress/" width="900" height="900"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  const { port } = framer.address() as AddressInfo;
  const framerOrigin = `http://127.0.0.1:${port}`;
  await page.route(`${framerOrigin}/**`, (route) => route.continue());
  try {
    await page.goto(`${framerOrigin}/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('framed-notice')).toContainText('shown inside another site');
    await expect(frame.getByRole('button', { name: 'Erase all progress…' })).toBeDisabled();
    await expect(frame.getByLabel('Import a progress file')).toBeDisabled();
  } finally {
    framer.close();
  }
});

test('on its own, the progress page keeps import and erase on', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByRole('button', { name: 'Erase all progress…' })).toBeEnabled();
  await expect(page.getByTestId('framed-notice')).toHaveCount(0);
});
