import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { TRACKS } from '../../src/lib/tracks';
import { axe, expect, loadBank, PROGRESS_KEY, seedProgress, test } from './fixtures';

/** A lesson of the path as authored: id, title, track, order and its knowledge check's size. */
interface PathLesson {
  id: string;
  title: string;
  track: string;
  order: number;
  questions: number;
}

/** Every lesson, in path order (track, then order), read from content/ as the build reads it. */
function pathLessons(): PathLesson[] {
  const root = new URL('../../content/lessons/', import.meta.url);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(new URL(f, root), 'utf8');
      const front = parse(text.split(/^---$/m)[1]!) as { title: string; track: string; order: number; quiz: string };
      return {
        id: f
          .split('/')
          .pop()!
          .replace(/^\d+-/, '')
          .replace(/\.mdx$/, ''),
        title: front.title,
        track: front.track,
        order: front.order,
        questions: loadBank(front.quiz).questions.length,
      };
    })
    .sort(
      (a, b) =>
        TRACKS.findIndex((t) => t.id === a.track) - TRACKS.findIndex((t) => t.id === b.track) || a.order - b.order,
    );
}

const LESSONS = pathLessons();

/** A stored progress document whose lessons have these finished attempts (percent, finish time), oldest first. */
function progressWith(attempts: Record<string, [percent: number, finishedAt: string][]>): string {
  const lessons = Object.fromEntries(
    Object.entries(attempts).map(([id, list]) => [
      id,
      {
        readAt: list[0]![1],
        attempts: list.map(([percent, at]) => ({
          startedAt: at,
          finishedAt: at,
          seed: 1,
          points: (percent / 100) * 12,
          total: 12,
          percent,
          outcomes: {},
        })),
      },
    ]),
  );
  return JSON.stringify({ version: 2, lessons, reviews: {} });
}

/**
 * Every check passed. The last lesson of the path is the last to be passed, on 20 November 2026; another lesson's
 * check is retaken (and passed again) later, which must not move the date of completion.
 */
function completedPath(): { stored: string; best: Map<string, number> } {
  const attempts: Record<string, [number, string][]> = {};
  const scores = [85, 90, 95, 100];
  LESSONS.forEach((l, i) => {
    attempts[l.id] = [[scores[i % 4]!, `2026-11-${String(1 + i).padStart(2, '0')}T12:00:00.000Z`]];
  });
  attempts[LESSONS.at(-1)!.id] = [
    [60, '2026-11-19T12:00:00.000Z'],
    [90, '2026-11-20T12:00:00.000Z'],
  ];
  attempts[LESSONS[0]!.id]!.push([100, '2026-11-28T12:00:00.000Z']);
  const best = new Map(LESSONS.map((l) => [l.id, Math.max(...attempts[l.id]!.map(([p]) => p))]));
  return { stored: progressWith(attempts), best };
}

const sheet = (page: Page) => page.getByTestId('certificate-sheet');

// Dates are written in the learner's time zone: fix it, so 12:00 UTC is the same day wherever the test runs.
test.use({ timezoneId: 'UTC' });

test('locked, the certificate shows checks passed per track, the next lessons to pass as links, and a preview', async ({
  page,
}) => {
  // The first seven lessons of the path passed, the eighth tried at 75%.
  const attempts: Record<string, [number, string][]> = {};
  for (const l of LESSONS.slice(0, 7)) attempts[l.id] = [[90, '2026-11-10T12:00:00.000Z']];
  attempts[LESSONS[7]!.id] = [[75, '2026-11-11T12:00:00.000Z']];
  await seedProgress(page, progressWith(attempts));
  await page.goto('/certificate/');

  const locked = page.getByTestId('certificate-locked');
  await expect(locked.getByRole('heading', { name: `7 of ${LESSONS.length} checks passed` })).toBeVisible();
  await expect(locked).toContainText(`${LESSONS.length - 7} of ${LESSONS.length} still to pass`);
  await expect(locked.locator('.ring__number')).toHaveText(`${Math.round((7 / LESSONS.length) * 100)}%`);
  // Per track: each bar says how many of its lessons are passed.
  for (const track of TRACKS) {
    const inTrack = LESSONS.filter((l) => l.track === track.id);
    const passed = inTrack.filter((l) => LESSONS.indexOf(l) < 7).length;
    const row = locked.getByRole('listitem').filter({ hasText: track.title });
    await expect(row.getByRole('progressbar')).toHaveAttribute('value', String(passed));
    await expect(row).toContainText(`${passed} of ${inTrack.length}`);
  }

  // The next three lessons to pass, in path order, the one already tried with its best score.
  const next = page.getByTestId('certificate-next').getByRole('listitem');
  await expect(next).toHaveCount(3);
  await expect(next.getByRole('link')).toHaveText(LESSONS.slice(7, 10).map((l) => l.title));
  await expect(next.nth(0)).toContainText('best so far 75%');
  await expect(next.nth(1)).toContainText('not taken yet');
  await expect(locked).toContainText(`And ${LESSONS.length - 10} more`);

  // The preview: the sheet's design with blanks, the same plain statement, and nothing to print yet.
  await expect(sheet(page)).toContainText('Your name');
  await expect(page.getByTestId('certificate-date')).toHaveText('Not yet');
  await expect(page.getByTestId('certificate-note')).toHaveText(
    'This certificate records progress kept in this browser. It is not a verified credential: anyone can edit their browser’s storage.',
  );
  await expect(page.getByRole('button', { name: /print/i })).toHaveCount(0);

  await next.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/learn/${LESSONS[7]!.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS[7]!.title);

  await page.goBack();
  await page.getByRole('link', { name: 'the whole learning path' }).click();
  await expect(page).toHaveURL(/\/learn\/$/);
});

test('earned, the certificate names the learner, what was completed, when and how well, and says what it is not', async ({
  page,
}) => {
  const { stored, best } = completedPath();
  const averageOf = (ls: PathLesson[]) => Math.round(ls.reduce((n, l) => n + best.get(l.id)!, 0) / ls.length);
  await seedProgress(page, stored);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/certificate/');

  await expect(page.getByTestId('certificate-locked')).toHaveCount(0);
  const print = page.getByRole('button', { name: 'Print or save as PDF' });
  await expect(print).toBeDisabled();
  await expect(page.getByTestId('certificate-name')).toHaveText('Your name');
  await page.getByLabel(/Your name/).fill('Grace Hopper');
  await expect(page.getByTestId('certificate-name')).toHaveText('Grace Hopper');
  await expect(print).toBeEnabled();

  const questions = LESSONS.reduce((n, l) => n + l.questions, 0);
  await expect(page.getByTestId('certificate-what')).toHaveText(
    `has completed the DevOps & SRE Field Guide learning path: ${LESSONS.length} lessons in ${TRACKS.length} tracks, ` +
      `passing all ${LESSONS.length} knowledge checks (${questions} questions) with 80% or more.`,
  );
  const tracks = sheet(page).getByRole('list', { name: 'Tracks completed' }).getByRole('listitem');
  await expect(tracks).toHaveCount(TRACKS.length);
  for (const [i, track] of TRACKS.entries()) {
    const inTrack = LESSONS.filter((l) => l.track === track.id);
    await expect(tracks.nth(i)).toHaveText(`${track.title}${inTrack.length} lessons · average ${averageOf(inTrack)}%`);
  }
  // The date the last check was first passed, not a later retake.
  await expect(page.getByTestId('certificate-date')).toHaveText('20 November 2026');
  await expect(page.getByTestId('certificate-date').locator('time')).toHaveAttribute(
    'datetime',
    '2026-11-20T12:00:00.000Z',
  );
  await expect(page.getByTestId('certificate-average')).toHaveText(`${averageOf(LESSONS)}%`);
  await expect(page.getByTestId('certificate-note')).toContainText(
    'This certificate records progress kept in this browser. It is not a verified credential',
  );
  await expect(page.getByTestId('certificate-seal')).toBeVisible();

  // Landscape on a laptop screen.
  const box = (await sheet(page).boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height);

  // The button prints (the browser's dialog is replaced here by a counter).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '1');
  });
  await print.click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1');

  // On a 320 px phone the sheet stacks: nothing scrolls sideways, and the longest name still fits.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByLabel(/Your name/).fill('Wolfgang Amadeus Theophilus Mozart-Bartholdy von Hohenzollern-Sigmaringen');
  await expect(page.getByTestId('certificate-name')).toContainText('Wolfgang');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const phone = (await sheet(page).boundingBox())!;
  expect(phone.width).toBeLessThanOrEqual(320);
});

/** Printable areas, in CSS px (96 per inch), of a landscape page with the stylesheet's 10 mm margins. */
const PAPERS = [
  {
    name: 'A4',
    format: 'A4',
    width: Math.floor(((297 - 20) / 25.4) * 96),
    height: Math.floor(((210 - 20) / 25.4) * 96),
  },
  {
    name: 'Letter',
    format: 'Letter',
    width: Math.floor(((279.4 - 20) / 25.4) * 96),
    height: Math.floor(((215.9 - 20) / 25.4) * 96),
  },
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test(`printed, the sheet alone fills one landscape page of A4 or Letter, in light colours`, async ({ page }) => {
      await seedProgress(page, completedPath().stored);
      await page.goto('/certificate/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      // The longest name the field takes (80 characters), the worst case for fitting one page.
      await page.getByLabel(/Your name/).fill('M'.repeat(20) + ' ' + 'Wide Name '.repeat(6).trim());
      await expect(page.getByTestId('certificate-name')).toContainText('Wide Name');

      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      for (const hidden of [
        page.locator('.site-header'),
        page.locator('.site-footer'),
        page.getByRole('heading', { name: 'Certificate', exact: true }),
        page.getByLabel(/Your name/),
        page.getByRole('button', { name: 'Print or save as PDF' }),
      ]) {
        await expect(hidden).toBeHidden();
      }
      await expect(sheet(page)).toBeVisible();
      await expect(page.getByTestId('certificate-note')).toBeVisible();
      // Paper is white and ink is black, whatever the screen theme.
      expect(await sheet(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await page.getByTestId('certificate-name').evaluate((el) => getComputedStyle(el).color)).toBe(
        'rgb(0, 0, 0)',
      );

      for (const paper of PAPERS) {
        // Lay the page out at the paper's printable area: the sheet must fit it, and the document be no taller.
        await page.setViewportSize({ width: paper.width, height: paper.height });
        const box = (await sheet(page).boundingBox())!;
        expect(box.x, paper.name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, paper.name).toBeLessThanOrEqual(paper.width);
        expect(box.y + box.height, paper.name).toBeLessThanOrEqual(paper.height);
        expect(box.width, paper.name).toBeGreaterThan(box.height);
        const fits = await page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          // Nothing inside the sheet spills out of it.
          spill: [...document.querySelectorAll('[data-testid="certificate-sheet"] *')].some((el) => {
            const r = el.getBoundingClientRect();
            const s = document.querySelector('[data-testid="certificate-sheet"]')!.getBoundingClientRect();
            return r.bottom > s.bottom + 0.5 || r.right > s.right + 0.5;
          }),
        }));
        expect(fits.height, paper.name).toBeLessThanOrEqual(paper.height);
        expect(fits.spill, paper.name).toBe(false);

        // And Chromium's own print to PDF makes one page of it.
        const pdf = await page.pdf({ format: paper.format, landscape: true, preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
        expect(pages.length, paper.name).toBe(1);
      }
    });

    test('axe finds nothing on the certificate, locked with some progress and earned', async ({ page }) => {
      await seedProgress(page, progressWith({ [LESSONS[0]!.id]: [[75, '2026-11-10T12:00:00.000Z']] }));
      await page.goto('/certificate/');
      await expect(page.getByTestId('certificate-locked')).toContainText('best so far 75%');
      let results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, completedPath().stored]);
      await page.reload();
      await page.getByLabel(/Your name/).fill('Ada Lovelace');
      await expect(page.getByTestId('certificate-name')).toHaveText('Ada Lovelace');
      results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  });
}
