/**
 * What a result code stores for one question: a small number, its "answer state", from which the trainer's
 * page recomputes everything the class table shows. 0 always means "not answered". Per type:
 *
 * - single: 1 + index of the chosen option in the content's order (k + 1 states);
 * - multiple: a bitmask over the options in the content's order, bit i for option i (2^k states; none chosen is 0);
 * - true-false: 1 true, 2 false; numeric: 1 wrong, 2 right (3 states each);
 * - categorise: 1 + number of statements placed in the right bucket (n + 2 states);
 * - order: 1 + number of step pairs in the right relative order (n(n−1)/2 + 2 states), because that is what the
 *   lesson quiz's partial credit counts: a state gives back exactly the grade of src/lib/quiz.ts.
 *
 * Always pass the content's question (not the display order of option-order.ts).
 */
import { grade, normaliseResponse, placementsOf, type Question, type Response } from '../quiz';

const pairsOf = (n: number) => (n * (n - 1)) / 2;

/** Set bits of a small non-negative integer. */
const bitCount = (n: number): number => {
  let count = 0;
  for (let v = n; v > 0; v >>= 1) count += v & 1;
  return count;
};

/** How many answer states a question has (including 0, not answered). */
export function stateCount(q: Question): number {
  switch (q.type) {
    case 'single':
      return q.options.length + 1;
    case 'multiple':
      return 2 ** q.options.length;
    case 'true-false':
    case 'numeric':
      return 3;
    case 'categorise':
      return q.items.length + 2;
    case 'order':
      return pairsOf(q.items.length) + 2;
  }
}

/** Step pairs of `given` in the same relative order as the right order (given is a full arrangement). */
function pairsInOrder(right: readonly string[], given: readonly string[]): number {
  const pos = new Map(given.map((id, i) => [id, i]));
  let agree = 0;
  for (let i = 0; i < right.length; i++) {
    for (let j = i + 1; j < right.length; j++) if (pos.get(right[i]!)! < pos.get(right[j]!)!) agree += 1;
  }
  return agree;
}

/** The answer state of a learner's response (undefined: not answered). Malformed parts are ignored, as grading does. */
export function answerState(q: Question, response: Response | undefined): number {
  if (response === undefined) return 0;
  const r = normaliseResponse(q, response);
  switch (q.type) {
    case 'single':
      return r.length === 1 ? 1 + q.options.findIndex((o) => o.id === r[0]) : 0;
    case 'multiple':
      return q.options.reduce((mask, o, i) => (r.includes(o.id) ? mask + 2 ** i : mask), 0);
    case 'true-false':
      return r.length === 1 ? (r[0] === 'true' ? 1 : 2) : 0;
    case 'numeric':
      return r[0] === '' || r[0] === undefined ? 0 : grade(q, r).correct ? 2 : 1;
    case 'categorise': {
      if (r.length === 0) return 0;
      const placed = placementsOf(r);
      return 1 + q.items.filter((item) => placed.get(item.id) === item.bucket).length;
    }
    case 'order':
      return r.length === 0
        ? 0
        : 1 +
            pairsInOrder(
              q.items.map((i) => i.id),
              r,
            );
  }
}

/** Whether a state is one the question can have. */
export const isState = (q: Question, state: number): boolean =>
  Number.isInteger(state) && state >= 0 && state < stateCount(q);

/** The option ids (single, multiple) or value (`true`/`false`) a state stands for, in the content's order; else []. */
export function stateChoices(q: Question, state: number): string[] {
  if (state <= 0 || !isState(q, state)) return [];
  switch (q.type) {
    case 'single':
      return [q.options[state - 1]!.id];
    case 'multiple':
      return q.options.filter((_, i) => Math.floor(state / 2 ** i) % 2 === 1).map((o) => o.id);
    case 'true-false':
      return [state === 1 ? 'true' : 'false'];
    default:
      return [];
  }
}

/** How a state went: answered, right (full marks, as the lesson quiz says) and the share of the credit, 0..1. */
export function stateOutcome(q: Question, state: number): { answered: boolean; correct: boolean; score: number } {
  if (state <= 0 || !isState(q, state)) return { answered: false, correct: false, score: 0 };
  switch (q.type) {
    case 'single':
    case 'true-false': {
      const g = grade(q, stateChoices(q, state));
      return { answered: true, correct: g.correct, score: g.credit };
    }
    case 'multiple': {
      // The lesson quiz's grade, worked on the bitmask (a class table grades thousands of these).
      const right = q.options.reduce((mask, o, i) => (o.correct ? mask | (1 << i) : mask), 0);
      const hits = bitCount(state & right);
      const misses = bitCount(state & ~right);
      const correct = state === right;
      const partial = Math.min(1, Math.max(0, (hits - misses) / bitCount(right)));
      return { answered: true, correct, score: correct ? 1 : q.scoring === 'partial' ? partial : 0 };
    }
    case 'numeric':
      return { answered: true, correct: state === 2, score: state === 2 ? 1 : 0 };
    case 'categorise':
    case 'order': {
      const right = state - 1;
      const all = q.type === 'order' ? pairsOf(q.items.length) : q.items.length;
      const correct = right === all;
      return { answered: true, correct, score: correct ? 1 : q.scoring === 'partial' ? right / all : 0 };
    }
  }
}
