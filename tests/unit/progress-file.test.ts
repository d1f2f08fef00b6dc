import { describe, expect, it, vi } from 'vitest';
import {
  decodeProgressFile,
  encodeProgressFile,
  EXPORT_FORMAT,
  exportFileName,
  leftOutMessage,
  MAX_IMPORT_BYTES,
  readProgressFile,
  utf8Bytes,
  type KnownContent,
} from '../../src/lib/progress-file';
import { emptyProgress, markRead, recordAnswer, type ProgressDoc } from '../../src/lib/progress';
import { migrateToCurrent } from '../../src/lib/progress-migrations';

const NOW = new Date('2026-11-25T10:00:00.000Z');

/** A site with two lessons of two questions each. */
const KNOWN: KnownContent = {
  lessons: new Map([
    ['what-is-sre', 'What is SRE?'],
    ['error-budgets', 'Error budgets'],
  ]),
  questions: new Map([
    ['sre-q1', 'what-is-sre'],
    ['sre-q2', 'what-is-sre'],
    ['eb-q1', 'error-budgets'],
    ['eb-q2', 'error-budgets'],
  ]),
};

const fileOf = (progress: unknown, exportedAt: unknown = NOW.toISOString()) =>
  JSON.stringify({ format: EXPORT_FORMAT, exportedAt, progress });

const decode = (text: string) => decodeProgressFile(text, KNOWN, migrateToCurrent, NOW);
const messageOf = (text: string) => {
  const r = decode(text);
  return r.ok ? '(accepted)' : r.error.message;
};

function answered(): ProgressDoc {
  return recordAnswer(
    markRead(emptyProgress(), 'what-is-sre', NOW),
    'what-is-sre',
    ['sre-q1', 'sre-q2'],
    'sre-q1',
    { response: ['a'], correct: false, credit: 0 },
    NOW,
  );
}

const review = (lessonId: string) => ({ lessonId, step: 0, due: '2026-11-26', lastAt: NOW.toISOString(), lapses: 1 });

describe('progress export file', () => {
  it('round-trips, with nothing left out', () => {
    const doc = answered();
    const r = decode(encodeProgressFile(doc, NOW));
    expect(r).toEqual({
      ok: true,
      value: { format: EXPORT_FORMAT, exportedAt: NOW.toISOString(), progress: doc },
      leftOut: { lessons: 0, answers: 0, reviews: 0 },
      leftOutMessage: null,
    });
    expect(exportFileName(NOW)).toBe('field-guide-progress-2026-11-25.json');
  });

  it('migrates an export made with an earlier version, leaving out questions this site does not have', () => {
    const at = NOW.toISOString();
    const answers = {
      'sre-q1': { selected: ['a'], correct: false, at },
      'gone-q': { selected: ['b'], correct: false, at },
    };
    const r = decode(fileOf({ version: 1, lessons: { 'what-is-sre': { readAt: at, answers } } }));
    expect(r.ok && r.value.progress.lessons['what-is-sre']?.readAt).toBe(at);
    expect(r.ok && Object.keys(r.value.progress.reviews)).toEqual(['sre-q1']);
    expect(r.ok && r.leftOutMessage).toBe('1 answer and 1 review item that this site does not have were left out.');
  });
});

describe('what an import refuses, in plain words', () => {
  it.each([
    ['not JSON', 'hello', 'This file is not valid JSON, so it cannot be a progress export.'],
    ['another JSON file', '{"name":"package"}', 'This file is not a progress export from this site.'],
    [
      'an export from a newer version',
      fileOf({ version: 99 }),
      'This file was saved by a newer version of this site. Update the page (reload) and try again.',
    ],
    [
      'a damaged list of lessons',
      fileOf({ version: 2, lessons: 5 }),
      'This file is damaged: the list of lessons is not readable.',
    ],
    [
      'a damaged answer',
      fileOf({
        version: 2,
        lessons: {
          'what-is-sre': {
            attempts: [],
            current: { seed: 1, startedAt: NOW.toISOString(), answers: { 'sre-q1': { response: 'a' } } },
          },
        },
      }),
      'This file is damaged: an answer in the lesson ‘What is SRE?’ is not readable.',
    ],
    [
      'a damaged finished attempt',
      fileOf({ version: 2, lessons: { 'error-budgets': { attempts: 'lots' } } }),
      'This file is damaged: a finished attempt in the lesson ‘Error budgets’ is not readable.',
    ],
    [
      'a damaged review item',
      fileOf({ version: 2, lessons: {}, reviews: { 'eb-q1': { ...review('error-budgets'), step: -1 } } }),
      'This file is damaged: a question to review from the lesson ‘Error budgets’ is not readable.',
    ],
    [
      'a damaged v1 export',
      fileOf({ version: 1, lessons: { 'what-is-sre': { answers: { 'sre-q1': 7 } } } }),
      'This file is damaged: an answer in the lesson ‘What is SRE?’ is not readable.',
    ],
    [
      'a file without a date',
      JSON.stringify({ format: EXPORT_FORMAT, progress: emptyProgress() }),
      'This file is damaged: the date it was exported is missing or not readable.',
    ],
  ])('%s', (_, text, message) => {
    expect(messageOf(text)).toBe(message);
  });

  it.each([
    ['"1", which Date.parse reads as 2001', '1'],
    ['a number', 1764064800000],
    ['words', 'last Tuesday'],
    ['a date without a time', '2026-11-25'],
    ['an impossible day', '2026-02-31T10:00:00Z'],
  ])('an export date of %s', (_, exportedAt) => {
    expect(messageOf(fileOf(emptyProgress(), exportedAt))).toBe(
      'This file is damaged: the date it was exported is missing or not readable.',
    );
  });

  it('an export date in year 9999, or more than a day ahead of this device', () => {
    expect(messageOf(fileOf(emptyProgress(), '9999-12-31T00:00:00.000Z'))).toBe(
      'This file says it was exported on December 31, 9999, which has not come yet. Check the date and time on the device that exported it, export it again, and try again.',
    );
    expect(messageOf(fileOf(emptyProgress(), '2026-11-26T11:00:00.000Z'))).toContain('has not come yet');
    // A device a few hours ahead is not refused.
    expect(decode(fileOf(emptyProgress(), '2026-11-26T09:00:00.000Z')).ok).toBe(true);
  });

  it('an export date before the site existed', () => {
    expect(messageOf(fileOf(emptyProgress(), '2001-01-01T00:00:00.000Z'))).toBe(
      'This file says it was exported on January 1, 2001, before this site existed, so it is not a progress export from this site.',
    );
  });

  it('counts the size limit in UTF-8 bytes: 1.9 million “€” are 5.7 MB', () => {
    const text = fileOf({ ...emptyProgress(), note: '€'.repeat(1_900_000) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(utf8Bytes(text)).toBeGreaterThan(5_700_000);
    expect(messageOf(text)).toBe('This file is too large to be a progress export (over 2 MB).');
    expect(messageOf('x'.repeat(MAX_IMPORT_BYTES + 1))).toContain('too large');
  });

  it('counts bytes as UTF-8 does', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€', '\ud800x']) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('never names an internal field or path in a message', () => {
    const texts = [
      'hello',
      '{}',
      fileOf({ version: 99 }),
      fileOf({ version: 'two' }),
      fileOf({ version: 2, lessons: 5 }),
      fileOf({ version: 2, lessons: {}, resetAt: 'soon' }),
      fileOf({ version: 2, lessons: { 'what-is-sre': { readAt: 'x', attempts: [] } } }),
      fileOf({ version: 2, lessons: { 'what-is-sre': { attempts: [{}] } } }),
      fileOf(emptyProgress(), '1'),
    ];
    for (const text of texts) {
      expect(messageOf(text)).not.toMatch(
        /version[: ]+\d|lessons\.|reviews\.|exportedAt|format|[“”"]|\(document\)|expected/,
      );
    }
  });
});

describe('what an import leaves out', () => {
  it('20,000 lessons this site does not have', () => {
    const doc = answered();
    const lessons: Record<string, unknown> = { ...doc.lessons };
    for (let i = 0; i < 20_000; i++) lessons[`ghost-${i}`] = { readAt: NOW.toISOString(), attempts: [] };
    const r = decode(fileOf({ ...doc, lessons }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.progress.lessons)).toEqual(['what-is-sre']);
    expect(r.value.progress.reviews).toEqual(doc.reviews);
    expect(r.leftOut).toEqual({ lessons: 20_000, answers: 0, reviews: 0 });
    expect(r.leftOutMessage).toBe('20,000 lessons that this site does not have were left out.');
  });

  it('2 lessons and 18,000 review items this site does not have, in one message', () => {
    const doc = answered();
    const lessons = { ...doc.lessons, 'ghost-a': { attempts: [] }, 'ghost-b': { attempts: [] } };
    const reviews: Record<string, unknown> = { ...doc.reviews };
    // Short ids and times keep 18,000 items under the size limit, as in the reported file.
    for (let i = 0; i < 18_000; i++) reviews[`g${i}`] = { ...review('what-is-sre'), lastAt: '2026-11-25T10:00Z' };
    const r = decode(fileOf({ ...doc, lessons, reviews }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.progress.lessons)).toEqual(['what-is-sre']);
    expect(Object.keys(r.value.progress.reviews)).toEqual(['sre-q1']);
    expect(r.leftOut).toEqual({ lessons: 2, answers: 0, reviews: 18_000 });
    expect(r.leftOutMessage).toBe('2 lessons and 18,000 review items that this site does not have were left out.');
  });

  it('answers and attempt results for unknown questions, and lessons whose damage no longer matters', () => {
    const at = NOW.toISOString();
    const answer = { response: ['a'], correct: true, credit: 1, at };
    const progress = {
      version: 2,
      lessons: {
        'what-is-sre': {
          attempts: [
            {
              startedAt: at,
              finishedAt: at,
              seed: 1,
              points: 2,
              total: 2,
              percent: 100,
              outcomes: { 'sre-q1': 1, 'old-q': 1 },
            },
          ],
          current: { seed: 1, startedAt: at, answers: { 'sre-q2': answer, 'old-q': answer, 'older-q': answer } },
        },
        // Damaged, but not a lesson of this site: left out, not a reason to refuse the file.
        'retired-lesson': { attempts: 'lots' },
        'proto-key': { attempts: [] },
      },
      reviews: {},
    };
    // In JSON text, "__proto__" is an ordinary key, as a crafted file would have it.
    const r = decode(fileOf(progress).replace('"proto-key"', '"__proto__"'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lesson = r.value.progress.lessons['what-is-sre']!;
    expect(Object.keys(lesson.current!.answers)).toEqual(['sre-q2']);
    expect(lesson.attempts[0]!.outcomes).toEqual({ 'sre-q1': 1 });
    expect(Object.keys(r.value.progress.lessons)).toEqual(['what-is-sre']);
    expect(r.leftOutMessage).toBe('2 lessons and 3 answers that this site does not have were left out.');
  });

  it.each([
    [{ lessons: 1, answers: 0, reviews: 0 }, '1 lesson that this site does not have was left out.'],
    [{ lessons: 0, answers: 2, reviews: 0 }, '2 answers that this site does not have were left out.'],
    [
      { lessons: 2, answers: 1, reviews: 1_234 },
      '2 lessons, 1 answer and 1,234 review items that this site does not have were left out.',
    ],
  ])('says %o in one sentence', (left, message) => {
    expect(leftOutMessage(left)).toBe(message);
  });
});

describe('reading a chosen file', () => {
  it('refuses a file over the limit by its size, without reading it or fetching anything', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    const loadKnown = vi.fn(() => Promise.resolve(KNOWN));
    const r = await readProgressFile({ size: 5_700_000, text }, loadKnown, NOW);
    expect(r.ok ? '' : r.error.message).toBe('This file is too large to be a progress export (over 2 MB).');
    expect(text).not.toHaveBeenCalled();
    expect(loadKnown).not.toHaveBeenCalled();
  });

  it('refuses a file it cannot check when the list of lessons cannot be loaded', async () => {
    const r = await readProgressFile({ size: 10, text: () => Promise.resolve('{}') }, () => Promise.resolve(null), NOW);
    expect(r.ok ? '' : r.error.message).toBe(
      'This file cannot be checked right now: the list of lessons could not be loaded. Check your connection and try again.',
    );
  });

  it('reads a good file against what the site has', async () => {
    const text = encodeProgressFile(answered(), NOW);
    const r = await readProgressFile(
      { size: text.length, text: () => Promise.resolve(text) },
      () => Promise.resolve(KNOWN),
      NOW,
    );
    expect(r.ok).toBe(true);
  });
});
