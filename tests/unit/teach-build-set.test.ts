import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../../src/lib/quiz';
import { buildSet, type SelectableQuestion, type SetChoice } from '../../src/lib/teach/build-set';
import { keyIndex, questionKey } from '../../src/lib/teach/question-key';
import { decodeSet, encodeSet, resolveSet } from '../../src/lib/teach/set-link';
import { realQuestionData } from './real-question-data';

const TYPES: QuestionType[] = ['single', 'multiple', 'true-false', 'categorise', 'order', 'numeric'];
const pool: SelectableQuestion[] = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].flatMap((lesson) =>
  Array.from({ length: 8 }, (_, i) => ({ id: `${lesson}-${i}`, type: TYPES[i % TYPES.length]!, lesson })),
);
const choice = (over: Partial<SetChoice> = {}): SetChoice => ({
  lessons: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'],
  types: TYPES,
  count: 10,
  timer: 30,
  feedback: 'end',
  seed: 42,
  ...over,
});
const ids = (keys: string[]) =>
  resolveSet({ version: 1, seed: 0, timer: 0, feedback: 'end', keys }, keyIndex(pool.map((q) => q.id))).questionIds;
const lessonOf = (id: string) => id.split('-')[0]!;

describe('buildSet', () => {
  it('spreads the questions evenly across the chosen lessons', () => {
    const { set, shortBy } = buildSet(pool, choice());
    expect(shortBy).toBe(0);
    expect(set).toMatchObject({ version: 1, seed: 42, timer: 30, feedback: 'end' });
    const counts = new Map<string, number>();
    for (const id of ids(set.keys)) counts.set(lessonOf(id), (counts.get(lessonOf(id)) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2, 2, 2, 2]);
  });

  it('the same seed gives the same set; another seed another one', () => {
    expect(buildSet(pool, choice())).toEqual(buildSet(pool, choice()));
    expect(buildSet(pool, choice({ seed: 43 })).set.keys).not.toEqual(buildSet(pool, choice()).set.keys);
  });

  it('keeps to the chosen lessons and types', () => {
    const { set } = buildSet(pool, choice({ lessons: ['beta'], types: ['single', 'numeric'], count: 50 }));
    const chosen = ids(set.keys);
    expect(chosen.every((id) => lessonOf(id) === 'beta')).toBe(true);
    expect(new Set(chosen.map((id) => pool.find((q) => q.id === id)!.type))).toEqual(new Set(['single', 'numeric']));
  });

  it('says how many are missing when the pool is smaller than asked', () => {
    expect(buildSet(pool, choice({ lessons: ['beta'], count: 12 })).shortBy).toBe(4);
    expect(buildSet(pool, choice({ lessons: [] })).set.keys).toEqual([]);
    expect(buildSet(pool, choice({ types: [] })).shortBy).toBe(10);
  });

  it('clamps the count to 1–50', () => {
    expect(buildSet(pool, choice({ count: 0 })).set.keys).toHaveLength(1);
    expect(buildSet(pool, choice({ count: 99 })).set.keys).toHaveLength(40);
    expect(buildSet(pool, choice({ count: 99 })).shortBy).toBe(10);
    expect(buildSet(pool, choice({ count: Number.NaN })).set.keys).toHaveLength(1);
  });

  test.prop([fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 50 }), fc.subarray(TYPES, { minLength: 1 })])(
    'always gives a set whose link reads back, with no repeats',
    (seed, count, types) => {
      const { set, shortBy } = buildSet(pool, choice({ seed, count, types }));
      expect(set.keys.length + shortBy).toBe(count);
      expect(new Set(set.keys).size).toBe(set.keys.length);
      if (set.keys.length > 0) expect(decodeSet(encodeSet(set))).toEqual({ ok: true, set });
    },
  );

  it('builds a 50-question set over the whole real curriculum', () => {
    const { index } = realQuestionData();
    const lessonOfBank = new Map(index.lessons.map((l) => [l.bank, l.id]));
    const realPool = index.banks.flatMap((b) =>
      b.questions.map((id) => ({ id, type: 'single' as const, lesson: lessonOfBank.get(b.id)! })),
    );
    const { set, shortBy } = buildSet(realPool, choice({ lessons: index.lessons.map((l) => l.id), count: 50 }));
    expect(shortBy).toBe(0);
    expect(set.keys.every((k) => realPool.some((q) => questionKey(q.id) === k))).toBe(true);
  });
});
