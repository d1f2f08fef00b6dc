/**
 * The paper side of a set (issue 13, item 3): /teach/print/ and /teach/key/ for a lesson's twelve questions and for
 * every question of every bank, on A4 and US Letter. Checked: the PDF is made on both sizes with a sane number of
 * pages and the size chosen on the page; each question has a pen layout (a box per option, a ruled box with the unit,
 * a box per step, a tick grid) and no question is taller than a page, with breaks inside it avoided; in print, with a
 * dark screen theme, the paper is white and has no header, navigation, footer or button; the paper size is chosen
 * by keyboard and kept in the address; a crafted paper size is named in plain words; axe finds nothing.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Question } from '../../src/lib/quiz';
import { questionKey } from '../../src/lib/teach/question-key';
import { encodeSet, MAX_SET_QUESTIONS } from '../../src/lib/teach/set-link';
import { axe, expect, loadBank, test } from './fixtures';
import { CLASS_QUESTIONS } from './teach-helpers';

const ALL: Question[] = readdirSync(new URL('../../content/quizzes/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => loadBank(f.replace(/\.yaml$/, '')).questions as Question[]);
const byId = new Map(ALL.map((q) => [q.id, q]));
const LESSON = loadBank('what-is-devops').questions.map((q) => q.id);

/** A set of the questions `ids`, as a fragment (without `#`). */
const fragmentOf = (ids: readonly string[]) =>
  encodeSet({ version: 1, seed: 4242, timer: 30, feedback: 'end', keys: ids.map(questionKey) });

/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;
/** The printable area of each paper inside print-set.css's 15 mm margins, in CSS pixels. */
const PAPER = {
  a4: { format: 'A4', width: (210 - 30) * PX_PER_MM, height: (297 - 30) * PX_PER_MM, points: [595.92, 842.88] },
  letter: { format: 'Letter', width: (215.9 - 30) * PX_PER_MM, height: (279.4 - 30) * PX_PER_MM, points: [612, 792] },
} as const;

const SHEETS = [
  ['print', 'quiz'],
  ['key', 'key'],
] as const;

async function openSheet(page: Page, sheet: 'print' | 'key', fragment: string) {
  await page.goto(`/teach/${sheet}/#${fragment}`);
  await expect(
    page.locator(`[data-testid="print-${sheet === 'print' ? 'quiz' : 'key'}"][data-ready="true"]`),
  ).toHaveCount(1);
}

/** The pages of a PDF made by Chromium (its page objects) and the size of the first, in points. */
function pdfPages(pdf: Buffer): { count: number; size: number[] } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return {
    count: (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length,
    size: box ? [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] : [],
  };
}

test.describe('printing a set', () => {
  test("a lesson's twelve questions print on A4 and US Letter, on the size chosen, in a sane number of pages", async ({
    page,
  }) => {
    test.slow();
    const fragment = fragmentOf(LESSON);
    expect(LESSON.length).toBe(12);
    for (const [sheet] of SHEETS) {
      for (const paper of ['a4', 'letter'] as const) {
        await openSheet(page, sheet, `${fragment}&paper=${paper}`);
        await expect(page.locator('.print-question')).toHaveCount(12);
        // Playwright's own size, as a person picks it in the print dialog.
        const { count } = pdfPages(await page.pdf({ format: PAPER[paper].format }));
        expect(count, `${sheet} on ${paper}`).toBeGreaterThanOrEqual(2);
        expect(count, `${sheet} on ${paper}`).toBeLessThanOrEqual(12);
        // The size the page asks for (@page), as the print dialog's "default" takes it.
        const css = pdfPages(await page.pdf({ preferCSSPageSize: true }));
        expect(css.size[0]).toBeCloseTo(PAPER[paper].points[0], -1);
        expect(css.size[1]).toBeCloseTo(PAPER[paper].points[1], -1);
        expect(css.count).toBeLessThanOrEqual(12);
      }
    }
  });

  test('every question of every bank fits on a page of either size, on the quiz and on the key', async ({ page }) => {
    test.slow();
    const ids = ALL.map((q) => q.id);
    for (const [sheet] of SHEETS) {
      for (let from = 0; from < ids.length; from += MAX_SET_QUESTIONS) {
        const chunk = ids.slice(from, from + MAX_SET_QUESTIONS);
        await openSheet(page, sheet, fragmentOf(chunk));
        await page.emulateMedia({ media: 'print' });
        for (const paper of ['a4', 'letter'] as const) {
          // The page laid out as on paper: the printable width of the sheet, in print media.
          await page.setViewportSize({ width: Math.floor(PAPER[paper].width), height: 900 });
          const questions = await page.locator('.print-question').evaluateAll((els) =>
            els.map((el) => {
              const style = getComputedStyle(el);
              const prompt = getComputedStyle(el.querySelector('.print-question__prompt')!);
              return {
                id: el.getAttribute('data-question-id'),
                height: el.getBoundingClientRect().height,
                breakInside: style.breakInside,
                promptBreakAfter: prompt.breakAfter,
                partsAvoid: [...el.querySelectorAll('.print-option, .print-grid tr, .print-numeric')].every(
                  (part) => getComputedStyle(part).breakInside === 'avoid',
                ),
              };
            }),
          );
          expect(questions.map((q) => q.id)).toEqual(chunk);
          for (const q of questions) {
            expect(q.height, `${sheet} ${q.id} on ${paper}`).toBeLessThanOrEqual(PAPER[paper].height);
            expect(q.breakInside, q.id!).toBe('avoid');
            expect(q.promptBreakAfter, q.id!).toBe('avoid');
            expect(q.partsAvoid, q.id!).toBe(true);
          }
        }
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  test('the quiz lays out every type for a pen; the key gives every right answer and why', async ({ page }) => {
    const ids = [...CLASS_QUESTIONS];
    const fragment = fragmentOf(ids);
    await openSheet(page, 'print', fragment);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Quiz: What is DevOps?');
    await expect(page.locator('.print-set__fill')).toContainText('Name:');
    await expect(page.locator('.print-set__fill')).toContainText('Date:');
    for (const [i, id] of ids.entries()) {
      const q = byId.get(id)!;
      const item = page.locator(`.print-question[data-question-id="${id}"]`);
      // Numbered in the set's order.
      await expect(item.locator('.print-question__number')).toHaveText(`${i + 1}.`);
      await expect(item.locator('.print-question__prompt')).toContainText(q.prompt);
      switch (q.type) {
        case 'single':
        case 'multiple':
        case 'true-false': {
          const texts = q.type === 'true-false' ? ['True', 'False'] : q.options.map((o) => o.text);
          const options = item.locator('[data-pen="tick"] .print-option');
          await expect(options).toHaveCount(texts.length);
          await expect(item.locator('[data-pen="tick"] .print-option > .print-box')).toHaveCount(texts.length);
          expect((await options.allTextContents()).map((t) => t.replace(/^[A-Z]\.\s*/, '')).sort()).toEqual(
            [...texts].sort(),
          );
          break;
        }
        case 'numeric': {
          const box = item.locator('[data-pen="number"] .print-write--number');
          await expect(box).toHaveCount(1);
          await expect(item.locator('.print-numeric__unit')).toHaveText(q.unit!);
          await page.emulateMedia({ media: 'print' });
          // A box wide enough for a number written by hand (50 mm on paper).
          expect((await box.boundingBox())!.width).toBeGreaterThan(45 * PX_PER_MM);
          await page.emulateMedia({ media: 'screen' });
          break;
        }
        case 'order':
          await expect(item.locator('[data-pen="order"] .print-option > .print-write--step')).toHaveCount(
            q.items.length,
          );
          await expect(item.locator('.print-question__instruction')).toContainText(
            `write 1 to ${q.items.length} in the boxes`,
          );
          break;
        case 'categorise': {
          const grid = item.locator('table[data-pen="grid"]');
          await expect(grid.locator('thead th')).toHaveText(['Statement', ...q.buckets.map((b) => b.label)]);
          await expect(grid.locator('tbody tr')).toHaveCount(q.items.length);
          await expect(grid.locator('tbody td .print-box')).toHaveCount(q.items.length * q.buckets.length);
          break;
        }
      }
    }

    await openSheet(page, 'key', fragment);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Answer key: What is DevOps?');
    await expect(page.locator('.print-box, .print-write')).toHaveCount(0);
    for (const id of ids) {
      const q = byId.get(id)!;
      const item = page.locator(`.print-question[data-question-id="${id}"]`);
      await expect(item.locator('.print-question__why')).toHaveText(`Why: ${q.explanation}`);
      const right = await item.locator('.print-question__right li').allTextContents();
      switch (q.type) {
        case 'single':
        case 'multiple':
          expect(right.map((t) => t.replace(/^[A-Z]\.\s*/, '')).sort()).toEqual(
            q.options
              .filter((o) => o.correct)
              .map((o) => o.text)
              .sort(),
          );
          break;
        case 'true-false':
          expect(right).toEqual([q.answer ? 'True' : 'False']);
          break;
        case 'numeric':
          expect(right[0]).toContain(`${q.answer} ${q.unit}`);
          break;
        case 'order':
          // The steps in the right order, each with the letter it has on the quiz.
          expect(right.map((t) => t.replace(/^\d+\.\s*[A-Z]\.\s*/, ''))).toEqual(q.items.map((s) => s.text));
          break;
        case 'categorise':
          expect(right).toHaveLength(q.buckets.length);
          break;
      }
    }
  });

  test('on paper, with a dark screen theme: white, black ink, no header, navigation, footer or buttons', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const [sheet] of SHEETS) {
      await openSheet(page, sheet, fragmentOf(CLASS_QUESTIONS));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.locator('.print-question').first()).toBeVisible();
      for (const selector of ['header', 'nav', 'footer', 'button', 'input', 'fieldset', '.skip-link', '.notice']) {
        for (const el of await page.locator(selector).all()) await expect(el, `${sheet}: ${selector}`).toBeHidden();
      }
      const colours = await page.evaluate(() => {
        const visible = [...document.querySelectorAll('*')].filter((el) => el.checkVisibility());
        return {
          backgrounds: [
            ...new Set(
              [document.documentElement, document.body, ...visible].map((el) => getComputedStyle(el).backgroundColor),
            ),
          ],
          inks: [
            ...new Set(
              visible
                .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''))
                .map((el) => getComputedStyle(el).color),
            ),
          ],
          boxes: [
            ...new Set([...document.querySelectorAll('.print-box')].map((el) => getComputedStyle(el).borderColor)),
          ],
        };
      });
      // Nothing but white (or nothing at all) behind the text.
      expect(colours.backgrounds.filter((c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'rgb(255, 255, 255)')).toEqual([]);
      // Black or near-black ink.
      for (const ink of colours.inks) {
        const [r, g, b] = ink.match(/\d+/g)!.map(Number);
        expect(Math.max(r!, g!, b!), ink).toBeLessThanOrEqual(0x33);
      }
      if (sheet === 'print') expect(colours.boxes).toEqual(['rgb(0, 0, 0)']);
      await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    }
  });

  test('the paper size is chosen by keyboard and kept in the address, and travels to the key', async ({ page }) => {
    const fragment = fragmentOf(LESSON);
    await openSheet(page, 'print', fragment);
    const a4 = page.getByRole('radio', { name: 'A4' });
    const letter = page.getByRole('radio', { name: 'US Letter' });
    await expect(a4).toBeChecked();
    for (let i = 0; i < 60 && !(await a4.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(a4).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(letter).toBeChecked();
    await expect(page.locator('.print-set')).toHaveAttribute('data-paper', 'letter');
    expect(new URL(page.url()).hash).toBe(`#${fragment}&paper=letter`);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).size).toEqual([612, 792]);
    // The answer key opens on the same paper; a reload keeps it.
    const key = page.getByRole('link', { name: 'The answer key' });
    expect(new URL((await key.getAttribute('href'))!).hash).toBe(`#${fragment}&paper=letter`);
    await key.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="print-key"][data-ready="true"]')).toHaveCount(1);
    await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    // Back to A4 by keyboard.
    await page.getByRole('radio', { name: 'US Letter' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
    expect(new URL(page.url()).hash).toBe(`#${fragment}&paper=a4`);
    const size = pdfPages(await page.pdf({ preferCSSPageSize: true })).size;
    expect(size[0]).toBeCloseTo(PAPER.a4.points[0], -1);
    expect(size[1]).toBeCloseTo(PAPER.a4.points[1], -1);
  });

  test('a crafted paper size in the link is named in plain words, and the sheet is laid out for A4', async ({
    page,
  }) => {
    page.on('dialog', () => {
      throw new Error('a paper size opened a dialog');
    });
    const fragment = fragmentOf(LESSON.slice(0, 3));
    for (const [paper, words] of [
      [encodeURIComponent('<img src=x onerror=alert(1)>'), 'is not one this page knows'],
      ['legal', '(“legal”) is not one this page knows'],
      ['a4&paper=letter', 'names two paper sizes'],
    ] as const) {
      for (const [sheet] of SHEETS) {
        await openSheet(page, sheet, `${fragment}&paper=${paper}`);
        const problem = page.locator('[data-paper-problem]');
        await expect(problem).toBeVisible();
        await expect(problem).toContainText(words);
        await expect(problem).toContainText('laid out for A4. Choose A4 or US Letter below.');
        await expect(page.locator('img')).toHaveCount(0);
        await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
        await expect(page.locator('.print-question')).toHaveCount(3);
      }
    }
    // Choosing a size clears the message and the crafted value from the address.
    await page.getByRole('radio', { name: 'US Letter' }).check();
    await expect(page.locator('[data-paper-problem]')).toHaveCount(0);
    expect(new URL(page.url()).hash).toBe(`#${fragment}&paper=letter`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the quiz and the key, on Letter and with a paper message (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [sheet] of SHEETS) {
        for (const paper of ['letter', 'legal']) {
          await openSheet(page, sheet, `${fragmentOf(CLASS_QUESTIONS)}&paper=${paper}`);
          const results = await axe(page).analyze();
          expect(
            results.violations.map((v) => `${sheet} ${paper}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
          ).toEqual([]);
        }
      }
    });
  }
});
