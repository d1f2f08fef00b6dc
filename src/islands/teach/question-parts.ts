import type { Question } from '../../lib/quiz';

/**
 * The ids the question inputs lay out, in the order a screen shows them: options (single, multiple) or items
 * (categorise, order) of a question already put in display order (option-order.ts); none for true-false and numeric.
 */
export function partsOf(shown: Question): string[] {
  switch (shown.type) {
    case 'single':
    case 'multiple':
      return shown.options.map((o) => o.id);
    case 'categorise':
    case 'order':
      return shown.items.map((i) => i.id);
    default:
      return [];
  }
}
