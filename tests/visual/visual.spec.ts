import { expect, test } from '@playwright/test';
import { loadQuestionnaire } from '../../src/data/decide';
import { encodeAnswers } from '../../src/lib/decide/link';
import { settle } from '../e2e/fixtures';
import { bank } from '../fixtures/decide-personas';

/**
 * Visual regression: the design system and the product's main pages, on a phone and a laptop, in both themes,
 * compared with the committed baselines in tests/visual/__screenshots__/. A learner's progress is seeded with
 * fixed dates and the clock is fixed, so every run draws the same thing. The tolerance absorbs anti-aliasing
 * differences between machines; a changed colour, spacing or layout still fails.
 *
 * After an intended visual change: `npm run test:visual -- --update-snapshots`, look at every changed image, and
 * commit them with the change.
 */

const NOW = new Date('2026-11-20T09:00:00.000Z');

/** A learner two weeks in: DevOps foundations read and passed, one SRE check failed, reviews due. */
const PROGRESS = {
  version: 2,
  lessons: {
    'what-is-devops': {
      readAt: '2026-11-10T08:00:00.000Z',
      attempts: [
        {
          startedAt: '2026-11-10T08:10:00.000Z',
          finishedAt: '2026-11-10T08:20:00.000Z',
          seed: 7,
          points: 11,
          total: 12,
          percent: 92,
          outcomes: {},
        },
      ],
    },
    'what-is-sre': {
      readAt: '2026-11-18T18:00:00.000Z',
      attempts: [
        {
          startedAt: '2026-11-18T18:10:00.000Z',
          finishedAt: '2026-11-18T18:25:00.000Z',
          seed: 3,
          points: 6,
          total: 12,
          percent: 50,
          outcomes: {},
        },
      ],
    },
    'slis-slos-slas': { readAt: '2026-11-19T19:00:00.000Z', attempts: [] },
  },
  reviews: {},
};

const PAGES = [
  { name: 'home', path: '/' },
  // The lesson's first screen: its long text would make a picture of megabytes that says little more.
  { name: 'lesson', path: '/learn/error-budgets/', screen: true },
  // The check's first question: the whole check, as one tall element, and its short summary box did not
  // photograph the same way twice in a row (fractional offsets after scrolling).
  { name: 'knowledge-check', path: '/learn/error-budgets/?seed=1#quiz', part: '#quiz .quiz__list > :first-child' },
  { name: 'progress', path: '/progress/' },
  // The simulator's first screen (the SLO and budget figures) and, apart, its chart: sections off screen skip
  // rendering (content-visibility: auto), so a full-page picture would show them blank.
  { name: 'simulator', path: '/tools/error-budget/', screen: true },
  { name: 'simulator-chart', path: '/tools/error-budget/', part: '.simulator__part:has(h2[id$="-sim-chart"])' },
  { name: 'certificate', path: '/certificate/' },
  // Decide: its first question, and the first screen of a result (the recommendation and where the chart starts).
  { name: 'decide-question', path: '/decide/', screen: true },
  { name: 'decide-result', path: `/decide/#${encodeAnswers(loadQuestionnaire(), bank.answers)}`, screen: true },
] as const;

const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

// /design/ draws both themes itself, side by side on a laptop; on a phone each theme's panel is photographed apart
// (the page as one picture would be taller than a browser can capture).
for (const size of SIZES) {
  test(`design system, ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/design/');
    await page.evaluate(() => document.fonts.ready);
    if (size.name === 'laptop') {
      await expect(page).toHaveScreenshot(`design-${size.name}.png`, { fullPage: true, animations: 'disabled' });
    } else {
      for (const theme of ['light', 'dark']) {
        await expect(page.getByTestId(`design-${theme}`)).toHaveScreenshot(`design-${size.name}-${theme}.png`, {
          animations: 'disabled',
        });
      }
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test.describe(`${theme}, ${size.name}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, colorScheme: theme });

      for (const p of PAGES) {
        test(p.name, async ({ page }) => {
          await page.clock.setFixedTime(NOW);
          await page.addInitScript((doc) => localStorage.setItem('fg:progress', doc), JSON.stringify(PROGRESS));
          await page.goto(p.path);
          await settle(page);
          // A part is taken as a clip of whole pixels from its box: an element on a fractional pixel came out one pixel
          // taller or shorter from run to run (415 or 416 px), which fails whatever the pixel limits.
          let clip: { x: number; y: number; width: number; height: number } | undefined;
          if ('part' in p) {
            // Scrolled to first: an island below the fold renders when it comes into view.
            await page.locator(p.part).scrollIntoViewIfNeeded();
            await settle(page);
            const box = await page.locator(p.part).evaluate((el) => {
              const r = el.getBoundingClientRect();
              return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
            });
            clip = {
              x: Math.floor(box.x),
              y: Math.floor(box.y),
              width: Math.ceil(box.width),
              height: Math.ceil(box.height),
            };
          }
          await expect(page).toHaveScreenshot(`${p.name}-${size.name}-${theme}.png`, {
            ...(clip ? { clip } : {}),
            // A clip is in the whole page's coordinates, so a part taller than the screen is taken whole.
            fullPage: !('screen' in p),
            // A part of the page lands on a fractional pixel after scrolling, which shifts its anti-aliasing: it gets a
            // share of its pixels instead of the whole pages' 100 (Playwright takes the stricter of the two limits).
            ...('part' in p ? { maxDiffPixels: Number.MAX_SAFE_INTEGER, maxDiffPixelRatio: 0.05 } : {}),
            animations: 'disabled',
            caret: 'hide',
          });
        });
      }
    });
  }
}
