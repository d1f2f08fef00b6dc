/**
 * Layout on small and large screens (issue 9): no page scrolls sideways at 320 px, even with a categorise question
 * open; lesson tables wrap only between words and scroll inside themselves; the phone header is one row.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerSome, expect, openQuiz, PROGRESS_KEY, settle, test } from './fixtures';

/** Every page the sitemap lists, as a path. */
const paths = [
  ...readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
].map((m) => new URL(m[1]!).pathname);
const lessons = paths.filter((p) => /^\/learn\/[^/]+\/$/.test(p));

/** How far the page reaches past the right edge of the window, in CSS pixels (0 when it does not scroll sideways). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the sitemap lists the pages this spec walks', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(18);
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/practice/',
      '/glossary/',
      '/certificate/',
      '/decide/',
      '/decide/team/',
      '/teach/join/',
      '/teach/results/',
    ]),
  );
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Ten pages a test, one tab walking them: a test's own browser context and first load cost more than the check.
  for (let from = 0; from < paths.length; from += 10) {
    const some = paths.slice(from, from + 10);
    test(`no page scrolls sideways: ${some[0]} to ${some.at(-1)}`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of some) {
        await page.goto(path);
        // Every island hydrated and the fonts in (a fallback font's other widths are not the page's layout); then
        // lazy islands brought into view so that what they render counts too.
        await settle(page);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect.soft(await sideways(page), path).toBeLessThanOrEqual(0);
      }
    });
  }

  test('a categorise question fits, before and after it is answered', async ({ page }) => {
    await page.goto('/learn/what-is-devops/');
    const quiz = await openQuiz(page);
    const q = quiz.locator('fieldset.question[data-type="categorise"]').first();
    await q.scrollIntoViewIfNeeded();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // The statements are not clipped: each is as wide as it needs and ends inside the question.
    const clipped = await q.locator('.sort-item label, .sort-item select').evaluateAll((els) =>
      els.filter((el) => {
        const box = el.getBoundingClientRect();
        return el.scrollWidth > el.clientWidth + 1 || box.right > document.documentElement.clientWidth;
      }),
    );
    expect(clipped).toHaveLength(0);
    await answerSome(q);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('a categorise question due for review fits on /practice/', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((key) => {
      const at = '2026-01-10T10:00:00.000Z';
      const item = { lessonId: 'what-is-devops', step: 0, due: '2026-01-11', lastAt: at, lapses: 1 };
      localStorage.setItem(
        key,
        JSON.stringify({ version: 2, lessons: {}, reviews: { 'devops-sort-three-ways': item } }),
      );
    }, PROGRESS_KEY);
    await page.goto('/practice/');
    await page.getByRole('button', { name: 'Start the review' }).click();
    const q = page.getByTestId('practice').locator('fieldset.question[data-type="categorise"]');
    await expect(q).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await answerSome(q);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});

for (const width of [375, 1280]) {
  test.describe(`lesson tables at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('no table cell breaks a word, and no lesson scrolls sideways', async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of lessons) {
        await page.goto(path);
        await expect(page.locator('.prose')).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        // A word broken across lines shows as one Range with client rects on more than one line.
        const broken = await page.locator('.prose').evaluate((prose) => {
          const found: string[] = [];
          for (const cell of prose.querySelectorAll('td, th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) found.push(m[0]);
              }
            }
          }
          return found;
        });
        expect.soft(broken, path).toEqual([]);
        expect.soft(await sideways(page), path).toBeLessThanOrEqual(0);
      }
    });
  });
}

test.describe('a table wider than a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('scrolls inside itself and can be scrolled from the keyboard', async ({ page }) => {
    // Several lessons have tables too wide for 320 px once their words stay whole; take the first.
    let found = false;
    for (const path of lessons) {
      await page.goto(path);
      const wide = page.locator('.prose table:not(.table-wrap > table)[tabindex="0"]');
      if ((await page.locator('.prose table:not(.table-wrap > table)').count()) === 0) continue;
      await expect(page.locator('.prose table:not(.table-wrap > table)').first()).toBeVisible();
      const overflows = await page
        .locator('.prose table:not(.table-wrap > table)')
        .evaluateAll((ts) => ts.filter((t) => t.scrollWidth > t.clientWidth + 1).length);
      if (overflows === 0) continue;
      await expect(wide).toHaveCount(overflows);
      const table = wide.first();
      // Still a table to assistive technology, named by its first headers.
      await expect(table).toHaveAccessibleName(/^Table: /);
      await expect(page.getByRole('table', { name: /^Table: / }).first()).toBeVisible();
      await table.focus();
      await expect(table).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => table.evaluate((t) => t.scrollLeft)).toBeGreaterThan(0);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      found = true;
      break;
    }
    expect(found, 'some lesson has a table that scrolls at 320 px').toBe(true);
  });
});

for (const width of [320, 375]) {
  test.describe(`the header at ${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    test('is one row, at most 64 px tall, with every section in its menu by keyboard', async ({ page }) => {
      await page.goto('/learn/what-is-devops/');
      const header = page.locator('.site-header');
      const height = await header.evaluate((h) => h.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(64);
      // One row: the name, the menu button, search and theme all share one line.
      const rows = await header.locator('.site-header__inner > *').evaluateAll((els) => {
        const boxes = els.map((el) => el.getBoundingClientRect()).filter((b) => b.height > 0);
        return boxes.filter((b) => b.top >= boxes[0]!.bottom || b.bottom <= boxes[0]!.top).length;
      });
      expect(rows).toBe(0);

      const menu = page.getByRole('navigation', { name: 'Main' });
      const glossary = menu.getByRole('link', { name: 'Glossary' });
      const certificate = menu.getByRole('link', { name: 'Certificate' });
      await expect(glossary).toBeHidden();
      // From the top of the page by keyboard: skip link, site name, then the menu button.
      await page.locator('body').focus();
      const button = menu.locator('summary');
      for (let i = 0; i < 5 && !(await button.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(button).toBeFocused();
      await expect(button).toHaveAccessibleName('Menu');
      await page.keyboard.press('Enter');
      await expect(glossary).toBeVisible();
      for (let i = 0; i < 10 && !(await glossary.evaluate((a) => a === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(glossary).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(certificate).toBeFocused();
      // The open menu lies over the page; the header keeps its height.
      expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBe(height);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      // Escape closes it and gives focus back to its button.
      await page.keyboard.press('Escape');
      await expect(glossary).toBeHidden();
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      await certificate.click();
      await expect(page).toHaveURL(/\/certificate\/$/);
    });
  });
}

for (const width of [1184, 1280, 1920]) {
  test.describe(`the header at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('lists every section in one row, with no menu button, and the site name on one line', async ({ page }) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.locator('summary')).toBeHidden();
      for (const name of [
        'Learn',
        'Compare',
        'Decide',
        'Teach',
        'Tools',
        'Practice',
        'Progress',
        'Glossary',
        'Certificate',
      ]) {
        await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      }
      const header = page.locator('.site-header');
      expect(await header.evaluate((h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
      // One line of the name is 17 px × 1.2; two would be over 40.
      const name = page.locator('.site-name__text');
      expect(await name.evaluate((n) => n.getBoundingClientRect().height)).toBeLessThanOrEqual(30);
      await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    });
  });
}
