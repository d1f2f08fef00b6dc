import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { grade, normaliseResponse, type Question } from '../../src/lib/quiz';
import { answerState, isState, stateChoices, stateCount, stateOutcome } from '../../src/lib/teach/answer-state';
import { categorise, multiple, numeric, order, questionArb, responseArb, single, trueFalse } from './teach-fixture';

describe('answer states', () => {
  it('counts the states of each type', () => {
    expect([single, multiple, trueFalse, categorise, order, numeric].map(stateCount)).toEqual([
      4, // 3 options + not answered
      16, // 2^4 masks
      3,
      5, // 3 statements: 0..3 right + not answered
      8, // 4 steps: 0..6 pairs in order + not answered
      3,
    ]);
  });

  it('0 is always "not answered"', () => {
    for (const q of [single, multiple, trueFalse, categorise, order, numeric]) {
      expect(answerState(q, undefined)).toBe(0);
      expect(stateOutcome(q, 0)).toEqual({ answered: false, correct: false, score: 0 });
    }
    expect(answerState(single, [])).toBe(0);
    expect(answerState(multiple, [])).toBe(0);
    expect(answerState(numeric, [''])).toBe(0);
    expect(answerState(numeric, ['  '])).toBe(0);
    expect(answerState(order, ['one'])).toBe(0); // not a full arrangement
  });

  it('single: 1 + the chosen option’s place in the content', () => {
    expect(answerState(single, ['a'])).toBe(1);
    expect(answerState(single, ['b'])).toBe(2);
    expect(stateOutcome(single, 2)).toEqual({ answered: true, correct: true, score: 1 });
    expect(stateChoices(single, 3)).toEqual(['c']);
  });

  it('multiple: a bitmask over the content’s options', () => {
    expect(answerState(multiple, ['a', 'c'])).toBe(0b0101);
    expect(stateChoices(multiple, 0b0101)).toEqual(['a', 'c']);
    expect(stateOutcome(multiple, 0b0011)).toEqual({ answered: true, correct: true, score: 1 });
    expect(stateOutcome(multiple, 0b0001)).toEqual({ answered: true, correct: false, score: 0.5 });
  });

  it('true-false: 1 true, 2 false; numeric: 1 wrong, 2 right', () => {
    expect(answerState(trueFalse, ['true'])).toBe(1);
    expect(answerState(trueFalse, ['false'])).toBe(2);
    expect(stateChoices(trueFalse, 2)).toEqual(['false']);
    expect(answerState(numeric, ['43.3'])).toBe(2);
    expect(answerState(numeric, ['44'])).toBe(1);
    expect(answerState(numeric, ['many'])).toBe(1);
    expect(stateOutcome(numeric, 1)).toEqual({ answered: true, correct: false, score: 0 });
  });

  it('categorise: 1 + statements placed right; order: 1 + step pairs in the right order', () => {
    expect(answerState(categorise, ['x=devops', 'y=devops', 'z=sre'])).toBe(3);
    expect(stateOutcome(categorise, 3)).toEqual({ answered: true, correct: false, score: 2 / 3 });
    expect(answerState(order, ['one', 'two', 'three', 'four'])).toBe(7);
    expect(answerState(order, ['four', 'three', 'two', 'one'])).toBe(1);
    expect(answerState(order, ['two', 'one', 'three', 'four'])).toBe(6);
    expect(stateOutcome(order, 6)).toEqual({ answered: true, correct: false, score: 5 / 6 });
    expect(stateChoices(order, 6)).toEqual([]);
  });

  it('states out of range are never answers', () => {
    expect(isState(single, 4)).toBe(false);
    expect(isState(single, -1)).toBe(false);
    expect(isState(single, 1.5)).toBe(false);
    expect(stateOutcome(single, 9)).toEqual({ answered: false, correct: false, score: 0 });
    expect(stateChoices(single, 9)).toEqual([]);
  });

  test.prop([questionArb('q').chain((q) => fc.tuple(fc.constant(q), responseArb(q)))], { numRuns: 500 })(
    'a state gives back exactly the lesson quiz’s grade of the response',
    ([q, response]: [Question, string[] | undefined]) => {
      const state = answerState(q, response);
      expect(isState(q, state)).toBe(true);
      const outcome = stateOutcome(q, state);
      if (!outcome.answered) return;
      const g = grade(q, normaliseResponse(q, response!));
      expect(outcome.correct).toBe(g.correct);
      expect(outcome.score).toBeCloseTo(g.credit, 12);
    },
  );

  test.prop([questionArb('q')])('every state of a choice question stands for the choices that give it back', (q) => {
    if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'true-false') return;
    for (let s = 1; s < stateCount(q); s++) expect(answerState(q, stateChoices(q, s))).toBe(s);
  });
});
