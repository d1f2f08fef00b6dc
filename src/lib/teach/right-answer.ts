/**
 * The right answer of a question in words, as the presenter reveals it, the speaker view shows it and the answer
 * key prints it. Options and items carry the letters they are shown with (A, B, …), taken from the display order
 * the set gives them, so "the answer is B" means the same on the projector, the phones and the paper.
 */
import type { ChoiceOption, MultipleQuestion, Question, SingleQuestion, TrueFalseQuestion } from '../quiz';

/** The letter of the option or item shown at `index` (0 → A). */
export const letterOf = (index: number) => String.fromCharCode(65 + index);

/**
 * The options a choice question offers, in the order given: its own, or True and False for a true/false question
 * (as the lesson check's ChoiceInput lays them out; that copy stays there so lessons do not load this module).
 */
export function choiceOptions(q: SingleQuestion | MultipleQuestion | TrueFalseQuestion): ChoiceOption[] {
  return q.type === 'true-false'
    ? [
        { id: 'true', text: 'True', correct: q.answer },
        { id: 'false', text: 'False', correct: !q.answer },
      ]
    : q.options;
}

/** Whether option `id` of a choice question is right. */
export function isRightOption(q: Question, id: string): boolean {
  if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'true-false') return false;
  return choiceOptions(q).some((o) => o.id === id && o.correct);
}

/**
 * The right answer of a question, one line per part: the right option(s) with their letters, the value with its
 * unit and tolerance, each step in the right order, or each group's items. `shown` is the question in its display
 * order (the letters); `canonical` as authored (an order question's right order is the authored one). `brief`:
 * letters only, for a screen that shows the lettered options or items right above (a slide, the builder's preview).
 */
export function rightAnswerLines(canonical: Question, shown: Question, brief = false): string[] {
  const part = (i: number, text: string) => (brief ? letterOf(i) : `${letterOf(i)}. ${text}`);
  switch (shown.type) {
    case 'single':
    case 'multiple': {
      const right = shown.options.flatMap((o, i) => (o.correct ? [part(i, o.text)] : []));
      return brief ? [right.join(', ')] : right;
    }
    case 'true-false':
      return [shown.answer ? 'True' : 'False'];
    case 'numeric':
      return [
        `${shown.answer} ${shown.unit}${shown.tolerance ? ` (answers within ± ${shown.tolerance} count)` : ''}`.trim(),
      ];
    case 'order': {
      // Letters are those of the shuffled list on screen.
      const right = canonical.type === 'order' ? canonical.items : shown.items;
      const steps = right.map((item) =>
        part(
          shown.items.findIndex((i) => i.id === item.id),
          item.text,
        ),
      );
      return brief ? [steps.join(' → ')] : steps.map((step, n) => `${n + 1}. ${step}`);
    }
    case 'categorise':
      return shown.buckets.map((b) => {
        // Items are joined with semicolons, so a statement's own closing full stop is left out (not ".;").
        const items = shown.items.flatMap((item, i) =>
          item.bucket === b.id ? [part(i, item.text.replace(/\.$/, ''))] : [],
        );
        return `${b.label}: ${items.length ? items.join(brief ? ', ' : '; ') : 'none'}`;
      });
  }
}

/** What a question asks people to do, in a few words, by its type. */
export function instructionOf(q: Question): string {
  switch (q.type) {
    case 'single':
      return 'Choose one answer.';
    case 'multiple':
      return 'Choose every answer that applies.';
    case 'true-false':
      return 'True or false?';
    case 'numeric':
      return q.unit ? `Give a number, in ${q.unit}.` : 'Give a number.';
    case 'order':
      return 'Put these steps in the right order.';
    case 'categorise':
      return `Put each statement in one group: ${q.buckets.map((b) => b.label).join(', ')}.`;
  }
}
