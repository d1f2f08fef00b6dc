/**
 * Quiz domain types shared by the content schema (build time) and the quiz island (browser).
 * Plain data only: no Astro, no DOM.
 */

export interface QuizOption {
  /** Stable within its question: `a`, `b`, … */
  id: string;
  text: string;
  correct: boolean;
  /** Why this option is wrong (required for wrong options) or a note on a right one. */
  feedback?: string | undefined;
}

export interface ChoiceQuestion {
  /** Unique across the whole site; progress is stored under it. */
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: QuizOption[];
  explanation: string;
  topics: string[];
  difficulty: 1 | 2 | 3;
}

export type Question = ChoiceQuestion;

/** The outcome of one answer. */
export interface Grade {
  correct: boolean;
  /** Share of the credit earned, 0..1. Single choice is all or nothing. */
  credit: number;
}

/** Grades a selection of option ids against a choice question. Unknown ids count as wrong picks. */
export function gradeChoice(question: ChoiceQuestion, selected: readonly string[]): Grade {
  const right = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  const picked = new Set(selected);
  const exact = picked.size === right.size && [...picked].every((id) => right.has(id));
  return { correct: exact, credit: exact ? 1 : 0 };
}

/** Score of a set of graded answers. */
export function scoreOf(grades: readonly Grade[]): { correct: number; total: number; percent: number } {
  const correct = grades.filter((g) => g.correct).length;
  const total = grades.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** The percentage at or above which a knowledge check counts as passed. */
export const PASS_PERCENT = 80;
