import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/lib/quiz';
import { learnerResult, numberList } from '../../src/lib/teach/learner-result';
import { optionLabel, rankLearners } from '../../src/lib/teach/results-view';
import { isRightOption } from '../../src/lib/teach/right-answer';
import {
  ALL_TYPES,
  categorise,
  multiple,
  numeric,
  order,
  questionsArb,
  responseArb,
  single,
  trueFalse,
} from './teach-fixture';

describe('a learner’s own result on the join page', () => {
  it('marks each question right, partly right, wrong or unanswered, and sums the credit', () => {
    const r = learnerResult(ALL_TYPES, {
      [single.id]: ['b'],
      [multiple.id]: ['a'],
      [trueFalse.id]: ['true'],
      [numeric.id]: [],
    });
    expect(r.rows.map((x) => [x.number, x.answered, x.correct, x.score])).toEqual([
      [1, true, true, 1],
      [2, true, false, 0.5],
      [3, true, false, 0],
      [4, false, false, 0],
      [5, false, false, 0],
      [6, false, false, 0],
    ]);
    expect(r.points).toBe(1.5);
    expect(r.percent).toBe(25);
    expect(r.unanswered).toEqual([4, 5, 6]);
    expect(r.states).toEqual(r.rows.map((x) => x.state));
  });

  test.prop([questionsArb(8).chain((qs) => fc.tuple(fc.constant(qs), fc.tuple(...qs.map(responseArb))))])(
    'gives every answered question the lesson quiz’s own grade',
    ([questions, responses]) => {
      const answers = Object.fromEntries(
        questions.flatMap((q, i) => (responses[i] === undefined ? [] : [[q.id, responses[i]!]])),
      );
      const r = learnerResult(questions, answers);
      questions.forEach((q, i) => {
        const row = r.rows[i]!;
        if (!row.answered) return;
        const g = grade(q, answers[q.id]!);
        expect(row.correct).toBe(g.correct);
        expect(row.score).toBeCloseTo(g.credit, 9);
      });
    },
  );

  it('words a list of question numbers', () => {
    expect(numberList([])).toBe('');
    expect(numberList([3])).toBe('3');
    expect(numberList([1, 4, 7])).toBe('1, 4 and 7');
  });
});

describe('the results page’s words and ranking', () => {
  it('names options by their text, true-false by True and False', () => {
    expect(optionLabel(single, 'b')).toBe('B');
    expect(optionLabel(trueFalse, 'false')).toBe('False');
    expect(optionLabel(categorise, 'x')).toBe('x');
    expect(optionLabel(order, 'a')).toBe('a');
  });

  it('marks the right options, and none of a question without options', () => {
    expect(['a', 'b', 'c'].filter((id) => isRightOption(single, id))).toEqual(['b']);
    expect(['a', 'b', 'c', 'd'].filter((id) => isRightOption(multiple, id))).toEqual(['a', 'b']);
    expect(['true', 'false'].filter((id) => isRightOption(trueFalse, id))).toEqual(['false']);
    expect(isRightOption(order, 'one')).toBe(false);
  });

  it('ranks by points only; equal scores share a rank and keep the order they were added in', () => {
    const ranked = rankLearners([
      { code: 'A', points: 3 },
      { code: 'B', points: 5 },
      { code: 'C', points: 3 },
      { code: 'D', points: 1 },
    ]);
    expect(ranked.map((l) => `${l.rank}${l.code}`)).toEqual(['1B', '2A', '2C', '4D']);
  });
});
