import { readFileSync } from 'node:fs';
import { encodeSet } from '../../src/lib/teach/set-link';
import { questionKey } from '../../src/lib/teach/question-key';
import { answerAll, axe, axeColours, expect, loadBank, settle, test } from './fixtures';
import { classSet, openJoin } from './teach-helpers';

/** Every page the sitemap lists, as a path. */
function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const paths = sitemapPaths();

// A whole-site sweep: each page hydrates every island and axe scans it all, which on a busy two-core machine can
// take far longer than the default 30 s. The sweep gets its own generous timeout; nothing here waits for time.
test.describe.configure({ timeout: 120_000 });

test('the sitemap lists every page', () => {
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/learn/',
      '/glossary/',
      '/learn/what-is-devops/',
      '/learn/what-is-sre/',
      '/decide/',
      '/decide/team/',
      '/teach/join/',
      '/teach/results/',
      '/teach/',
      '/teach/present/',
      '/teach/speaker/',
      '/teach/print/',
      '/teach/key/',
      '/exports/',
    ]),
  );
});

test('the scans used here find what they must: an image without a text and grey text on white', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const faint = document.createElement('p');
    faint.textContent = 'Faint words';
    faint.style.cssText = 'color:#ccc;background:#fff';
    document.querySelector('main')!.append(img, faint);
  });
  const found = (await axe(page).analyze()).violations.map((v) => v.id);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  expect((await axeColours(page).analyze()).violations.map((v) => v.id)).toEqual(['color-contrast']);
});

// Every page in both themes: loaded and settled once in the light theme, scanned, then switched to dark with the
// header's theme button (as a person does) and scanned again with the colour rules, the only ones a theme can change;
// then switched back, so that the next page opens light. One load per page, and four pages a test in one tab (a
// test's own browser context and first load cost more than a page), keep the sweep within the gate's time.
test.describe('every page, light then dark', () => {
  test.use({ colorScheme: 'light' });
  for (let from = 0; from < paths.length; from += 4) {
    const some = paths.slice(from, from + 4);
    test(`axe finds nothing on ${some.join(', ')}`, async ({ page }) => {
      for (const path of some) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        // Scan the settled page: a scan mid-way once caught the embedded simulator's buttons between two renders.
        await settle(page);
        const scan = async (scheme: 'light' | 'dark') => {
          const results = await (scheme === 'light' ? axe(page) : axeColours(page)).analyze();
          expect
            .soft(
              results.violations.map((v) => `${path} ${scheme}: ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
            )
            .toEqual([]);
        };
        await scan('light');
        await page.locator('[data-theme-toggle]').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        // The simulator's parts off screen are not styled again until they come near the viewport
        // (content-visibility), so axe would read them in the old theme's colours: bring each into view once.
        for (const part of await page.locator('.simulator > section, .simulator__part').all()) {
          await part.scrollIntoViewIfNeeded();
        }
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        await scan('dark');
        await page.locator('[data-theme-toggle]').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      }
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`axe finds nothing on a class quiz on a phone, its end screen and the class results (${scheme})`, async ({
      page,
    }) => {
      const scan = async () => {
        const results = await axe(page).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      };
      const { fragment } = classSet('each');
      await openJoin(page, fragment);
      await page.locator('fieldset[data-question-id] input').first().check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.locator('.feedback__verdict')).toBeVisible();
      await scan();
      await page.getByRole('button', { name: /^Question 6,/ }).click();
      await page.getByRole('button', { name: 'Finish', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Finish anyway' })).toBeVisible();
      await scan();
      await page.getByRole('button', { name: 'Finish anyway' }).click();
      await page.locator('.join-end__details summary').first().click();
      await scan();
      const code = (await page.locator('[data-result-code]').textContent())!;
      await page.goto(`/teach/results/#${fragment}`);
      await page.locator('textarea').fill(`Ana: ${code}\nNOT-A-CODE`);
      await page.getByRole('button', { name: 'Add the codes' }).click();
      await expect(page.locator('[data-learner-code]')).toHaveCount(1);
      await page.getByLabel('Rank learners by score').check();
      await scan();
    });

    test(`axe finds nothing on an answered knowledge check and open search (${scheme})`, async ({ page }) => {
      await page.goto('/learn/what-is-devops/');
      await answerAll(page);
      let results = await axe(page).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('searchbox').fill('error budget');
      await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
      results = await axe(page).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}

test.describe('404 page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('axe finds nothing on the 404 page', async ({ page }) => {
    await page.goto('/missing/');
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

/** Teach (issue 11): the set pages with a set in their link, in the states a trainer sees, in both themes. */
test.describe('Teach pages and /exports/ with a set', () => {
  const fragment = encodeSet({
    version: 1,
    seed: 99,
    timer: 30,
    feedback: 'end',
    keys: ['what-is-devops', 'what-is-sre', 'error-budgets']
      .flatMap((bank) => loadBank(bank).questions.slice(0, 3))
      .map((q) => questionKey(q.id)),
  });
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${scheme} theme`, () => {
      test.use({ colorScheme: scheme });
      test(`axe finds nothing on the builder, presenter, speaker view, printable quiz and key (${scheme})`, async ({
        page,
        context,
      }) => {
        const scan = async (what: string) => {
          const results = await axe(page).analyze();
          expect(results.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
            [],
          );
        };
        for (const path of ['/teach/', '/teach/print/', '/teach/key/']) {
          await page.goto(`${path}#${fragment}`);
          await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
          // The builder's preview with one answer shown.
          if (path === '/teach/') await page.locator('.teach-preview summary').first().click();
          await scan(path);
        }
        await page.goto(`/teach/present/#${fragment}`);
        await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
        await scan('join slide');
        await page.keyboard.press('ArrowRight');
        await scan('question');
        await page.keyboard.press('Space');
        await scan('revealed question');
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
        await scan('keys');
        await page.keyboard.press('Escape');
        const speaker = await context.newPage();
        await speaker.goto(`/teach/speaker/#${fragment}`);
        await expect(speaker.locator('[data-speaker-status="following"]')).toBeVisible();
        const results = await axe(speaker).analyze();
        expect(results.violations.map((v) => `speaker: ${v.id}`)).toEqual([]);
        // Exports (issue 13), after the speaker view (it follows the presenter on `page`): the set's files written,
        // a skipped list shown, a lesson's skipped list open; then a crafted link's message.
        await page.goto(`/exports/#${fragment}`);
        await expect(page.locator('[data-set-status="ready"]')).toBeVisible();
        await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download Kahoot spreadsheet' }).click(),
        ]);
        await expect(page.locator('[data-format="kahoot"] .exports-set__written')).toBeVisible();
        await page.locator('#all-lessons .export-files__skipped summary').first().click();
        await scan('exports with a set');
        await page.goto('/exports/#s=1.<script>');
        await expect(page.locator('[data-set-status="problem"]')).toBeVisible();
        await scan('exports with a crafted link');
      });
    });
  }
});
