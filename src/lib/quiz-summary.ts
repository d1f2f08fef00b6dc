/**
 * Where a learner stands in a knowledge check, for the summary at its top and the list of missed questions at
 * its end: derived from the attempt's answers and the order the questions are shown in. Pure: no DOM, no store.
 */
import type { AnswerRecord } from './progress';
import { scoreOf } from './quiz';

/** A question shown in the check, by its id and its number there (1 for the first shown). */
export interface ShownQuestion {
  id: string;
  number: number;
}

/** A question answered with less than full credit. */
export interface MissedQuestion extends ShownQuestion {
  /** Share of the credit earned, 0..1 (above 0: partly right). */
  credit: number;
}

export interface CheckSummary {
  /** Questions in the check. */
  total: number;
  /** Questions answered in this attempt. */
  answered: number;
  /** Credit earned so far (each question is worth one point), rounded as the final score is. */
  points: number;
  /** `points` out of the questions answered so far, as a whole percentage (0 when none is answered). */
  percent: number;
  /** The first question not yet answered, in the order shown; undefined when every question is answered. */
  firstOpen: ShownQuestion | undefined;
  /** Questions answered wrong or partly right, in the order shown. */
  missed: MissedQuestion[];
}

/**
 * The summary of an attempt: `order` is the question ids as shown, `answers` the attempt's answers by id
 * (answers to questions the check no longer has are left out).
 */
export function summariseCheck(
  order: readonly string[],
  answers: Readonly<Record<string, AnswerRecord | undefined>>,
): CheckSummary {
  const given: AnswerRecord[] = [];
  const missed: MissedQuestion[] = [];
  let firstOpen: ShownQuestion | undefined;
  order.forEach((id, i) => {
    const record = answers[id];
    if (!record) {
      firstOpen ??= { id, number: i + 1 };
      return;
    }
    given.push(record);
    if (!record.correct) missed.push({ id, number: i + 1, credit: record.credit });
  });
  const { points, percent } = scoreOf(given);
  return { total: order.length, answered: given.length, points, percent, firstOpen, missed };
}

/** "1 question" / "3 questions": a count with its noun, singular or plural. */
export const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
