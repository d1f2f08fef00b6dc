/**
 * The one order in which a set's question shows its options or items, on every screen of a class (projector,
 * phones, paper, answer key): derived from the set's seed and the question's id with the lesson quiz's own
 * arrangement (src/lib/arrange.ts), so the screens agree. Result codes use the content's order instead, so they
 * do not depend on it.
 */
import { arrange } from '../arrange';
import type { Question } from '../quiz';

/** Puts `list` in the order of `ids` (every id is one of the list's). */
const inOrder = <T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] => {
  const byId = new Map(list.map((x) => [x.id, x]));
  return ids.map((id) => byId.get(id)!);
};

/**
 * The same question with its options (single, multiple) or items (categorise, order) in display order. An order
 * question is never shown already in the right order. True-false and numeric questions come back unchanged.
 * For display only: grade answers and compute answer states with the content's question, never with this one
 * (an order question's items are its right order).
 */
export function displayOrder(seed: number, question: Question): Question {
  const [arranged] = arrange([question], seed >>> 0);
  const parts = arranged!.parts;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...question, options: inOrder(question.options, parts) };
    case 'categorise':
      return { ...question, items: inOrder(question.items, parts) };
    case 'order':
      return { ...question, items: inOrder(question.items, parts) };
    default:
      return question;
  }
}
