/**
 * Property tests for every decoder of untrusted data: stored progress and the link's seed (the import file's are
 * in progress-file-property.test.ts, the question files' in question-file.test.ts).
 * Each must never throw, must return valid data or a typed error, and encode → decode must give back the input.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { decodeProgress, encodeProgress, parseProgress } from '../../src/lib/progress';
import { migrateToCurrent } from '../../src/lib/progress-migrations';
import { decodeSeed, encodeSeed, MAX_SEED } from '../../src/lib/random';
import { progressDoc } from './progress-arbitraries';

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
