/**
 * Property tests for every decoder of untrusted data: stored progress and the link's seed (the import file's are
 * in progress-file-property.test.ts, the question files' in question-file.test.ts).
 * Each must never throw, must return valid data or a typed error, and encode → decode must give back the input.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  decodeProgress,
  encodeProgress,
  parseProgress,
  PROGRESS_VERSION,
  type ProgressDoc,
} from '../../src/lib/progress';
import { migrateToCurrent } from '../../src/lib/progress-migrations';
import { decodeSeed, encodeSeed, MAX_SEED } from '../../src/lib/random';

const key = fc
  .stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
  .filter((k) => !['constructor', 'prototype', 'proto'].includes(k));
const iso = fc
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
const progressDoc: fc.Arbitrary<ProgressDoc> = fc.record(
  {
    version: fc.constant(PROGRESS_VERSION as typeof PROGRESS_VERSION),
    resetAt: iso,
    lessons: fc.dictionary(key, lesson, { maxKeys: 4 }),
    reviews: fc.dictionary(key, review, { maxKeys: 4 }),
  },
  { requiredKeys: ['version', 'lessons', 'reviews'] },
);

const isTypedError = (r: { ok: boolean; error?: { kind: string; message: string } }) =>
  r.ok || (typeof r.error?.kind === 'string' && typeof r.error.message === 'string' && r.error.message.length > 0);

describe('stored progress decoder', () => {
  test.prop([fc.jsonValue()])('never throws on any JSON value and answers with data or a typed error', (value) => {
    const r = decodeProgress(value, migrateToCurrent);
    expect(isTypedError(r)).toBe(true);
  });

  test.prop([fc.string()])('never throws on any stored text', (text) => {
    expect(isTypedError(parseProgress(text, migrateToCurrent))).toBe(true);
  });

  test.prop([progressDoc])('encode → decode gives back the document', (doc) => {
    expect(parseProgress(encodeProgress(doc))).toEqual({ ok: true, value: doc });
  });

  test.prop([fc.record({ version: fc.integer({ min: 1, max: 3 }), lessons: fc.anything(), reviews: fc.anything() })])(
    'never throws on documents of any version with any contents',
    (doc) => {
      expect(isTypedError(decodeProgress(doc, migrateToCurrent))).toBe(true);
    },
  );
});

describe('seed decoder', () => {
  test.prop([fc.string()])('never throws and gives a seed in range or a message', (text) => {
    const r = decodeSeed(text);
    if (r.ok) expect(r.seed >= 0 && r.seed <= MAX_SEED && Number.isInteger(r.seed)).toBe(true);
    else expect(r.message).toMatch(/seed/);
  });

  test.prop([fc.nat({ max: MAX_SEED })])('encode → decode gives back the seed', (seed) => {
    expect(decodeSeed(encodeSeed(seed))).toEqual({ ok: true, seed });
  });
});
