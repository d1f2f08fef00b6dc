import type { Question } from './quiz';
import { generator, hashString, shuffled } from './random';

/** How one question is shown in an attempt: its place and the order of its parts. */
export interface Arranged {
  question: Question;
  /** Option ids (single, multiple) or item ids (categorise, order) in display order; empty otherwise. */
  parts: string[];
}

/**
 * The order of questions and of their options for an attempt. Pure and stable: the same seed gives the same
 * arrangement. An order question never starts already in the right order (when it has two or more items).
 */
export function arrange(questions: readonly Question[], seed: number): Arranged[] {
  const order = shuffled(questions, generator(seed));
  return order.map((question) => {
    const random = generator((seed ^ hashString(question.id)) >>> 0);
    switch (question.type) {
      case 'single':
      case 'multiple':
        return { question, parts: shuffled(question.options, random).map((o) => o.id) };
      case 'categorise':
        return { question, parts: shuffled(question.items, random).map((i) => i.id) };
      case 'order': {
        const right = question.items.map((i) => i.id);
        let parts = shuffled(right, random);
        if (right.length > 1 && parts.every((id, i) => id === right[i])) parts = [...parts.slice(1), parts[0]!];
        return { question, parts };
      }
      default:
        return { question, parts: [] };
    }
  });
}
