/**
 * Questions of every type for the Teach tests, and fast-check arbitraries for questions, responses and sets.
 */
import { fc } from '@fast-check/vitest';
import type { Question, Response } from '../../src/lib/quiz';
import { questionKey } from '../../src/lib/teach/question-key';
import { TIMER_CHOICES, type QuizSet } from '../../src/lib/teach/set-link';

const base = { prompt: 'P', explanation: 'E', topics: [], difficulty: 2 as const };
const opt = (id: string, correct = false) => ({
  id,
  text: id.toUpperCase(),
  correct,
  feedback: correct ? undefined : 'no',
});

export const single: Question = {
  ...base,
  id: 'q-single',
  type: 'single',
  options: [opt('a'), opt('b', true), opt('c')],
};
export const multiple: Question = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  scoring: 'partial',
  options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
};
export const trueFalse: Question = { ...base, id: 'q-true-false', type: 'true-false', answer: false, feedback: 'F' };
export const categorise: Question = {
  ...base,
  id: 'q-categorise',
  type: 'categorise',
  scoring: 'partial',
  buckets: [
    { id: 'devops', label: 'DevOps' },
    { id: 'sre', label: 'SRE' },
  ],
  items: [
    { id: 'x', text: 'X', bucket: 'devops' },
    { id: 'y', text: 'Y', bucket: 'sre' },
    { id: 'z', text: 'Z', bucket: 'sre' },
  ],
};
export const order: Question = {
  ...base,
  id: 'q-order',
  type: 'order',
  scoring: 'partial',
  items: [
    { id: 'one', text: '1' },
    { id: 'two', text: '2' },
    { id: 'three', text: '3' },
    { id: 'four', text: '4' },
  ],
};
export const numeric: Question = {
  ...base,
  id: 'q-numeric',
  type: 'numeric',
  answer: 43.2,
  tolerance: 0.1,
  unit: 'min',
};

export const ALL_TYPES: Question[] = [single, multiple, trueFalse, categorise, order, numeric];

/** A set of the given questions. */
export const setOf = (questions: readonly Question[], over: Partial<QuizSet> = {}): QuizSet => ({
  version: 1,
  seed: 12345,
  timer: 30,
  feedback: 'end',
  keys: questions.map((q) => questionKey(q.id)),
  ...over,
});

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Any question of the banks' shapes (2–8 options, 3–10 statements in 2–5 buckets, 3–8 steps), with id `id`. */
export const questionArb = (id: string): fc.Arbitrary<Question> =>
  fc.oneof(
    fc.record({ n: fc.integer({ min: 2, max: 8 }), right: fc.nat() }).map(({ n, right }): Question => ({
      ...base,
      id,
      type: 'single',
      options: ids('o', n).map((o, i) => opt(o, i === right % n)),
    })),
    fc
      .record({ n: fc.integer({ min: 2, max: 8 }), mask: fc.nat(), partial: fc.boolean() })
      .map(({ n, mask, partial }): Question => ({
        ...base,
        id,
        type: 'multiple',
        scoring: partial ? 'partial' : 'all-or-nothing',
        options: ids('o', n).map((o, i) => opt(o, i === 0 || ((mask >> i) & 1) === 1)),
      })),
    fc.boolean().map((answer): Question => ({ ...base, id, type: 'true-false', answer, feedback: 'F' })),
    fc
      .record({
        buckets: fc.integer({ min: 2, max: 5 }),
        items: fc.array(fc.nat(), { minLength: 3, maxLength: 10 }),
        partial: fc.boolean(),
      })
      .map(({ buckets, items, partial }): Question => ({
        ...base,
        id,
        type: 'categorise',
        scoring: partial ? 'partial' : 'all-or-nothing',
        buckets: ids('b', buckets).map((b) => ({ id: b, label: b })),
        items: items.map((k, i) => ({ id: `i${i}`, text: `I${i}`, bucket: `b${k % buckets}` })),
      })),
    fc.record({ n: fc.integer({ min: 3, max: 8 }), partial: fc.boolean() }).map(({ n, partial }): Question => ({
      ...base,
      id,
      type: 'order',
      scoring: partial ? 'partial' : 'all-or-nothing',
      items: ids('s', n).map((s) => ({ id: s, text: s })),
    })),
    fc.integer({ min: -1000, max: 1000 }).map((answer): Question => ({
      ...base,
      id,
      type: 'numeric',
      answer,
      tolerance: 1,
      unit: 'u',
    })),
  );

/** Any response a learner's screen could give to `q`, including none and partial ones. */
export const responseArb = (q: Question): fc.Arbitrary<Response | undefined> => {
  const none = fc.constant(undefined);
  switch (q.type) {
    case 'single':
      return fc.oneof(none, fc.constant<string[]>([]), fc.constantFrom(...q.options.map((o) => [o.id])));
    case 'multiple':
      return fc.oneof(none, fc.subarray(q.options.map((o) => o.id)));
    case 'true-false':
      return fc.oneof(none, fc.constantFrom<string[]>(['true'], ['false']));
    case 'categorise':
      return fc.oneof(
        none,
        fc
          .array(fc.constantFrom(...q.buckets.map((b) => b.id)), {
            minLength: q.items.length,
            maxLength: q.items.length,
          })
          .chain((placed) => fc.subarray(q.items.map((item, i) => `${item.id}=${placed[i]!}`))),
      );
    case 'order':
      return fc.oneof(
        none,
        fc.shuffledSubarray(
          q.items.map((i) => i.id),
          { minLength: q.items.length },
        ),
      );
    case 'numeric':
      return fc.oneof(
        none,
        fc.constant<string[]>(['']),
        fc.constant<string[]>(['many']),
        fc.integer({ min: -1002, max: 1002 }).map((n) => [String(n)]),
      );
  }
};

/** 1–`max` distinct questions of any type. */
export const questionsArb = (max: number): fc.Arbitrary<Question[]> =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`question-${i}`))));

/** Any valid set whose keys are those of `questions`. */
export const setArb = (questions: readonly Question[]): fc.Arbitrary<QuizSet> =>
  fc
    .record({
      seed: fc.nat({ max: 0xffffffff }),
      timer: fc.constantFrom(...TIMER_CHOICES),
      feedback: fc.constantFrom('end' as const, 'each' as const),
    })
    .map((s) => setOf(questions, s));
