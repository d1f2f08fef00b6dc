/**
 * A learner's own result on the join page: per question the answer state a result code carries and what it is
 * worth, and the score over the set. Computed from the states, as the trainer's page computes it from the code,
 * so the phone and the class table never disagree about a question.
 */
import { percentOf, type Question, type Response } from '../quiz';
import { answerState, stateOutcome } from './answer-state';

/** One question of the learner's result. */
export interface LearnerRow {
  questionId: string;
  /** 1-based position in the set. */
  number: number;
  state: number;
  answered: boolean;
  /** Full marks, as the lesson quiz counts them. */
  correct: boolean;
  /** Share of the credit, 0..1. */
  score: number;
}

/** The learner's result over the whole set. */
export interface LearnerResult {
  rows: LearnerRow[];
  /** States in the set's order, for the result code. */
  states: number[];
  /** Credit summed, rounded to hundredths. */
  points: number;
  total: number;
  percent: number;
  /** Positions (1-based) of the questions with no answer. */
  unanswered: number[];
}

/** The result of `answers` (Response by question id) over `questions` (the content's questions, in set order). */
export function learnerResult(
  questions: readonly Question[],
  answers: Readonly<Record<string, Response>>,
): LearnerResult {
  const rows = questions.map((q, i): LearnerRow => {
    const state = answerState(q, answers[q.id]);
    return { questionId: q.id, number: i + 1, state, ...stateOutcome(q, state) };
  });
  const points = Math.round(rows.reduce((n, r) => n + r.score, 0) * 100) / 100;
  return {
    rows,
    states: rows.map((r) => r.state),
    points,
    total: rows.length,
    percent: percentOf(points, rows.length),
    unanswered: rows.filter((r) => !r.answered).map((r) => r.number),
  };
}

/** "1, 4 and 7": question numbers in words, for messages. */
export function numberList(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)!}`;
}
