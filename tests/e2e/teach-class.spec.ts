/**
 * Teach, the class (issue 11 parts 3–5): a set link opened on three learners' phones (three browser contexts; one
 * goes offline once the page is open, one reloads half-way, one answers by keyboard alone), their result codes
 * pasted into the class results page, and every per-question figure checked against what the learners did.
 * Then the codes that must be refused or flagged (mistyped, another set's, the same code twice) and the CSV.
 * Scanning with the camera is in teach-scan.spec.ts (it needs a browser with a fake camera).
 *
 * The set is made with encodeSet, as /teach/ makes it (the builder's own steps come with the /teach/ page).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { grade, type Question, type Response } from '../../src/lib/quiz';
import { encodeResult } from '../../src/lib/teach/result-code';
import { expect, test } from './fixtures';
import {
  answerOnScreen,
  CLASS_QUESTIONS,
  classSet,
  currentQuestion,
  endScreen,
  guardedContext,
  next,
  openJoin,
  siteQuestions,
  type Plan,
} from './teach-helpers';

// Three learners and a trainer on a busy two-core machine: a long test that waits for states, never for time.
test.describe.configure({ timeout: 240_000 });

const [SINGLE, MULTIPLE, TRUE_FALSE, CATEGORISE, ORDER, NUMERIC] = CLASS_QUESTIONS;

const RIGHT_PLACES = { a: 'flow', b: 'flow', c: 'feedback', d: 'feedback', e: 'learning', f: 'learning' };
const ALL_FLOW = { a: 'flow', b: 'flow', c: 'flow', d: 'flow', e: 'flow', f: 'flow' };

/** What each learner does on each question; a right answer or a deliberate wrong one. */
const PLANS: Record<string, Record<string, Plan>> = {
  Ana: {
    [SINGLE]: { kind: 'choose', ids: ['c'] },
    [MULTIPLE]: { kind: 'choose', ids: ['a', 'd'] },
    [TRUE_FALSE]: { kind: 'choose', ids: ['false'] },
    [CATEGORISE]: { kind: 'place', buckets: RIGHT_PLACES },
    [ORDER]: { kind: 'order', order: 'right' },
    [NUMERIC]: { kind: 'type', text: '156' },
  },
  Ben: {
    [SINGLE]: { kind: 'choose', ids: ['a'] },
    [MULTIPLE]: { kind: 'choose', ids: ['a'] },
    [TRUE_FALSE]: { kind: 'choose', ids: ['true'] },
    [CATEGORISE]: { kind: 'place', buckets: ALL_FLOW },
    [ORDER]: { kind: 'order', order: 'shown' },
    [NUMERIC]: { kind: 'type', text: '100' },
  },
  Cy: {
    [SINGLE]: { kind: 'choose', ids: ['c'] },
    [MULTIPLE]: { kind: 'choose', ids: ['a', 'b', 'd'] },
    [TRUE_FALSE]: { kind: 'choose', ids: ['true'] },
    [CATEGORISE]: { kind: 'place', buckets: RIGHT_PLACES },
    [ORDER]: { kind: 'order', order: 'shown' },
    [NUMERIC]: { kind: 'type', text: '155.5' },
  },
};

/** A learner's responses, as they gave them, by question id. */
type Given = Record<string, Response>;

test('three learners answer on their phones and the class results match what they did', async ({
  browser,
  baseURL,
  page,
}) => {
  const { fragment: made } = classSet('end');
  const bank = await siteQuestions(page);
  const questions = CLASS_QUESTIONS.map((id) => bank.get(id)!);

  // The trainer's bookmarked set opens the builder, whose join link is what the class gets; the presenter walks
  // the same questions in the same order by keyboard.
  await page.goto(`/teach/#${made}`);
  await expect(page.locator('[data-testid="teach-builder"][data-ready="true"]')).toHaveCount(1);
  const join = new URL((await page.locator('a[data-join-link]').first().getAttribute('href'))!, baseURL);
  expect(join.pathname).toBe('/teach/join/');
  const fragment = join.hash.slice(1);
  expect(fragment).toBe(made);
  const present = new URL((await page.locator('a[data-presenter-link]').first().getAttribute('href'))!, baseURL);
  await page.goto(present.pathname + present.hash);
  await expect(page.locator('[data-testid="presenter"][data-ready="true"]')).toHaveCount(1);
  for (const id of CLASS_QUESTIONS) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presenter__stage [data-question-id]')).toHaveAttribute('data-question-id', id);
  }
  const given: Record<string, Given> = { Ana: {}, Ben: {}, Cy: {} };
  const codes: Record<string, string> = {};
  const phones = await Promise.all(
    ['Ana', 'Ben', 'Cy'].map(() =>
      guardedContext(browser, baseURL!, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }),
    ),
  );

  // Ana answers half, reloads, finds her answers there, and finishes.
  {
    const phone = await phones[0]!.context.newPage();
    await openJoin(phone, fragment);
    await expect(phone.getByTestId('join')).toHaveAttribute('data-feedback', 'end');
    for (const q of questions.slice(0, 3)) {
      given.Ana![q.id] = await answerOnScreen(phone, q, PLANS.Ana![q.id]!);
      await next(phone);
    }
    await phone.reload();
    await expect(currentQuestion(phone)).toHaveAttribute('data-question-id', CATEGORISE);
    await expect(phone.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
    await phone.getByRole('button', { name: 'Question 1, answered' }).click();
    await expect(currentQuestion(phone).locator('input[value="c"]')).toBeChecked();
    await phone.getByRole('button', { name: 'Question 3, answered' }).click();
    await expect(currentQuestion(phone).locator('input[value="false"]')).toBeChecked();
    await phone.getByRole('button', { name: 'Question 4, not answered' }).click();
    for (const q of questions.slice(3)) {
      given.Ana![q.id] = await answerOnScreen(phone, q, PLANS.Ana![q.id]!);
      await next(phone);
    }
    const end = await endScreen(phone);
    codes.Ana = end.code;
    expectRight(end.correct, questions, given.Ana!);
  }

  // Ben opens the page, then his phone loses the network; he answers and gets his code all the same.
  {
    const phone = await phones[1]!.context.newPage();
    await openJoin(phone, fragment);
    await phones[1]!.context.setOffline(true);
    for (const q of questions) {
      given.Ben![q.id] = await answerOnScreen(phone, q, PLANS.Ben![q.id]!);
      await next(phone);
    }
    const end = await endScreen(phone);
    codes.Ben = end.code;
    expectRight(end.correct, questions, given.Ben!);
    await expect(phone.locator('.join-end__qr svg[role="img"]')).toBeVisible();
    // The code and its QR code fit a phone's width: nothing to scroll sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await phones[1]!.context.setOffline(false);
  }

  // Cy uses the keyboard alone.
  {
    const phone = await phones[2]!.context.newPage();
    await openJoin(phone, fragment);
    for (const q of questions) {
      given.Cy![q.id] = await answerByKeyboard(phone, q, PLANS.Cy![q.id]!);
    }
    const end = await endScreen(phone);
    codes.Cy = end.code;
    expectRight(end.correct, questions, given.Cy!);
  }
  for (const phone of phones) phone.check();

  // The trainer pastes the three codes, two with names.
  await page.goto(`/teach/results/#${fragment}`);
  const box = page.locator('textarea');
  await expect(box).toHaveCount(1);
  await box.fill(`Ana: ${codes.Ana}\nBen: ${codes.Ben!.toLowerCase()}\n${codes.Cy}`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.locator('[data-learner-code]')).toHaveCount(3);
  await expectClassFigures(page, questions, given);

  // A mistyped code, a code for another set and the same code twice are refused, each named.
  const mistyped = typo(codes.Ana!);
  const other = classSet('end', 7);
  const otherCode = encodeResult({ set: other.set, questions, states: questions.map(() => 0), learnerTag: 5 });
  await box.fill(`${mistyped}\nDee: ${otherCode}\n${codes.Cy}`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  const problems = page.getByTestId('results-problems');
  await expect(problems.locator('li')).toHaveCount(3);
  await expect(problems.locator('li').nth(0)).toContainText(mistyped);
  await expect(problems.locator('li').nth(0)).toContainText('does not check out');
  await expect(problems.locator('li').nth(1)).toContainText(otherCode);
  await expect(problems.locator('li').nth(1)).toContainText('is for another quiz set');
  await expect(problems.locator('li').nth(2)).toContainText(codes.Cy!);
  await expect(problems.locator('li').nth(2)).toContainText(/already/i);
  // What could not be used is left in the box to correct; the class figures have not moved.
  await expect(box).toHaveValue(new RegExp(mistyped));
  await expect(page.locator('[data-learner-code]')).toHaveCount(3);
  await expectClassFigures(page, questions, given);

  // The CSV has the same figures.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const classRow = (label: string) => csv.find((row) => row[0] === label)!.slice(4);
  expect(classRow('Class: % right')).toEqual(questions.map((q) => String(percentRight(q, given))));
  expect(classRow('Class: answered')).toEqual(questions.map(() => '3'));
  expect(classRow('Class: choices')).toEqual(
    questions.map((q) =>
      choiceIds(q)
        .map((id) => `${id}: ${Object.values(given).filter((g) => (g[q.id] ?? []).includes(id)).length}`)
        .join('; '),
    ),
  );
  for (const [name, learner] of Object.entries(given)) {
    const row = csv.find((r) => r[1] === codes[name]!.toUpperCase())!;
    expect(row[0]).toBe(name === 'Cy' ? '' : name);
    expect(row[3]).toBe(String(learnerPercent(questions, learner)));
  }

  // The results are kept in this browser through a reload, until cleared.
  await page.reload();
  await expect(page.locator('[data-learner-code]')).toHaveCount(3);
  await expectClassFigures(page, questions, given);
  await page.getByRole('button', { name: 'Clear this set’s results' }).click();
  await page.getByRole('button', { name: 'Clear 3 codes' }).click();
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await Promise.all(phones.map((p) => p.context.close()));
});

test('after each question: the verdict shows at once and a checked answer survives a reload', async ({ page }) => {
  const { fragment } = classSet('each');
  const bank = await siteQuestions(page);
  await openJoin(page, fragment);
  await expect(page.getByTestId('join')).toHaveAttribute('data-feedback', 'each');
  const q = bank.get(SINGLE)!;
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(currentQuestion(page).locator('.question__hint')).toHaveText('Choose an answer first.');
  await answerOnScreen(page, q, { kind: 'choose', ids: ['a'] });
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(currentQuestion(page).locator('.feedback__verdict')).toHaveText('✗ Not quite.');
  await expect(currentQuestion(page)).toContainText(q.explanation);
  await page.reload();
  await expect(currentQuestion(page).locator('.feedback__verdict')).toHaveText('✗ Not quite.');
  await expect(currentQuestion(page).locator('input[value="a"]')).toBeChecked();
  await expect(currentQuestion(page).locator('input[value="a"]')).toBeDisabled();
});

test('a broken set link says why, on the join page and on the results page', async ({ page }) => {
  await page.goto('/teach/join/#s=1.0000000.30.E.ZZZZ');
  await expect(page.getByTestId('join-problem')).toContainText('This quiz cannot be opened.');
  await page.goto('/teach/results/#s=9.0000000.30.E.ABCDE');
  await expect(page.getByTestId('results-problem')).toContainText('This set link cannot be used.');
  await page.goto('/teach/results/');
  await expect(page.getByTestId('results-no-set')).toContainText('Open a set’s results');
});

/** The set's questions right or not on the end screen, as the lesson quiz's grading says of what was given. */
function expectRight(shown: Record<string, boolean>, questions: Question[], given: Given) {
  expect(shown).toEqual(Object.fromEntries(questions.map((q) => [q.id, grade(q, given[q.id] ?? []).correct])));
}

/** Percent of the three learners who got `q` right, as a whole number. */
function percentRight(q: Question, given: Record<string, Given>): number {
  const learners = Object.values(given);
  return Math.round((100 * learners.filter((g) => grade(q, g[q.id] ?? []).correct).length) / learners.length);
}

/** A learner's score in percent, with the lesson quiz's partial credit. */
function learnerPercent(questions: Question[], given: Given): number {
  const points = questions.reduce((n, q) => n + grade(q, given[q.id] ?? []).credit, 0);
  return Math.round((100 * Math.round(points * 100)) / 100 / questions.length);
}

/** Every figure of the class results page, against the learners' own answers. */
async function expectClassFigures(page: Page, questions: Question[], given: Record<string, Given>) {
  for (const q of questions) {
    const row = page.locator(`tr[data-question-id="${q.id}"]`);
    await expect(row).toHaveAttribute('data-percent-correct', String(percentRight(q, given)));
    if (q.type === 'single' || q.type === 'multiple' || q.type === 'true-false') {
      const ids = q.type === 'true-false' ? ['true', 'false'] : q.options.map((o) => o.id);
      for (const id of ids) {
        const chose = Object.values(given).filter((g) => (g[q.id] ?? []).includes(id)).length;
        await expect(row.locator(`[data-option-id="${id}"]`), `${q.id} ${id}`).toHaveAttribute(
          'data-count',
          String(chose),
        );
      }
    }
  }
  const percents = Object.values(given).map((g) => learnerPercent(questions, g));
  for (const p of percents)
    await expect(page.locator(`[data-learner-code][data-percent="${p}"]`).first()).toBeVisible();
  const average = await page.locator('output[name="class-average"]').getAttribute('data-value');
  const points = Object.values(given).map((g) => questions.reduce((n, q) => n + grade(q, g[q.id] ?? []).credit, 0));
  const expected = (100 * points.reduce((a, b) => a + b, 0)) / (points.length * questions.length);
  // Shown as a whole percent (±0.5), from each learner's points kept to two decimals as their own score shows them
  // (±0.005 a learner, on a question's worth of 1 point each).
  expect(Math.abs(Number(average) - expected)).toBeLessThanOrEqual(0.5 + (100 * 0.005) / questions.length);
  // The most-missed question comes first in the discussion list.
  const lowest = Math.min(...questions.map((q) => percentRight(q, given)));
  const first = await page.locator('[data-missed-id]').first().getAttribute('data-missed-id');
  expect(
    percentRight(
      questions.find((q) => q.id === first)!,
      given,
    ),
  ).toBe(lowest);
}

/** The options a question's answer counts are kept for, in the content's order. */
function choiceIds(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.id);
  return q.type === 'true-false' ? ['true', 'false'] : [];
}

/** Rows of RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

/** A code with one character of its answers changed, in the middle (the CRC must catch it). */
function typo(code: string): string {
  const at = Math.floor(code.length / 2) + (code[Math.floor(code.length / 2)] === '-' ? 1 : 0);
  const c = code[at]!;
  return code.slice(0, at) + (c === '7' ? '8' : '7') + code.slice(at + 1);
}

/** Answers the question on screen by keyboard alone: Tab to a control, Space/arrows/typing, Enter on the buttons. */
async function answerByKeyboard(page: Page, q: Question, plan: Plan): Promise<Response> {
  const box = currentQuestion(page);
  await expect(box).toHaveAttribute('data-question-id', q.id);
  // Moving to a question puts the focus on it, so that a screen reader reads its number and prompt.
  if (q.id !== CLASS_QUESTIONS[0]) await expect(box).toBeFocused();
  let response: Response;
  if (plan.kind === 'choose') {
    for (const id of plan.ids) {
      await tabTo(page, box.locator(`input[value="${id}"]`));
      await page.keyboard.press('Space');
    }
    response = plan.ids;
  } else if (plan.kind === 'place') {
    for (const [item, bucket] of Object.entries(plan.buckets)) {
      const select = box.locator(`#q-${q.id}-${item}`);
      await tabTo(page, select);
      await select.selectOption(bucket);
    }
    response = Object.entries(plan.buckets).map(([item, bucket]) => `${item}=${bucket}`);
  } else if (plan.kind === 'type') {
    await tabTo(page, box.locator('input'));
    await page.keyboard.type(plan.text);
    response = [plan.text];
  } else {
    response = await answerOnScreen(page, q, plan);
  }
  const last = await page.getByRole('button', { name: 'Finish', exact: true }).isVisible();
  await tabTo(page, page.getByRole('button', { name: last ? 'Finish' : 'Next question', exact: true }));
  await page.keyboard.press('Enter');
  if (last) await expect(page.getByTestId('join-end')).toBeVisible();
  return response;
}

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
