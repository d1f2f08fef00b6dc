/**
 * The home page follows the learner (issue 9, part 2): a new visitor is offered the first lesson, a returning
 * learner their next lesson, streak, reviews due and progress ring, a learner who has done every lesson the
 * certificate and practice. The learning path shows each lesson's status as a badge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ringDash } from '../../src/lib/ring';
import { TRACK_IDS } from '../../src/lib/tracks';
import { expect, loadBank, seedProgress, test } from './fixtures';

/** Every lesson in path order, read from content/lessons/ (track order, then the file's number). */
const PATH = TRACK_IDS.flatMap((track) => {
  const dir = new URL(`../../content/lessons/${track}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)![1]!.replace(/^['"]|['"]$/g, '');
      return { id: file.replace(/^\d+-/, '').replace(/\.mdx$/, ''), title: field('title'), quiz: field('quiz') };
    });
});
const lesson = (i: number) => PATH[i]!;

/** A finished attempt scoring `percent` of ten points. */
const attempt = (finishedAt: string, percent: number) => ({
  startedAt: finishedAt,
  finishedAt,
  seed: 1,
  points: percent / 10,
  total: 10,
  percent,
  outcomes: {},
});

/** A review item for a question of `lessonId`, due from `due` (a UTC day). */
const review = (lessonId: string, due: string, lastAt: string) => ({ lessonId, step: 0, due, lastAt, lapses: 1 });

/** Waits until the page script has put the learner's own state on the home page. */
async function learnerShown(page: Page) {
  await expect(page.locator('[data-learner][data-learner-ready="true"]')).toHaveCount(1);
}

const startLink = (page: Page) => page.getByRole('link', { name: /^Start with/ });
const continueLink = (page: Page) => page.getByRole('link', { name: /^Continue with/ });

test('a new visitor is offered the first lesson and sees no empty stats', async ({ page }) => {
  await page.goto('/');
  await learnerShown(page);
  await expect(page.locator('[data-learner]')).toHaveAttribute('data-learner-state', 'new');
  const start = startLink(page);
  await expect(start).toBeVisible();
  await expect(start).toHaveText(`Start with “${lesson(0).title}”`);
  await expect(start).toHaveAttribute('href', `/learn/${lesson(0).id}/`);
  await expect(continueLink(page)).toHaveCount(0);
  await expect(page.getByTestId('home-progress')).toBeHidden();
  await expect(page.getByText(/in a row/)).toBeHidden();
  // Four ways in, each a linked card, and no link to a page that does not exist.
  const ways = page.getByRole('region', { name: 'Four ways in' });
  for (const [name, href] of [
    ['Learn', '/learn/'],
    ['Decide', '/decide/'],
    ['compare the two', '/compare/'],
    ['Practise', '/practice/'],
    ['Teach', '/teach/'],
  ] as const) {
    await expect(ways.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(ways.getByRole('link', { name: 'error-budget simulator' })).toHaveAttribute(
    'href',
    '/tools/error-budget/',
  );
  for (const href of await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const res = await page.request.get(href.split('#')[0]!);
    expect(res.status(), href).toBe(200);
  }
});

test.describe('a returning learner', () => {
  // Streak days are the learner's local days: in New York, 22:00 on the 23rd is already the 24th in UTC.
  test.use({ timezoneId: 'America/New_York' });

  const seeded = {
    version: 2,
    lessons: {
      // Read on the 22nd (New York), passed at 90% late on the 23rd (New York), which is the 24th in UTC.
      [lesson(0).id]: { readAt: '2026-11-22T15:00:00.000Z', attempts: [attempt('2026-11-24T03:00:00.000Z', 90)] },
      // Read on the 24th and not passed.
      [lesson(1).id]: { readAt: '2026-11-24T20:00:00.000Z', attempts: [attempt('2026-11-24T20:30:00.000Z', 50)] },
      // Read only.
      [lesson(2).id]: { readAt: '2026-11-24T21:00:00.000Z', attempts: [] },
    },
    reviews: {
      'q-due-1': review(lesson(1).id, '2026-11-24', '2026-11-24T20:30:00.000Z'),
      'q-due-2': review(lesson(1).id, '2026-11-25', '2026-11-24T20:30:00.000Z'),
      'q-later': { ...review(lesson(1).id, '2026-11-28', '2026-11-24T20:30:00.000Z'), step: 2 },
    },
  };

  test.beforeEach(async ({ page }) => {
    // 10:00 on 25 November in New York: yesterday counted, today not yet.
    await page.clock.setFixedTime(new Date('2026-11-25T15:00:00.000Z'));
    await seedProgress(page, JSON.stringify(seeded));
  });

  test('sees Continue with the next lesson, their streak, reviews due and the progress ring', async ({ page }) => {
    await page.goto('/');
    await learnerShown(page);
    // The first lesson not yet passed, in path order: the second (read, but its check not passed).
    const next = continueLink(page);
    await expect(next).toBeVisible();
    await expect(next).toHaveText(`Continue with “${lesson(1).title}”`);
    await expect(next).toHaveAttribute('href', `/learn/${lesson(1).id}/`);
    await expect(startLink(page)).toHaveCount(0);

    const progress = page.getByTestId('home-progress');
    await expect(progress).toBeVisible();
    // 22nd, 23rd and 24th in New York; in UTC the same moments fall on the 22nd and 24th only.
    await expect(page.getByTestId('streak')).toHaveText('3');
    await expect(progress).toContainText('3 days in a row');
    await expect(progress).toContainText('Study today to keep it going.');
    await expect(page.getByTestId('due-count')).toHaveText('2');
    await expect(progress.getByRole('link', { name: 'questions due for review' })).toHaveAttribute(
      'href',
      '/practice/',
    );
    // Three lessons read and one check passed: 4 of 36 halves, 11%.
    const ring = progress.locator('[data-ring]');
    await expect(ring.locator('[data-ring-number]')).toHaveText('11');
    await expect(ring.locator('.ring__value')).toHaveAttribute('stroke-dasharray', ringDash(11));
  });

  test('the swap from the built page to the learner’s state moves nothing below it', async ({ page }) => {
    const headingY = async () => (await page.getByRole('heading', { name: 'Four ways in' }).boundingBox())?.y;
    for (const width of [1280, 375, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await learnerShown(page);
      await expect(page.locator('[data-learner]')).toHaveAttribute('data-learner-state', 'returning');
      const returning = await headingY();
      // A long next-lesson title stays inside the page: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(
        width,
      );
      // The page as built, for a new visitor (the state the script swaps out).
      await page.evaluate(() => localStorage.clear());
      await page.goto('/');
      await learnerShown(page);
      await expect(page.locator('[data-learner]')).toHaveAttribute('data-learner-state', 'new');
      expect(await headingY(), `at ${width} px`).toBe(returning);
      await page.evaluate((v) => localStorage.setItem('fg:progress', v), JSON.stringify(seeded));
    }
  });

  test('the learning path shows each lesson’s status as a badge, and the summary its figures', async ({ page }) => {
    await page.goto('/learn/');
    const status = (i: number) => page.getByTestId(`status-${lesson(i).id}`);
    await expect(status(0)).toHaveText('Passed · 90%');
    await expect(status(0)).toHaveClass(/badge--success/);
    await expect(status(1)).toHaveText('Not passed · 50%');
    await expect(status(1)).toHaveClass(/badge--danger/);
    await expect(status(2)).toHaveText('Read');
    await expect(status(2)).toHaveClass(/badge--info/);
    await expect(status(3)).toHaveText('Not started');
    await expect(status(3)).toHaveAttribute('data-state', 'new');
    // Exactly one icon shows in each badge, the one for its state.
    await expect(status(0).locator('svg:visible')).toHaveCount(1);
    await expect(status(0).locator('.lesson-status__icon--passed')).toBeVisible();
    await expect(status(1).locator('.lesson-status__icon--not-passed')).toBeVisible();

    const summary = page.getByTestId('progress-summary');
    await expect(summary.getByTestId('read-count')).toHaveText('3');
    await expect(summary.getByTestId('passed-count')).toHaveText('1');
    await expect(summary.getByTestId('due-count')).toHaveText('2');
    await expect(summary.locator('[data-ring-number]')).toHaveText('11');
    await expect(summary).toContainText(`3 of ${PATH.length}`);

    // A card is one link: its title.
    const card = page.locator('.lesson-tile').first();
    await expect(card.getByRole('link')).toHaveCount(1);
    await expect(card.getByRole('link')).toHaveText(lesson(0).title);
    const questions = loadBank(lesson(0).quiz).questions.length;
    await expect(card).toContainText(`${questions} questions`);
  });
});

test('a lesson with a check under way shows how far it got', async ({ page }) => {
  const first = lesson(0);
  const questions = loadBank(first.quiz).questions.length;
  await seedProgress(
    page,
    JSON.stringify({
      version: 2,
      lessons: {
        [first.id]: {
          current: {
            seed: 3,
            startedAt: '2026-11-24T10:00:00.000Z',
            answers: { any: { response: ['a'], correct: true, credit: 1, at: '2026-11-24T10:01:00.000Z' } },
          },
          attempts: [],
        },
      },
      reviews: {},
    }),
  );
  await page.goto('/learn/');
  const status = page.getByTestId(`status-${first.id}`);
  await expect(status).toHaveText(`In progress · 1 of ${questions} answered`);
  await expect(status).toHaveClass(/badge--warn/);
});

test('a learner who has done every lesson is pointed to the certificate and practice, never to the start', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00.000Z'));
  const lessons = Object.fromEntries(
    PATH.map((l) => [
      l.id,
      { readAt: '2026-11-20T10:00:00.000Z', attempts: [attempt('2026-11-20T10:30:00.000Z', 100)] },
    ]),
  );
  await seedProgress(page, JSON.stringify({ version: 2, lessons, reviews: {} }));
  await page.goto('/');
  await learnerShown(page);
  await expect(page.locator('[data-learner]')).toHaveAttribute('data-learner-state', 'finished');
  await expect(page.getByText('You have finished every lesson.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See your certificate' })).toHaveAttribute('href', '/certificate/');
  await expect(page.getByRole('link', { name: 'Keep practising' })).toHaveAttribute('href', '/practice/');
  await expect(startLink(page)).toHaveCount(0);
  await expect(continueLink(page)).toHaveCount(0);
  await expect(page.getByTestId('home-progress').locator('[data-ring-number]')).toHaveText('100');
  // Five days since the last activity: the streak is over, and says how to start another.
  await expect(page.getByTestId('streak')).toHaveText('0');
  await expect(page.getByTestId('home-progress')).toContainText('0 days in a row');
  await expect(page.getByTestId('home-progress')).toContainText('Read a lesson or answer a question to start one.');
});
