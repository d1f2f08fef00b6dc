/**
 * Quiz domain: question types, grading and scoring. Shared by the content schema (build time) and the quiz
 * islands (browser). Plain data only: no Astro, no DOM.
 *
 * A learner's answer to any question is a `Response`: a list of strings whose meaning depends on the type
 * (option ids; "true"/"false"; "item=bucket" pairs; item ids in order; one number). One shape keeps stored
 * progress simple to validate and to migrate.
 */
import type { ShortForm } from './short-form';

/** How a question with several parts is scored. */
export type Scoring = 'partial' | 'all-or-nothing';

interface QuestionBase {
  /** Unique across the whole site; progress is stored under it. */
  id: string;
  prompt: string;
  explanation: string;
  topics: string[];
  difficulty: 1 | 2 | 3;
}

export interface ChoiceOption {
  /** Stable within its question: `a`, `b`, … */
  id: string;
  text: string;
  correct: boolean;
  /** Why this option is wrong (required for wrong options) or a note on a right one. */
  feedback?: string | undefined;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
  /** A shorter wording for quiz games (Kahoot); see short-form.ts. */
  short?: ShortForm | undefined;
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
  scoring: Scoring;
  /** A shorter wording for quiz games (Kahoot); see short-form.ts. */
  short?: ShortForm | undefined;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
  /** Why the other value is wrong. */
  feedback: string;
  /** A shorter wording for quiz games (Kahoot); see short-form.ts. */
  short?: ShortForm | undefined;
}

export interface CategoriseQuestion extends QuestionBase {
  type: 'categorise';
  buckets: { id: string; label: string }[];
  items: { id: string; text: string; bucket: string; feedback?: string | undefined }[];
  scoring: Scoring;
}

export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the right order. */
  items: { id: string; text: string }[];
  scoring: Scoring;
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  /** Absolute: answers within answer ± tolerance are right. */
  tolerance: number;
  unit: string;
  feedback?: string | undefined;
}

export type Question =
  SingleQuestion | MultipleQuestion | TrueFalseQuestion | CategoriseQuestion | OrderQuestion | NumericQuestion;

export type QuestionType = Question['type'];

/** A learner's answer, encoded as strings (see the module comment). */
export type Response = string[];

/** The outcome of one answer. */
export interface Grade {
  correct: boolean;
  /** Share of the credit earned, 0..1. */
  credit: number;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** Parses a number as people type it: "43.2", "43,200", " 1e3 ". NaN when it is not a number. */
export function parseNumber(text: string): number {
  const cleaned = text
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** `item=bucket` pairs of a categorise response, as a map. Malformed pairs are ignored. */
export function placementsOf(response: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of response) {
    const at = pair.indexOf('=');
    if (at > 0) map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return map;
}

/** Share of item pairs whose relative order matches the right order (1 when all do). */
export function orderAgreement(right: readonly string[], given: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i]));
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) {
      pairs += 1;
      const a = pos.get(right[i]!);
      const b = pos.get(right[j]!);
      if (a !== undefined && b !== undefined && a < b) agree += 1;
    }
  }
  return pairs === 0 ? 1 : agree / pairs;
}

/** Grades a response. Never throws: a malformed response scores 0. */
export function grade(question: Question, response: Response): Grade {
  switch (question.type) {
    case 'single': {
      const right = question.options.find((o) => o.correct)?.id;
      const correct = response.length === 1 && response[0] === right;
      return { correct, credit: correct ? 1 : 0 };
    }
    case 'multiple': {
      const right = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
      const picked = new Set(response);
      const hits = [...picked].filter((id) => right.has(id)).length;
      const misses = picked.size - hits;
      const correct = hits === right.size && misses === 0;
      const credit = question.scoring === 'partial' ? clamp01((hits - misses) / right.size) : correct ? 1 : 0;
      return { correct, credit: correct ? 1 : credit };
    }
    case 'true-false': {
      const correct = response.length === 1 && response[0] === String(question.answer);
      return { correct, credit: correct ? 1 : 0 };
    }
    case 'categorise': {
      const placed = placementsOf(response);
      const right = question.items.filter((item) => placed.get(item.id) === item.bucket).length;
      const correct = right === question.items.length;
      const credit = question.scoring === 'partial' ? right / question.items.length : correct ? 1 : 0;
      return { correct, credit };
    }
    case 'order': {
      const rightOrder = question.items.map((i) => i.id);
      const correct = response.length === rightOrder.length && rightOrder.every((id, index) => response[index] === id);
      const credit = question.scoring === 'partial' ? orderAgreement(rightOrder, response) : correct ? 1 : 0;
      return { correct, credit: correct ? 1 : credit };
    }
    case 'numeric': {
      const value = response.length === 1 ? parseNumber(response[0]!) : Number.NaN;
      // A tiny epsilon so that 43.2 ± 0.1 accepts 43.3 despite floating-point rounding.
      const correct = Number.isFinite(value) && Math.abs(value - question.answer) <= question.tolerance + 1e-9;
      return { correct, credit: correct ? 1 : 0 };
    }
  }
}

/** Whether a response is complete enough to be checked; otherwise a sentence saying what is missing. */
export function incompleteReason(question: Question, response: Response): string | null {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return response.length === 1 ? null : 'Choose an answer first.';
    case 'multiple':
      return response.length > 0 ? null : 'Choose at least one answer first.';
    case 'categorise': {
      const placed = placementsOf(response);
      const missing = question.items.filter((i) => !placed.has(i.id)).length;
      return missing === 0 ? null : `Place every statement first (${missing} left).`;
    }
    case 'order':
      return response.length === question.items.length ? null : 'Arrange every step first.';
    case 'numeric':
      return Number.isFinite(parseNumber(response[0] ?? ''))
        ? null
        : 'Enter a number first (digits, with an optional decimal point).';
  }
}

/** A score as a whole percentage: how every stored and shown percentage is computed. */
export const percentOf = (points: number, total: number): number =>
  total === 0 ? 0 : Math.round((points / total) * 100);

/** Score of a set of graded answers: credit summed, as points and a rounded percentage. */
export function scoreOf(grades: readonly Grade[]): { points: number; total: number; percent: number } {
  const points = Math.round(grades.reduce((n, g) => n + g.credit, 0) * 100) / 100;
  const total = grades.length;
  return { points, total, percent: percentOf(points, total) };
}

/** The percentage at or above which a knowledge check counts as passed. */
export const PASS_PERCENT = 80;

/** Whether a percentage passes a knowledge check. */
export const passes = (percent: number) => percent >= PASS_PERCENT;

/** The longest numeric answer kept as typed when it is not a number (a number is kept in its shortest form). */
export const MAX_TYPED_ANSWER = 40;

/**
 * Brings a response into the form that is graded and stored: choices the question has, each at most once;
 * `item=bucket` pairs for existing items and buckets; a numeric answer as its number in shortest form (or, when
 * it is not a number, the trimmed text, cut to MAX_TYPED_ANSWER characters). Whatever comes out, the progress
 * decoder accepts.
 */
export function normaliseResponse(question: Question, response: readonly string[]): Response {
  switch (question.type) {
    case 'single':
    case 'true-false': {
      const ids = question.type === 'single' ? question.options.map((o) => o.id) : ['true', 'false'];
      const last = response.filter((r) => ids.includes(r)).at(-1);
      return last === undefined ? [] : [last];
    }
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      return ids.filter((id) => response.includes(id));
    }
    case 'categorise': {
      const buckets = new Set(question.buckets.map((b) => b.id));
      const placed = placementsOf(response);
      return question.items
        .filter((i) => buckets.has(placed.get(i.id) ?? ''))
        .map((i) => `${i.id}=${placed.get(i.id)!}`);
    }
    case 'order': {
      const ids = question.items.map((i) => i.id);
      const seen = new Set(response);
      return response.length === ids.length && seen.size === ids.length && ids.every((id) => seen.has(id))
        ? [...response]
        : [];
    }
    case 'numeric': {
      const typed = (response[0] ?? '').trim();
      const value = parseNumber(typed);
      return [Number.isFinite(value) ? String(value) : typed.slice(0, MAX_TYPED_ANSWER)];
    }
  }
}

/** How an answer went, with the words shown and announced for it (the one place they are written). */
export interface Verdict {
  kind: 'right' | 'partial' | 'wrong';
  /** Shown on the question, after a symbol that is hidden from screen readers. */
  text: string;
  symbol: '✓' | '◐' | '✗';
}

/** The verdict on a grade. */
export function verdictOf(g: Grade): Verdict {
  if (g.correct) return { kind: 'right', symbol: '✓', text: 'Correct.' };
  if (g.credit > 0) {
    return { kind: 'partial', symbol: '◐', text: `Partly right: ${Math.round(g.credit * 100)}% of the credit.` };
  }
  return { kind: 'wrong', symbol: '✗', text: 'Not quite.' };
}

/** What the live region says after an answer: where, the verdict, and the explanation. */
export const verdictAnnouncement = (label: string, verdict: Verdict, explanation: string): string =>
  `${label}: ${verdict.text} ${explanation}`;
