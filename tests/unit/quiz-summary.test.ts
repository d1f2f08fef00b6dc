import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/lib/progress';
import { countOf, summariseCheck } from '../../src/lib/quiz-summary';

const at = '2026-12-01T10:00:00.000Z';
const right: AnswerRecord = { response: ['a'], correct: true, credit: 1, at };
const wrong: AnswerRecord = { response: ['b'], correct: false, credit: 0, at };
const half: AnswerRecord = { response: ['a'], correct: false, credit: 0.5, at };

describe('the knowledge check summary', () => {
  it('starts with nothing answered: the first question shown is the first open one, nothing missed', () => {
    expect(summariseCheck(['q3', 'q1', 'q2'], {})).toEqual({
      total: 3,
      answered: 0,
      points: 0,
      percent: 0,
      firstOpen: { id: 'q3', number: 1 },
      missed: [],
    });
  });

  it('counts answers and credit so far, out of the questions answered', () => {
    const s = summariseCheck(['q1', 'q2', 'q3', 'q4'], { q1: right, q2: half, q4: wrong });
    expect(s).toMatchObject({ total: 4, answered: 3, points: 1.5, percent: 50 });
  });

  it('finds the first unanswered question in the order shown, not in the bank order', () => {
    const answers = { q1: right, q3: right };
    expect(summariseCheck(['q3', 'q2', 'q1'], answers).firstOpen).toEqual({ id: 'q2', number: 2 });
    expect(summariseCheck(['q1', 'q3', 'q2'], answers).firstOpen).toEqual({ id: 'q2', number: 3 });
    expect(summariseCheck(['q1', 'q3'], answers).firstOpen).toBeUndefined();
  });

  it('lists wrong and partly right answers, in the order shown, with their number and credit', () => {
    const s = summariseCheck(['q4', 'q1', 'q2', 'q3'], { q1: right, q2: half, q3: right, q4: wrong });
    expect(s.missed).toEqual([
      { id: 'q4', number: 1, credit: 0 },
      { id: 'q2', number: 3, credit: 0.5 },
    ]);
    expect(s.firstOpen).toBeUndefined();
  });

  it('leaves out answers to questions the check no longer has', () => {
    const s = summariseCheck(['q1'], { q1: right, gone: wrong });
    expect(s).toMatchObject({ answered: 1, points: 1, percent: 100, missed: [] });
  });

  it('rounds points as the final score does (two decimals) and the percentage to a whole number', () => {
    const third: AnswerRecord = { ...half, credit: 1 / 3 };
    const s = summariseCheck(['a', 'b', 'c'], { a: third, b: third, c: right });
    expect(s.points).toBe(1.67);
    expect(s.percent).toBe(56);
  });
});

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise, fractions included', () => {
    expect(countOf(1, 'point')).toBe('1 point');
    expect(countOf(0, 'point')).toBe('0 points');
    expect(countOf(2, 'question')).toBe('2 questions');
    expect(countOf(0.5, 'point')).toBe('0.5 points');
    expect(countOf(1.5, 'point')).toBe('1.5 points');
  });
});
