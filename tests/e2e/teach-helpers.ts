/**
 * Helpers of the Teach e2e tests (issue 11): a set link made the way /teach/ makes it, learners answering it on
 * the join page as a person does (clicks, selects, move buttons, keys), and browser contexts with the same guards
 * as the `page` fixture (no console error, no request to another origin).
 */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { Question, Response } from '../../src/lib/quiz';
import { questionKey } from '../../src/lib/teach/question-key';
import { encodeSet, type QuizSet } from '../../src/lib/teach/set-link';
import { expect } from './fixtures';

/** One question of each of the six types, from the first lesson's bank. */
export const CLASS_QUESTIONS = [
  'devops-biggest-lead-time-win',
  'devops-adopt-devops-changes',
  'devops-tf-twice-as-fast',
  'devops-sort-three-ways',
  'devops-order-pipeline',
  'devops-numeric-release-train',
] as const;

/** A set as /teach/ makes it: the questions' keys, a seed, a timer and the feedback mode. */
export function classSet(
  feedback: QuizSet['feedback'] = 'end',
  seed = 20261202,
  ids: readonly string[] = CLASS_QUESTIONS,
) {
  const set: QuizSet = { version: 1, seed, timer: 30, feedback, keys: ids.map(questionKey) };
  return { set, fragment: encodeSet(set) };
}

/** The site's own copy of the questions (the bank file the join page fetches), by id. */
export async function siteQuestions(page: Page, bank = 'what-is-devops'): Promise<Map<string, Question>> {
  const r = await page.request.get(`/data/questions/${bank}.json`);
  const file = (await r.json()) as { questions: Question[] };
  return new Map(file.questions.map((q) => [q.id, q]));
}

/**
 * A browser context with the guards of the `page` fixture; `check()` at the end of the test fails it on a console
 * error or a request to another origin.
 */
export async function guardedContext(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext({ baseURL, ...options });
  const origin = new URL(baseURL).origin;
  const errors: string[] = [];
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  context.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
  context.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  return {
    context,
    check() {
      expect(errors, 'console errors').toEqual([]);
      expect(offOrigin, 'requests to other origins').toEqual([]);
    },
  };
}

/** Opens the join page of a set and waits until the first question (or the end screen) is on screen. */
export async function openJoin(page: Page, fragment: string) {
  await page.goto(`/teach/join/#${fragment}`);
  await expect(
    page.locator('[data-testid="join"] :is(fieldset[data-question-id], [data-testid="join-end"])'),
  ).toBeVisible();
}

/** What a learner does on one question: the choice ids, the placements, `right`, `shown` (leave the order as shown) or a typed number. */
export type Plan =
  | { kind: 'choose'; ids: string[] }
  | { kind: 'place'; buckets: Record<string, string> }
  | { kind: 'order'; order: 'right' | 'shown' }
  | { kind: 'type'; text: string };

/** The question on screen. */
export const currentQuestion = (page: Page): Locator => page.locator('[data-testid="join"] fieldset[data-question-id]');

/**
 * Answers the question on screen by `plan` and returns the response it gave (for an order question left as
 * shown, the shown order, read from the page).
 */
export async function answerOnScreen(page: Page, q: Question, plan: Plan): Promise<Response> {
  const box = currentQuestion(page);
  await expect(box).toHaveAttribute('data-question-id', q.id);
  switch (plan.kind) {
    case 'choose':
      for (const id of plan.ids) await box.locator(`input[value="${id}"]`).check();
      return plan.ids;
    case 'place':
      for (const [item, bucket] of Object.entries(plan.buckets))
        await box.locator(`#q-${q.id}-${item}`).selectOption(bucket);
      return Object.entries(plan.buckets).map(([item, bucket]) => `${item}=${bucket}`);
    case 'type':
      await box.locator('input').fill(plan.text);
      return [plan.text];
    case 'order': {
      if (q.type !== 'order') throw new Error(`${q.id} is not an order question`);
      if (plan.order === 'right') {
        for (let target = 0; target < q.items.length; target++) {
          const id = q.items[target]!.id;
          for (;;) {
            const ids = await shownOrder(box, q.id);
            if (ids.indexOf(id) <= target) break;
            await box.locator(`#q-${q.id}-${id}-up`).click();
          }
        }
      }
      return shownOrder(box, q.id);
    }
  }
}

/** The item ids of an order question in the order shown. */
async function shownOrder(box: Locator, questionId: string): Promise<string[]> {
  return box.locator('.order-item').evaluateAll(
    (els, qid) =>
      els.map((el) =>
        el
          .querySelector('button')!
          .id.replace(`q-${qid}-`, '')
          .replace(/-(up|down)$/, ''),
      ),
    questionId,
  );
}

/** Moves on from the question on screen ("Next question", or "Finish" on the last, then "Finish anyway" if asked). */
export async function next(page: Page) {
  const finish = page.getByRole('button', { name: 'Finish', exact: true });
  if (await finish.isVisible()) {
    await finish.click();
    const anyway = page.getByRole('button', { name: 'Finish anyway' });
    if (await anyway.isVisible()) await anyway.click();
    await expect(page.getByTestId('join-end')).toBeVisible();
    return;
  }
  const before = await currentQuestion(page).getAttribute('data-question-id');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(currentQuestion(page)).not.toHaveAttribute('data-question-id', before!);
}

/** The result code and, per question id, whether the end screen says the learner got it right. */
export async function endScreen(page: Page): Promise<{ code: string; correct: Record<string, boolean> }> {
  await expect(page.getByTestId('join-end')).toBeVisible();
  const code = (await page.locator('[data-result-code]').textContent())!.trim();
  const correct = Object.fromEntries(
    await page
      .locator('[data-testid="join-end"] [data-question-id][data-correct]')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-question-id')!, el.getAttribute('data-correct') === 'true']),
      ),
  ) as Record<string, boolean>;
  return { code, correct };
}

export type { BrowserContext };
