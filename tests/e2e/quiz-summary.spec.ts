/**
 * The knowledge check's summary, skip link and missed-question list, and what /practice/ offers when nothing is
 * due (issue 9, part 2: "Knowledge check" and "Practice").
 */
import type { Page } from '@playwright/test';
import { arrange } from '../../src/lib/arrange';
import { grade, percentOf, verdictOf, type Question } from '../../src/lib/quiz';
import { answerRight, expect, loadBank, openQuiz, seedProgress, test } from './fixtures';

const bank = loadBank('what-is-devops');
const questions = bank.questions as Question[];

/** A seed whose order starts with two single-choice questions, which these tests answer wrong or right at will. */
const seed = Array.from({ length: 2000 }, (_, i) => i).find((s) => {
  const order = arrange(questions, s);
  return order[0]!.question.type === 'single' && order[1]!.question.type === 'single';
})!;
const order = arrange(questions, seed).map((a) => a.question);

/** Answers a single-choice question with one of its wrong options. */
async function answerWrong(page: Page, q: Question) {
  if (q.type !== 'single') throw new Error(`${q.id} is not a single-choice question`);
  const box = page.locator(`#q-${q.id}`);
  await box.locator(`input[value="${q.options.find((o) => !o.correct)!.id}"]`).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.feedback__verdict')).toHaveText('✗ Not quite.');
}

test('the summary counts answers and the score so far as the learner answers', async ({ page }) => {
  await page.goto(`/learn/what-is-devops/?seed=${seed}`);
  const quiz = await openQuiz(page);
  const total = questions.length;
  await expect(quiz.getByRole('progressbar', { name: `0 of ${total} answered` })).toHaveAttribute('value', '0');
  await expect(quiz).toContainText('The pass mark is 80%.');
  await expect(quiz).not.toContainText('Score so far');

  await answerRight(page, order[0]!);
  await expect(quiz.getByRole('progressbar', { name: `1 of ${total} answered` })).toHaveAttribute('value', '1');
  await expect(quiz).toContainText('Score so far: 1 point from 1 answer (100%).');

  await answerWrong(page, order[1]!);
  await expect(quiz.getByRole('progressbar', { name: `2 of ${total} answered` })).toHaveAttribute('value', '2');
  await expect(quiz).toContainText('Score so far: 1 point from 2 answers (50%).');

  // The summary survives a reload: it is read from the stored attempt.
  await page.reload();
  await openQuiz(page);
  await expect(quiz.getByRole('progressbar', { name: `2 of ${total} answered` })).toBeVisible();
  await expect(quiz).toContainText('Score so far: 1 point from 2 answers (50%).');
});

test('"Jump to the first unanswered question" moves focus to the first question not answered, in the order shown', async ({
  page,
}) => {
  await page.goto(`/learn/what-is-devops/?seed=${seed}`);
  const quiz = await openQuiz(page);
  // Nothing answered: the first question is the next one anyway, so there is no link.
  await expect(quiz.getByRole('link', { name: /Jump to the first unanswered/ })).toHaveCount(0);

  await answerRight(page, order[0]!);
  await answerRight(page, order[2]!);
  // Checking an answer moves focus to its "Next question" on the next frame: let that settle first.
  await expect(page.locator(`#next-${order[2]!.id}`)).toBeFocused();
  const jump = quiz.getByRole('link', { name: 'Jump to the first unanswered question (question 2)' });
  await jump.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#q-${order[1]!.id}`)).toBeFocused();
  await expect(page.locator(`#q-${order[1]!.id}`)).toBeInViewport();
  // The next Tab goes into that question.
  await page.keyboard.press('Tab');
  await expect(page.locator(`#q-${order[1]!.id} input`).first()).toBeFocused();

  await answerRight(page, order[1]!);
  await expect(page.locator(`#next-${order[1]!.id}`)).toBeFocused();
  await quiz.getByRole('link', { name: 'Jump to the first unanswered question (question 4)' }).click();
  await expect(page.locator(`#q-${order[3]!.id}`)).toBeFocused();
});

test.describe('the skip link past the lesson', () => {
  /** From the top of the lesson (where "Skip to content" lands), one Tab and Enter to the knowledge check. */
  async function skipToCheck(page: Page) {
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the knowledge check' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('quiz')).toBeFocused();
    await expect(page.getByTestId('quiz')).toBeInViewport();
  }

  test('reaches the knowledge check before it has hydrated, and the next Tab lands in the first question', async ({
    page,
  }) => {
    await page.goto(`/learn/what-is-devops/?seed=${seed}`);
    // The check sits far below the fold: its island has not hydrated yet.
    await expect(page.locator('[data-testid="quiz"][data-seed]')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await skipToCheck(page);
    // Landing there hydrates it; focus stays on the check while it does.
    await expect(page.locator('[data-testid="quiz"][data-seed]')).toHaveCount(1);
    await expect(page.getByTestId('quiz')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator(`#q-${order[0]!.id} input`).first()).toBeFocused();
  });

  test('reaches the knowledge check after it has hydrated, too', async ({ page }) => {
    await page.goto(`/learn/what-is-devops/?seed=${seed}`);
    await openQuiz(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await skipToCheck(page);
    await page.keyboard.press('Tab');
    await expect(page.locator(`#q-${order[0]!.id} input`).first()).toBeFocused();
  });
});

test('once the check is complete, it lists the missed questions with links back to each', async ({ page }) => {
  await page.goto(`/learn/what-is-devops/?seed=${seed}`);
  const quiz = await openQuiz(page);
  // One wrong, one partly right (one right option of several), every other one right.
  const partly = order.find((q) => q.type === 'multiple' && q.options.filter((o) => o.correct).length > 1)!;
  if (partly.type !== 'multiple') throw new Error('no multiple-choice question with several right options');
  const oneRight = partly.options.find((o) => o.correct)!.id;
  // The bank as authored may leave `scoring` out; the site then scores it as `partial` (the schema's default).
  const credit = grade({ ...partly, scoring: partly.scoring ?? 'partial' }, [oneRight]).credit;
  expect(credit).toBeGreaterThan(0);
  expect(credit).toBeLessThan(1);

  await answerWrong(page, order[0]!);
  const box = page.locator(`#q-${partly.id}`);
  await box.locator(`input[value="${oneRight}"]`).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.feedback')).toBeVisible();
  await expect(quiz.getByRole('heading', { name: /to look at again/ })).toHaveCount(0);
  const rest = order.slice(1).filter((q) => q.id !== partly.id);
  for (const q of rest) await answerRight(page, q);
  // The last answer moves focus to its "See your score" on the next frame: let that settle first.
  await expect(page.locator(`#next-${rest.at(-1)!.id}`)).toBeFocused();

  const score = page.getByTestId('quiz-score');
  await expect(score.getByRole('heading', { name: '2 questions to look at again' })).toBeVisible();
  const items = score.locator('.quiz__missed li');
  await expect(items).toHaveCount(2);
  const partlyNumber = order.indexOf(partly) + 1;
  await expect(items.nth(0)).toContainText('Question 1 — Not quite.');
  await expect(items.nth(0)).toContainText(order[0]!.prompt.slice(0, 40));
  await expect(items.nth(1)).toContainText(`Question ${partlyNumber} — ${verdictOf({ correct: false, credit }).text}`);
  await expect(score).toContainText(`(${percentOf(questions.length - 2 + credit, questions.length)}%)`);

  // Each link leads back to its question, which takes focus.
  await score.getByRole('link', { name: `Question ${partlyNumber}` }).click();
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  await score.getByRole('link', { name: 'Question 1', exact: true }).click();
  await expect(page.locator(`#q-${order[0]!.id}`)).toBeFocused();

  // The summary at the top leads to the score.
  await quiz.getByRole('link', { name: 'See your score' }).click();
  await expect(score).toBeFocused();
});

test.describe('practice when nothing is due', () => {
  const lessons = ['what-is-devops', 'what-is-sre'];
  const at = '2026-11-20T10:00:00.000Z';
  const attempt = (points: number) => ({
    startedAt: at,
    finishedAt: at,
    seed: 1,
    points,
    total: 12,
    percent: percentOf(points, 12),
    outcomes: {},
  });

  test('offers the next lesson to read, the check to retake, and says when the next review falls due', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T09:00:00.000Z'));
    const reviewed = bank.questions[0]!.id;
    await seedProgress(
      page,
      JSON.stringify({
        version: 2,
        lessons: {
          [lessons[0]!]: { readAt: at, attempts: [attempt(6)] },
          [lessons[1]!]: { readAt: at, attempts: [attempt(11)] },
        },
        reviews: { [reviewed]: { lessonId: lessons[0], step: 2, due: '2026-12-03', lastAt: at, lapses: 1 } },
      }),
    );
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-due')).toHaveText('Nothing is due for review right now.');
    await expect(page.getByTestId('practice-next')).toHaveText('Your next review is due on 3 December.');
    const offers = page.getByRole('region', { name: 'Something to do now' });
    await expect(offers.getByRole('listitem')).toHaveCount(2);
    await expect(offers).toContainText('Your best score there is 50%; 80% passes.');

    // The next lesson in the path after the two that were read.
    await offers.getByRole('link', { name: 'Read the next lesson: DevOps vs SRE: a side-by-side comparison' }).click();
    await expect(page).toHaveURL(/\/learn\/devops-vs-sre\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DevOps vs SRE: a side-by-side comparison');

    await page.goBack();
    await page
      .getByRole('region', { name: 'Something to do now' })
      .getByRole('link', { name: 'Retake the knowledge check: What is DevOps?' })
      .click();
    await expect(page).toHaveURL(/\/learn\/what-is-devops\/#quiz$/);
    await expect(page.getByTestId('quiz')).toBeInViewport();
    await openQuiz(page);
    await expect(page.getByTestId('quiz-scores')).toContainText('best 50%');
  });

  test('offers the first lesson to a newcomer and explains what will come here', async ({ page }) => {
    await page.goto('/practice/');
    await expect(page.getByTestId('practice-due')).toHaveText('Nothing is due for review right now.');
    await expect(page.getByTestId('practice-next')).toContainText('Questions you answer wrong in a knowledge check');
    const offers = page.getByRole('region', { name: 'Something to do now' });
    await expect(offers.getByRole('listitem')).toHaveCount(1);
    await offers.getByRole('link', { name: /^Read the next lesson: / }).click();
    await expect(page).toHaveURL(/\/learn\/what-is-devops\/$/);
  });
});
