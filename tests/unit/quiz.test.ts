import { describe, expect, it } from 'vitest';
import { arrange } from '../../src/lib/arrange';
import { grade, incompleteReason, orderAgreement, parseNumber, scoreOf, type Question } from '../../src/lib/quiz';
import { decodeSeed, encodeSeed, generator, shuffled } from '../../src/lib/random';

const base = { prompt: 'P', explanation: 'E', topics: [], difficulty: 2 as const };
const opt = (id: string, correct = false) => ({
  id,
  text: id.toUpperCase(),
  correct,
  feedback: correct ? undefined : 'no',
});

const single: Question = { ...base, id: 's', type: 'single', options: [opt('a', true), opt('b'), opt('c')] };
const multiple: Question = {
  ...base,
  id: 'm',
  type: 'multiple',
  scoring: 'partial',
  options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
};
const trueFalse: Question = { ...base, id: 't', type: 'true-false', answer: false, feedback: 'F' };
const categorise: Question = {
  ...base,
  id: 'c',
  type: 'categorise',
  scoring: 'partial',
  buckets: [
    { id: 'devops', label: 'DevOps' },
    { id: 'sre', label: 'SRE' },
  ],
  items: [
    { id: 'a', text: 'A', bucket: 'sre' },
    { id: 'b', text: 'B', bucket: 'devops' },
    { id: 'c', text: 'C', bucket: 'sre' },
    { id: 'd', text: 'D', bucket: 'devops' },
  ],
};
const order: Question = {
  ...base,
  id: 'o',
  type: 'order',
  scoring: 'partial',
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
};
const numeric: Question = { ...base, id: 'n', type: 'numeric', answer: 43.2, tolerance: 0.1, unit: 'minutes' };

describe('grading every question type', () => {
  it('single choice: all or nothing', () => {
    expect(grade(single, ['a'])).toEqual({ correct: true, credit: 1 });
    expect(grade(single, ['b'])).toEqual({ correct: false, credit: 0 });
    expect(grade(single, ['a', 'b'])).toEqual({ correct: false, credit: 0 });
  });

  it('multiple choice: partial credit, wrong picks cancel right ones', () => {
    expect(grade(multiple, ['a', 'b'])).toEqual({ correct: true, credit: 1 });
    expect(grade(multiple, ['b', 'a'])).toEqual({ correct: true, credit: 1 });
    expect(grade(multiple, ['a'])).toEqual({ correct: false, credit: 0.5 });
    expect(grade(multiple, ['a', 'c'])).toEqual({ correct: false, credit: 0 });
    expect(grade(multiple, ['c', 'd'])).toEqual({ correct: false, credit: 0 });
    expect(grade({ ...multiple, scoring: 'all-or-nothing' }, ['a'])).toEqual({ correct: false, credit: 0 });
  });

  it('true or false', () => {
    expect(grade(trueFalse, ['false'])).toEqual({ correct: true, credit: 1 });
    expect(grade(trueFalse, ['true'])).toEqual({ correct: false, credit: 0 });
  });

  it('categorise: credit per statement placed right', () => {
    expect(grade(categorise, ['a=sre', 'b=devops', 'c=sre', 'd=devops'])).toEqual({ correct: true, credit: 1 });
    expect(grade(categorise, ['a=sre', 'b=sre', 'c=sre', 'd=sre'])).toEqual({ correct: false, credit: 0.5 });
    expect(grade({ ...categorise, scoring: 'all-or-nothing' }, ['a=sre'])).toEqual({ correct: false, credit: 0 });
    expect(grade(categorise, ['garbage', '=x'])).toEqual({ correct: false, credit: 0 });
  });

  it('order: credit for pairs in the right relative order', () => {
    expect(grade(order, ['a', 'b', 'c', 'd'])).toEqual({ correct: true, credit: 1 });
    expect(grade(order, ['d', 'c', 'b', 'a'])).toEqual({ correct: false, credit: 0 });
    // One adjacent swap breaks one pair of six.
    expect(grade(order, ['b', 'a', 'c', 'd']).credit).toBeCloseTo(5 / 6);
    expect(orderAgreement(['a', 'b'], ['a'])).toBe(0);
  });

  it('numeric: within the tolerance, as people type numbers', () => {
    expect(grade(numeric, ['43.2']).correct).toBe(true);
    expect(grade(numeric, ['43.3']).correct).toBe(true);
    expect(grade(numeric, ['43.1']).correct).toBe(true);
    expect(grade(numeric, ['43.31']).correct).toBe(false);
    expect(grade(numeric, ['forty']).correct).toBe(false);
    expect(parseNumber('43,200')).toBe(43200);
    expect(parseNumber(' 1e3 ')).toBe(1000);
    expect(parseNumber('4,32')).toBeNaN();
    expect(parseNumber('')).toBeNaN();
  });

  it('says what is missing before a question can be checked', () => {
    expect(incompleteReason(single, [])).toMatch(/Choose an answer/);
    expect(incompleteReason(categorise, ['a=sre'])).toMatch(/3 left/);
    expect(incompleteReason(numeric, ['abc'])).toMatch(/Enter a number/);
    expect(incompleteReason(order, ['a', 'b', 'c', 'd'])).toBeNull();
  });

  it('scores with partial credit', () => {
    expect(
      scoreOf([
        { correct: true, credit: 1 },
        { correct: false, credit: 0.5 },
        { correct: false, credit: 0 },
      ]),
    ).toEqual({
      points: 1.5,
      total: 3,
      percent: 50,
    });
  });
});

describe('seeded order', () => {
  const questions = [single, multiple, trueFalse, categorise, order, numeric];

  it('is the same for the same seed and differs across seeds', () => {
    const a = arrange(questions, 42).map((x) => [x.question.id, ...x.parts].join());
    expect(arrange(questions, 42).map((x) => [x.question.id, ...x.parts].join())).toEqual(a);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((s) =>
        arrange(questions, s)
          .map((x) => x.question.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(4);
  });

  it('keeps every question and option, and never starts an order question solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      const arranged = arrange(questions, seed);
      expect(arranged.map((x) => x.question.id).sort()).toEqual(['c', 'm', 'n', 'o', 's', 't']);
      const o = arranged.find((x) => x.question.id === 'o')!;
      expect(o.parts).not.toEqual(['a', 'b', 'c', 'd']);
      expect([...o.parts].sort()).toEqual(['a', 'b', 'c', 'd']);
    }
  });

  it('shuffles without losing items', () => {
    const out = shuffled([1, 2, 3, 4, 5], generator(9));
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads seeds from links and refuses anything else', () => {
    expect(decodeSeed('42')).toEqual({ ok: true, seed: 42 });
    expect(decodeSeed('4294967295')).toEqual({ ok: true, seed: 4294967295 });
    for (const bad of ['', '-1', '4294967296', '1.5', '0x10', '<script>', '12345678901']) {
      expect(decodeSeed(bad).ok, bad).toBe(false);
    }
    expect(encodeSeed(7)).toBe('7');
  });
});
