import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arrange } from '../../src/lib/arrange';
import { grade, type Question } from '../../src/lib/quiz';
import { displayOrder } from '../../src/lib/teach/option-order';
import { categorise, multiple, numeric, order, single, trueFalse } from './teach-fixture';

const partsOf = (q: Question): string[] =>
  q.type === 'single' || q.type === 'multiple'
    ? q.options.map((o) => o.id)
    : q.type === 'categorise' || q.type === 'order'
      ? q.items.map((i) => i.id)
      : [];

describe('displayOrder', () => {
  it('is the lesson quiz’s arrangement for (seed, question id): every screen of a class agrees', () => {
    for (const q of [single, multiple, categorise, order]) {
      for (const seed of [0, 1, 12345, 0xffffffff]) {
        expect(partsOf(displayOrder(seed, q))).toEqual(arrange([q], seed)[0]!.parts);
        expect(displayOrder(seed, q)).toEqual(displayOrder(seed, q));
      }
    }
  });

  it('keeps everything else of the question, and leaves true-false and numeric as they are', () => {
    const shown = displayOrder(7, single);
    expect({ ...shown, options: [] }).toEqual({ ...single, options: [] });
    expect(new Set(partsOf(shown))).toEqual(new Set(partsOf(single)));
    expect(displayOrder(7, trueFalse)).toBe(trueFalse);
    expect(displayOrder(7, numeric)).toBe(numeric);
  });

  it('changes with the seed', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => partsOf(displayOrder(seed, order)).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  test.prop([fc.nat({ max: 0xffffffff })])('never shows an order question in its right order', (seed) => {
    expect(partsOf(displayOrder(seed, order))).not.toEqual(partsOf(order));
  });

  test.prop([fc.nat({ max: 0xffffffff })])(
    'a response given on the shown question grades the same on the content’s',
    (seed) => {
      const shown = displayOrder(seed, multiple);
      const picked = shown.type === 'multiple' ? shown.options.slice(0, 2).map((o) => o.id) : [];
      expect(grade(shown, picked)).toEqual(grade(multiple, picked));
    },
  );
});
