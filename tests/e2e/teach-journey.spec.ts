/**
 * Issue 11's "done when", as a trainer who has never seen the site does it: from the home page to /teach/, a
 * 10-question set, the presenter's first slide (its QR code holds the join link), two learners who join by what the
 * QR code holds, and the class results with the most-missed questions first.
 */
import type { APIRequestContext } from '@playwright/test';
import type { Question } from '../../src/lib/quiz';
import { expect, test } from './fixtures';
import { answerOnScreen, currentQuestion, endScreen, guardedContext, next, type Plan } from './teach-helpers';

/** Every question of the site, by id, from the files the pages fetch. */
async function allQuestions(request: APIRequestContext): Promise<Map<string, Question>> {
  const index = (await (await request.get('/data/questions/index.json')).json()) as { banks: { id: string }[] };
  const map = new Map<string, Question>();
  for (const bank of index.banks) {
    const file = (await (await request.get(`/data/questions/${bank.id}.json`)).json()) as { questions: Question[] };
    for (const q of file.questions) map.set(q.id, q);
  }
  return map;
}

/** A right answer, or a wrong one that a learner could give, for any question type. */
function plan(q: Question, right: boolean): Plan {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const good = q.options.filter((o) => o.correct).map((o) => o.id);
      const bad = q.options.find((o) => !o.correct)!.id;
      return { kind: 'choose', ids: right ? good : [bad] };
    }
    case 'true-false':
      return { kind: 'choose', ids: [String(right ? q.answer : !q.answer)] };
    case 'categorise':
      return {
        kind: 'place',
        buckets: Object.fromEntries(
          q.items.map((item) => [item.id, right ? item.bucket : q.buckets.find((b) => b.id !== item.bucket)!.id]),
        ),
      };
    case 'order':
      return { kind: 'order', order: right ? 'right' : 'shown' };
    case 'numeric':
      return { kind: 'type', text: String(right ? q.answer : q.answer + q.tolerance + 1000) };
  }
}

test('from the home page: build 10 questions, project them, two phones join by the QR code, most missed first', async ({
  page,
  browser,
  baseURL,
}) => {
  const questions = await allQuestions(page.request);

  await page.goto('/');
  await page.getByRole('link', { name: 'Teach', exact: true }).and(page.locator('.home-way a')).click();
  await expect(page).toHaveURL(/\/teach\/$/);
  await expect(page.locator('[data-testid="teach-builder"][data-ready="true"]')).toHaveCount(1);
  const count = page.getByLabel(/Number of questions/);
  await count.fill('10');
  await expect(page.getByTestId('set-summary')).toHaveText(/^10 questions from \d+ lessons/);

  const presenter = (await page.locator('a[data-presenter-link]').first().getAttribute('href'))!;
  await page.goto(presenter);
  await expect(page.locator('[data-testid="presenter"][data-ready="true"]')).toHaveCount(1);
  // The first slide: the join link, and a QR code that holds exactly it.
  const joinHref = new URL((await page.locator('a[data-join-link]').first().getAttribute('href'))!, baseURL).href;
  await expect(page.locator('svg[data-qr-text]').first()).toHaveAttribute('data-qr-text', joinHref);
  const shown: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowRight');
    const id = await page.locator('.presenter__stage [data-question-id]').getAttribute('data-question-id');
    expect(shown).not.toContain(id);
    shown.push(id!);
  }

  // Two learners: one right throughout, one right on every other question.
  const codes: string[] = [];
  for (const rightOn of [() => true, (i: number) => i % 2 === 0]) {
    const phone = await guardedContext(browser, baseURL!, { viewport: { width: 390, height: 844 }, isMobile: true });
    const learner = await phone.context.newPage();
    await learner.goto(joinHref);
    for (let i = 0; i < 10; i++) {
      const id = (await currentQuestion(learner).getAttribute('data-question-id'))!;
      expect(id).toBe(shown[i]);
      await answerOnScreen(learner, questions.get(id)!, plan(questions.get(id)!, rightOn(i)));
      await next(learner);
    }
    const end = await endScreen(learner);
    expect(Object.values(end.correct).filter(Boolean)).toHaveLength(rightOn(1) ? 10 : 5);
    codes.push(end.code);
    phone.check();
    await phone.context.close();
  }

  await page.goto(presenter.replace('/teach/present/', '/teach/results/'));
  await page.locator('textarea').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add the codes' }).click();
  // One learner has every point, the other half the questions right and perhaps part of the others.
  await expect(page.locator('output[name="class-average"]')).toHaveAttribute('data-value', /^\d+$/);
  const average = Number(await page.locator('output[name="class-average"]').getAttribute('data-value'));
  expect(average).toBeGreaterThanOrEqual(75);
  expect(average).toBeLessThan(100);
  for (const [i, id] of shown.entries()) {
    await expect(page.locator(`[data-percent-correct][data-question-id="${id}"]`)).toHaveAttribute(
      'data-percent-correct',
      i % 2 === 0 ? '100' : '50',
    );
  }
  // The discussion list starts with the five questions half the class missed.
  const discuss = await page
    .locator('[data-testid="most-missed"] [data-missed-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-missed-id')));
  expect(new Set(discuss.slice(0, 5))).toEqual(new Set(shown.filter((_, i) => i % 2 === 1)));
});
