/**
 * The progress page as a dashboard (issue 9, part 2): the overall ring and figures, each track's progress, each
 * lesson's standing as a badge, recent activity newest first, due reviews, and the toast that confirms an export.
 * Progress is seeded with fixed dates and the clock is fixed, so every figure and every day in words is known.
 */
import type { Page } from '@playwright/test';
import { axe, expect, seedProgress, test } from './fixtures';

test.use({ timezoneId: 'UTC' });

const NOW = new Date('2026-11-25T12:00:00.000Z');

/** A finished attempt at `finishedAt` scoring `points` of `total`, with one outcome per question. */
function attempt(finishedAt: string, points: number, total: number) {
  const outcomes = Object.fromEntries(Array.from({ length: total }, (_, i) => [`q${i + 1}`, i < points ? 1 : 0]));
  return {
    startedAt: finishedAt,
    finishedAt,
    seed: 1,
    points,
    total,
    percent: Math.round((points / total) * 100),
    outcomes,
  };
}

const review = (lessonId: string, step: number, due: string) => ({
  lessonId,
  step,
  due,
  lastAt: '2026-11-20T10:00:00.000Z',
  lapses: 1,
});

const SEEDED = JSON.stringify({
  version: 2,
  lessons: {
    // Foundations: passed on the second try, failed once, read only.
    'what-is-devops': {
      readAt: '2026-11-18T09:00:00.000Z',
      attempts: [attempt('2026-11-18T09:30:00.000Z', 6, 12), attempt('2026-11-20T10:00:00.000Z', 11, 12)],
    },
    'what-is-sre': { readAt: '2026-11-22T08:00:00.000Z', attempts: [attempt('2026-11-22T08:40:00.000Z', 5, 10)] },
    'devops-vs-sre': { readAt: '2026-11-24T18:00:00.000Z', attempts: [] },
    // DevOps: read today.
    'culture-and-collaboration': { readAt: '2026-11-25T10:00:00.000Z', attempts: [] },
    // SRE: read and passed in October.
    'slis-slos-slas': {
      readAt: '2026-10-30T09:00:00.000Z',
      attempts: [attempt('2026-10-30T09:45:00.000Z', 8, 10)],
    },
  },
  reviews: {
    'sre-a': review('what-is-sre', 0, '2026-11-22'),
    'sre-b': review('what-is-sre', 1, '2026-11-24'),
    'slo-a': review('slis-slos-slas', 2, '2026-11-28'),
    // A lesson this site no longer has: never counted.
    'gone-a': review('retired-lesson', 0, '2026-11-20'),
  },
});

async function openSeeded(page: Page) {
  await page.clock.setFixedTime(NOW);
  await seedProgress(page, SEEDED);
  await page.goto('/progress/');
  await expect(page.getByTestId('progress-page')).toBeVisible();
}

const stat = (page: Page, label: string) =>
  page
    .locator('.stat')
    .filter({ has: page.locator('.stat__label', { hasText: label }) })
    .locator('.stat__value');

test('the overall ring and the figures in words', async ({ page }) => {
  await openSeeded(page);
  const overall = page.getByTestId('overall');
  // 5 lessons read and 2 checks passed of 18 lessons, each counting half: 7 / 36 = 19%.
  await expect(overall.locator('.ring__number')).toHaveText('19%');
  await expect(overall.locator('.ring__caption')).toHaveText('complete');
  await expect(overall.getByRole('heading', { level: 2, name: 'Overall' })).toBeVisible();
  await expect(stat(page, 'Lessons read')).toHaveText('5 of 18');
  await expect(stat(page, 'Checks passed')).toHaveText('2 of 18');
  // 12 + 12 + 10 + 10 questions in the five finished attempts.
  await expect(stat(page, 'Questions answered')).toHaveText('44');
  await expect(stat(page, 'Due for review')).toHaveText('2');
  // The first lesson not yet passed, in path order.
  await expect(
    overall.getByRole('link', { name: 'Continue with What is site reliability engineering?' }),
  ).toHaveAttribute('href', '/learn/what-is-sre/');
});

test('each track shows lessons read and checks passed, in its colour', async ({ page }) => {
  await openSeeded(page);
  const tracks = page.getByRole('heading', { level: 3 });
  await expect(tracks).toHaveText(['Foundations', 'DevOps practices', 'SRE practices', 'Choosing for your team']);

  const foundations = page.getByTestId('track-foundations');
  await expect(foundations.getByLabel('Lessons read')).toHaveJSProperty('value', 3);
  await expect(foundations.getByLabel('Lessons read')).toHaveJSProperty('max', 3);
  await expect(foundations.getByLabel('Checks passed')).toHaveJSProperty('value', 1);
  await expect(foundations.locator('.track-card__bars')).toContainText('Lessons read 3 of 3');
  await expect(foundations.locator('.track-card__bars')).toContainText('Checks passed 1 of 3');
  // (3 + 1) / 6 = 67%; a neutral badge, as Foundations is neither DevOps nor SRE.
  await expect(foundations.locator('.track-card__head .badge')).toHaveText('67% complete');
  await expect(foundations.locator('.track-card__head .badge')).toHaveClass('badge');

  const devops = page.getByTestId('track-devops');
  await expect(devops.locator('.track-card__bars')).toContainText('Lessons read 1 of 5');
  await expect(devops.locator('.track-card__bars')).toContainText('Checks passed 0 of 5');
  await expect(devops.locator('.track-card__head .badge')).toHaveText('10% complete');
  await expect(devops.locator('.track-card__head .badge')).toHaveClass(/badge--devops/);

  const sre = page.getByTestId('track-sre');
  await expect(sre.locator('.track-card__bars')).toContainText('Lessons read 1 of 8');
  await expect(sre.locator('.track-card__bars')).toContainText('Checks passed 1 of 8');
  await expect(sre.locator('.track-card__head .badge')).toHaveText('13% complete');
  await expect(sre.locator('.track-card__head .badge')).toHaveClass(/badge--sre/);

  await expect(page.getByTestId('track-choosing').locator('.track-card__head .badge')).toHaveText('0% complete');
});

test("each lesson's best score is a badge in words, with when it was read", async ({ page }) => {
  await openSeeded(page);
  const lesson = (id: string) => page.getByTestId(`lesson-${id}`);
  await expect(lesson('what-is-devops').locator('.badge')).toHaveText('Passed · 92%');
  await expect(lesson('what-is-devops').locator('.badge')).toHaveClass(/badge--success/);
  await expect(lesson('what-is-sre').locator('.badge')).toHaveText('Not passed · 50%');
  await expect(lesson('devops-vs-sre').locator('.badge')).toHaveText('Read');
  await expect(lesson('continuous-integration').locator('.badge')).toHaveText('Not started');
  await expect(lesson('slis-slos-slas').locator('.badge')).toHaveText('Passed · 80%');

  await expect(lesson('what-is-devops')).toContainText('Read 18 November · 2 attempts');
  await expect(lesson('what-is-sre')).toContainText('Read 3 days ago · 1 attempt · 2 due for review');
  await expect(lesson('devops-vs-sre')).toContainText('Read yesterday');
  await expect(lesson('culture-and-collaboration')).toContainText('Read today');
  await expect(lesson('what-is-sre').getByRole('link')).toHaveAttribute('href', '/learn/what-is-sre/');
  // No table of dashes and zeros.
  await expect(page.locator('.progress-page table')).toHaveCount(0);
});

test('recent activity lists the last eight things done, newest first, with days in words', async ({ page }) => {
  await openSeeded(page);
  const items = page.getByTestId('activity').getByRole('listitem');
  await expect(items).toHaveText([
    /^Read Culture and collaboration\s+today$/,
    /^Read DevOps vs SRE: a side-by-side comparison\s+yesterday$/,
    /^Knowledge check of What is site reliability engineering\? Not passed · 50%\s+3 days ago$/,
    /^Read What is site reliability engineering\?\s+3 days ago$/,
    /^Knowledge check of What is DevOps\? Passed · 92%\s+5 days ago$/,
    /^Knowledge check of What is DevOps\? Not passed · 50%\s+18 November$/,
    /^Read What is DevOps\?\s+18 November$/,
    /^Knowledge check of SLIs, SLOs and SLAs Passed · 80%\s+30 October$/,
  ]);
  await expect(items.first().locator('time')).toHaveAttribute('datetime', '2026-11-25T10:00:00.000Z');
});

test('due reviews: how many now, when the next fall due, and the way to the review', async ({ page }) => {
  await openSeeded(page);
  await expect(page.getByTestId('due-summary')).toHaveText(
    '2 questions are due for review now. More fall due in 3 days.',
  );
  await page.getByRole('link', { name: 'Start the review' }).click();
  await expect(page).toHaveURL(/\/practice\/$/);
});

test('a learner with no progress sees where to start, and nothing due', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/progress/');
  await expect(page.getByTestId('overall').locator('.ring__number')).toHaveText('0%');
  await expect(page.getByRole('link', { name: 'Start with What is DevOps?' })).toBeVisible();
  await expect(page.getByTestId('due-summary')).toHaveText('Nothing is due for review right now.');
  await expect(page.getByRole('link', { name: 'Go to practice' })).toHaveAttribute('href', '/practice/');
  await expect(
    page.getByText('Nothing yet. Lessons you read and knowledge checks you finish show here.'),
  ).toBeVisible();
  await expect(page.getByTestId('lesson-what-is-devops').locator('.badge')).toHaveText('Not started');
});

test('exporting is confirmed by a toast, announced as a status', async ({ page }) => {
  await openSeeded(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('field-guide-progress-2026-11-25.json');
  const toast = page.getByRole('status').filter({ has: page.locator('.toast') });
  await expect(toast).toContainText('Progress exported to field-guide-progress-2026-11-25.json.');
  await expect(page.getByTestId('export-status')).toHaveText(
    'Progress exported to field-guide-progress-2026-11-25.json.',
  );
});

test('the backup area works by keyboard: export, then the file picker, then erase', async ({ page }) => {
  await openSeeded(page);
  const exportButton = page.getByRole('button', { name: 'Export progress (JSON)' });
  await exportButton.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import a progress file')).toBeFocused();
  await expect(page.locator('.file-button')).toHaveCSS('outline-style', 'solid');
  const erase = page.getByRole('button', { name: 'Erase all progress…' });
  await erase.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(erase).toBeFocused();
  await expect(page.getByTestId('lesson-what-is-devops').locator('.badge')).toHaveText('Passed · 92%');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the filled dashboard (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSeeded(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.getByTestId('activity')).toBeVisible();
    await page.getByRole('button', { name: 'Export progress (JSON)' }).click();
    await expect(page.locator('.toast')).toBeVisible();
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('the filled dashboard fits a 320 px phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openSeeded(page);
  await expect(page.getByTestId('activity')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
});
