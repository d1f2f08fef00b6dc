/** fast-check arbitraries of the progress document, shared by the property tests of its decoders. */
import { fc } from '@fast-check/vitest';
import { PROGRESS_VERSION, type ProgressDoc } from '../../src/lib/progress';
import { MAX_SEED } from '../../src/lib/random';

export const key = fc
  .stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
  .filter((k) => !['constructor', 'prototype', 'proto'].includes(k));
export const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = iso.map((s) => s.slice(0, 10));
const credit = fc.constantFrom(0, 0.25, 0.5, 1);
const answer = fc.record({
  response: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  correct: fc.boolean(),
  credit,
  at: iso,
});
const attempt = fc
  .record({
    startedAt: iso,
    finishedAt: iso,
    seed: fc.nat({ max: MAX_SEED }),
    total: fc.integer({ min: 1, max: 20 }),
    outcomes: fc.dictionary(key, credit, { maxKeys: 4 }),
  })
  // Points in hundredths, as partial credit produces them (2.83 has no exact binary form: a check once tripped on it).
  .chain((a) =>
    fc
      .integer({ min: 0, max: a.total * 100 })
      .map((h) => ({ ...a, points: h / 100, percent: Math.round((h / 100 / a.total) * 100) })),
  );
const lesson = fc.record(
  {
    readAt: iso,
    current: fc.record({
      seed: fc.nat({ max: MAX_SEED }),
      startedAt: iso,
      answers: fc.dictionary(key, answer, { maxKeys: 4 }),
    }),
    attempts: fc.array(attempt, { maxLength: 4 }),
  },
  { requiredKeys: ['attempts'] },
);
const review = fc.record({
  lessonId: key,
  step: fc.integer({ min: 0, max: 6 }),
  due: day,
  lastAt: iso,
  lapses: fc.nat({ max: 50 }),
});
export const progressDoc: fc.Arbitrary<ProgressDoc> = fc.record(
  {
    version: fc.constant(PROGRESS_VERSION as typeof PROGRESS_VERSION),
    resetAt: iso,
    lessons: fc.dictionary(key, lesson, { maxKeys: 4 }),
    reviews: fc.dictionary(key, review, { maxKeys: 4 }),
  },
  { requiredKeys: ['version', 'lessons', 'reviews'] },
);
