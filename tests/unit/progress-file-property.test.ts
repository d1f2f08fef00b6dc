/**
 * Property tests for the import file: never throws, refuses with one plain sentence, gives back what it was
 * given when the site has every lesson and question in it, and keeps only what the site has otherwise.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { ProgressDoc } from '../../src/lib/progress';
import { decodeProgressFile, encodeProgressFile, EXPORT_FORMAT, type KnownContent } from '../../src/lib/progress-file';
import { migrateToCurrent } from '../../src/lib/progress-migrations';
import { iso, key, progressDoc } from './progress-arbitraries';

const NOW = new Date('2026-11-25T10:00:00.000Z');

/** Export times the import accepts: from 2020 to a day ahead of `NOW`. */
const exportedAt = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date(NOW.getTime() + 86_000_000),
  noInvalidDate: true,
});

/** Every lesson id and question id a document names. */
function idsOf(doc: ProgressDoc) {
  const questions = new Set(Object.keys(doc.reviews));
  for (const l of Object.values(doc.lessons)) {
    for (const q of Object.keys(l.current?.answers ?? {})) questions.add(q);
    for (const a of l.attempts) for (const q of Object.keys(a.outcomes)) questions.add(q);
  }
  return { lessons: Object.keys(doc.lessons), questions: [...questions] };
}

const knownOf = (lessons: string[], questions: string[]): KnownContent => ({
  lessons: new Map(lessons.map((id) => [id, `Lesson ${id}`])),
  questions: new Map(questions.map((id) => [id, lessons[0] ?? 'some-lesson'])),
});

const isPlainRefusal = (r: ReturnType<typeof decodeProgressFile>) =>
  r.ok || (r.error.message.length > 0 && !/lessons\.|reviews\.|exportedAt|\(document\)|expected/.test(r.error.message));

describe('import file decoder', () => {
  test.prop([fc.string({ maxLength: 500 })])('never throws on any text', (text) => {
    expect(isPlainRefusal(decodeProgressFile(text, knownOf([], []), migrateToCurrent, NOW))).toBe(true);
  });

  test.prop([
    fc.oneof(
      fc.anything(),
      fc.record({ version: fc.integer({ min: 0, max: 3 }), lessons: fc.anything(), reviews: fc.anything() }),
      fc.record({
        version: fc.constant(1),
        lessons: fc.dictionary(key, fc.record({ answers: fc.dictionary(key, fc.anything()) })),
      }),
    ),
    fc.oneof(
      fc.anything(),
      iso,
      exportedAt.map((d) => d.toISOString()),
    ),
  ])(
    'never throws on any progress or date in a file of the right format, and refuses in plain words',
    (progress, at) => {
      const text = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: at, progress }) ?? '';
      expect(isPlainRefusal(decodeProgressFile(text, knownOf(['a', 'b'], ['a', 'q']), migrateToCurrent, NOW))).toBe(
        true,
      );
    },
  );

  test.prop([progressDoc, exportedAt])(
    'encode → decode gives back the document when the site has all of it',
    (doc, at) => {
      const ids = idsOf(doc);
      const r = decodeProgressFile(
        encodeProgressFile(doc, at),
        knownOf(ids.lessons, ids.questions),
        migrateToCurrent,
        NOW,
      );
      expect(r.ok && r.value.progress).toEqual(doc);
      expect(r.ok && r.leftOutMessage).toBe(null);
    },
  );

  test.prop([progressDoc, exportedAt, fc.func(fc.boolean())])(
    'keeps only the lessons and questions the site has, and counts the rest',
    (doc, at, keep) => {
      const ids = idsOf(doc);
      const lessons = ids.lessons.filter((id) => keep(id));
      const questions = ids.questions.filter((id) => keep(`q:${id}`));
      const r = decodeProgressFile(encodeProgressFile(doc, at), knownOf(lessons, questions), migrateToCurrent, NOW);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const got = idsOf(r.value.progress);
      expect(got.lessons.every((id) => lessons.includes(id))).toBe(true);
      expect(got.questions.every((id) => questions.includes(id))).toBe(true);
      expect(r.leftOut.lessons).toBe(ids.lessons.length - lessons.length);
      expect(r.leftOut.reviews).toBe(Object.keys(doc.reviews).filter((id) => !questions.includes(id)).length);
      expect(r.leftOutMessage === null).toBe(r.leftOut.lessons + r.leftOut.answers + r.leftOut.reviews === 0);
    },
  );
});
