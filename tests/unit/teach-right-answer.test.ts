/**
 * The right answer in words (src/lib/teach/right-answer.ts), as the presenter reveals it and the answer key prints
 * it: letters follow the display order, an order question's right order is the authored one.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/quiz';
import { instructionOf, isRightOption, letterOf, rightAnswerLines } from '../../src/lib/teach/right-answer';

const base = { prompt: 'P?', explanation: 'Because.', topics: [], difficulty: 1 as const };

describe('right answer in words', () => {
  it('names the right option by the letter it is shown with', () => {
    const q: Question = {
      ...base,
      id: 's',
      type: 'single',
      options: [
        { id: 'a', text: 'Alpha', correct: true },
        { id: 'b', text: 'Beta', correct: false, feedback: 'no' },
        { id: 'c', text: 'Gamma', correct: false, feedback: 'no' },
      ],
    };
    const shown: Question = { ...q, options: [q.options[2]!, q.options[0]!, q.options[1]!] };
    expect(rightAnswerLines(q, shown)).toEqual(['B. Alpha']);
    expect(isRightOption(shown, 'a')).toBe(true);
    expect(isRightOption(shown, 'c')).toBe(false);
  });

  it('lists every right option of a multiple-choice question', () => {
    const q: Question = {
      ...base,
      id: 'm',
      type: 'multiple',
      scoring: 'partial',
      options: [
        { id: 'a', text: 'One', correct: true },
        { id: 'b', text: 'Two', correct: false, feedback: 'no' },
        { id: 'c', text: 'Three', correct: true },
      ],
    };
    expect(rightAnswerLines(q, q)).toEqual(['A. One', 'C. Three']);
    expect(rightAnswerLines(q, q, true)).toEqual(['A, C']);
    expect(instructionOf(q)).toBe('Choose every answer that applies.');
  });

  it('gives true or false, and a number with its unit and tolerance', () => {
    const tf: Question = { ...base, id: 't', type: 'true-false', answer: false, feedback: 'It is not.' };
    expect(rightAnswerLines(tf, tf)).toEqual(['False']);
    expect(isRightOption(tf, 'false')).toBe(true);
    const n: Question = { ...base, id: 'n', type: 'numeric', answer: 43.2, tolerance: 0.1, unit: 'minutes' };
    expect(rightAnswerLines(n, n)).toEqual(['43.2 minutes (answers within ± 0.1 count)']);
    expect(rightAnswerLines({ ...n, tolerance: 0 }, { ...n, tolerance: 0 })).toEqual(['43.2 minutes']);
  });

  it('gives an order question its authored order, with the shuffled letters', () => {
    const q: Question = {
      ...base,
      id: 'o',
      type: 'order',
      scoring: 'partial',
      items: [
        { id: 'x', text: 'First' },
        { id: 'y', text: 'Second' },
        { id: 'z', text: 'Third' },
      ],
    };
    const shown: Question = { ...q, items: [q.items[1]!, q.items[2]!, q.items[0]!] };
    expect(rightAnswerLines(q, shown)).toEqual(['1. C. First', '2. A. Second', '3. B. Third']);
    // On a slide the items are on screen above the answer: letters only.
    expect(rightAnswerLines(q, shown, true)).toEqual(['C → A → B']);
  });

  it('groups categorise items under their bucket', () => {
    const q: Question = {
      ...base,
      id: 'c',
      type: 'categorise',
      scoring: 'partial',
      buckets: [
        { id: 'dev', label: 'DevOps' },
        { id: 'sre', label: 'SRE' },
        { id: 'none', label: 'Neither' },
      ],
      items: [
        { id: 'i1', text: 'CI', bucket: 'dev' },
        { id: 'i2', text: 'SLO', bucket: 'sre' },
        { id: 'i3', text: 'CD.', bucket: 'dev' },
      ],
    };
    expect(rightAnswerLines(q, q)).toEqual(['DevOps: A. CI; C. CD', 'SRE: B. SLO', 'Neither: none']);
    expect(rightAnswerLines(q, q, true)).toEqual(['DevOps: A, C', 'SRE: B', 'Neither: none']);
    expect(instructionOf(q)).toBe('Put each statement in one group: DevOps, SRE, Neither.');
  });

  it('letters options from A', () => {
    expect([0, 1, 25].map(letterOf)).toEqual(['A', 'B', 'Z']);
  });
});
