import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bestAttempt,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  lastAttempt,
  markRead,
  MAX_ATTEMPTS,
  mergeProgress,
  parseProgress,
  PROGRESS_VERSION,
  recordAnswer,
  resetProgress,
  startAttempt,
  type ProgressDoc,
} from '../../src/lib/progress';
import { migrateToCurrent } from '../../src/lib/progress-migrations';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const right = { response: ['a'], correct: true, credit: 1 };
const wrong = { response: ['b'], correct: false, credit: 0 };

describe('parseProgress', () => {
  it('gives an empty document when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ ok: true, value: emptyProgress() });
  });

  it('rejects truncated JSON with a typed error', () => {
    expect(parseProgress('{"version":2,"lessons":{')).toMatchObject({ ok: false, error: { kind: 'malformed-json' } });
  });

  it('names the path of a wrong shape', () => {
    const r = parseProgress(JSON.stringify({ version: 2, lessons: { 'what-is-sre': { attempts: 'x' } }, reviews: {} }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'wrong-shape', path: 'lessons.what-is-sre.attempts' } });
  });

  it('reports a document from a newer version without reading it', () => {
    const r = parseProgress(JSON.stringify({ version: PROGRESS_VERSION + 1, anything: true }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'future-version', version: PROGRESS_VERSION + 1 } });
  });

  it('asks for the migrations when given an earlier version without them', () => {
    const r = parseProgress(JSON.stringify({ version: 1, lessons: {} }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'needs-migration', version: 1 } });
    expect(parseProgress(JSON.stringify({ version: 1, lessons: {} }), migrateToCurrent).ok).toBe(true);
  });

  it.each([
    ['a missing version', { lessons: {} }],
    ['a version of 0', { version: 0, lessons: {} }],
    ['an array', []],
    ['a string', 'progress'],
    ['null', null],
    [
      'a credit above 1',
      {
        version: 2,
        reviews: {},
        lessons: {
          x: {
            attempts: [],
            current: {
              seed: 1,
              startedAt: T0.toISOString(),
              answers: { q: { response: [], correct: true, credit: 2, at: T0.toISOString() } },
            },
          },
        },
      },
    ],
    [
      'a seed that is not a 32-bit integer',
      {
        version: 2,
        reviews: {},
        lessons: { x: { attempts: [], current: { seed: -1, startedAt: T0.toISOString(), answers: {} } } },
      },
    ],
    ['a date that is not a date', { version: 2, reviews: {}, lessons: { x: { readAt: 'yesterday', attempts: [] } } }],
    [
      'a review day in the wrong format',
      {
        version: 2,
        lessons: {},
        reviews: { q: { lessonId: 'x', step: 0, due: '25/11/2026', lastAt: T0.toISOString(), lapses: 0 } },
      },
    ],
  ])('rejects %s', (_, data) => {
    expect(decodeProgress(data).ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s instead of merging it', (key) => {
    const crafted = `{"version":2,"reviews":{},"lessons":{"${key}":{"attempts":[]}}}`;
    expect(parseProgress(crafted)).toMatchObject({ ok: false, error: { kind: 'wrong-shape', path: 'lessons' } });
    const inAnswers = `{"version":2,"reviews":{},"lessons":{"x":{"attempts":[],"current":{"seed":1,"startedAt":"${T0.toISOString()}","answers":{"${key}":{}}}}}}`;
    expect(parseProgress(inAnswers).ok).toBe(false);
    expect(({} as Record<string, unknown>)['attempts']).toBeUndefined();
  });

  it('round-trips a document', () => {
    let doc = markRead(emptyProgress(), 'what-is-sre', T0);
    doc = recordAnswer(doc, 'what-is-sre', ['q-one'], 'q-one', wrong, at(1), 99);
    expect(parseProgress(encodeProgress(doc))).toEqual({ ok: true, value: doc });
  });
});

describe('migrations', () => {
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => /^progress-v\d+\.json$/.test(f));

  it('has a fixture of every released version', () => {
    const versions = fixtures.map((f) => Number(/v(\d+)/.exec(f)![1])).sort();
    expect(versions).toEqual(Array.from({ length: PROGRESS_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('migrates %s to the current version', (file) => {
    const raw = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
    const r = parseProgress(raw, migrateToCurrent);
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (r.ok) {
      expect(r.value.version).toBe(PROGRESS_VERSION);
      expect(parseProgress(encodeProgress(r.value))).toEqual(r);
    }
  });

  it('carries version 1 over faithfully', () => {
    const raw = readFileSync(new URL('../fixtures/progress-v1.json', import.meta.url), 'utf8');
    const r = parseProgress(raw, migrateToCurrent);
    if (!r.ok) throw new Error('fixture did not migrate');
    const sre = r.value.lessons['what-is-sre']!;
    expect(sre.readAt).toBe('2026-11-20T09:15:00.000Z');
    expect(sre.current?.answers['sre-ops-over-cap']).toMatchObject({ response: ['b'], correct: true, credit: 1 });
    expect(sre.attempts.map((a) => a.percent)).toEqual([90, 70]);
    expect(bestAttempt(sre.attempts)?.percent).toBe(90);
    expect(lastAttempt(sre.attempts)?.percent).toBe(70);
    // The wrong answer becomes due for review.
    expect(r.value.reviews['sre-burn-rate']).toMatchObject({ lessonId: 'what-is-sre', step: 0, due: '2026-11-20' });
    expect(r.value.lessons['what-is-devops']?.readAt).toBe('2026-11-18T08:00:00.000Z');
  });
});

describe('progress actions', () => {
  it('marks a lesson read once, keeping the first time', () => {
    const once = markRead(emptyProgress(), 'l', T0);
    expect(markRead(once, 'l', at(60))).toBe(once);
    expect(once.lessons['l']?.readAt).toBe(T0.toISOString());
  });

  it('records an attempt when its last question is answered, keeping history, best and last', () => {
    const ids = ['q1', 'q2'];
    let doc = recordAnswer(emptyProgress(), 'l', ids, 'q1', right, at(0), 7);
    expect(doc.lessons['l']?.current?.seed).toBe(7);
    expect(doc.lessons['l']?.attempts).toEqual([]);
    doc = recordAnswer(doc, 'l', ids, 'q2', { ...right, credit: 0.5, correct: false }, at(1), 7);
    expect(doc.lessons['l']?.attempts).toEqual([
      expect.objectContaining({ points: 1.5, total: 2, percent: 75, seed: 7, outcomes: { q1: 1, q2: 0.5 } }),
    ]);

    doc = startAttempt(doc, 'l', 8, at(2));
    expect(doc.lessons['l']?.current).toEqual({ seed: 8, startedAt: at(2).toISOString(), answers: {} });
    doc = recordAnswer(doc, 'l', ids, 'q1', wrong, at(3), 8);
    doc = recordAnswer(doc, 'l', ids, 'q2', wrong, at(4), 8);
    const attempts = doc.lessons['l']!.attempts;
    expect(attempts.map((a) => a.percent)).toEqual([75, 0]);
    expect(bestAttempt(attempts)?.percent).toBe(75);
    expect(lastAttempt(attempts)?.percent).toBe(0);
  });

  it('ignores a second answer to the same question in one attempt', () => {
    const doc = recordAnswer(emptyProgress(), 'l', ['q'], 'q', wrong, at(0));
    expect(recordAnswer(doc, 'l', ['q'], 'q', right, at(1))).toBe(doc);
  });

  it('puts a missed question up for review', () => {
    const doc = recordAnswer(emptyProgress(), 'l', ['q1', 'q2'], 'q1', wrong, T0);
    expect(doc.reviews['q1']).toEqual({
      lessonId: 'l',
      step: 0,
      due: '2026-11-25',
      lastAt: T0.toISOString(),
      lapses: 1,
    });
    expect(recordAnswer(emptyProgress(), 'l', ['q1'], 'q1', right, T0).reviews).toEqual({});
  });

  it(`keeps at most ${MAX_ATTEMPTS} attempts, never dropping the best`, () => {
    let doc = emptyProgress();
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) {
      doc = startAttempt(doc, 'l', i, at(i * 10));
      doc = recordAnswer(doc, 'l', ['q'], 'q', i === 0 ? right : wrong, at(i * 10 + 1), i);
    }
    const attempts = doc.lessons['l']!.attempts;
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(bestAttempt(attempts)?.percent).toBe(100);
  });

  it('never mutates the document it is given', () => {
    const doc = emptyProgress();
    const frozen = JSON.stringify(doc);
    recordAnswer(doc, 'l', ['q'], 'q', right, T0);
    markRead(doc, 'l', T0);
    startAttempt(doc, 'l', 1, T0);
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});

describe('mergeProgress', () => {
  const base = (): ProgressDoc => startAttempt(emptyProgress(), 'l', 5, T0);

  it('keeps answers given in two tabs to different questions of one attempt', () => {
    const a = recordAnswer(base(), 'l', ['q1', 'q2'], 'q1', right, at(1), 5);
    const b = recordAnswer(base(), 'l', ['q1', 'q2'], 'q2', wrong, at(2), 5);
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.lessons['l']!.current!.answers).sort()).toEqual(['q1', 'q2']);
    expect(merged.reviews['q2']).toBeDefined();
    expect(mergeProgress(b, a)).toEqual(merged);
  });

  it('keeps the first answer to one question, the earliest read time and every finished attempt', () => {
    const a = markRead(recordAnswer(base(), 'l', ['q1'], 'q1', right, at(1), 5), 'l', at(5));
    const b = markRead(recordAnswer(base(), 'l', ['q1'], 'q1', wrong, at(2), 5), 'l', at(3));
    const merged = mergeProgress(a, b);
    expect(merged.lessons['l']!.current!.answers['q1']!.correct).toBe(true);
    expect(merged.lessons['l']!.readAt).toBe(at(3).toISOString());
    expect(merged.lessons['l']!.attempts).toHaveLength(1);
  });

  it('takes the newer attempt when one tab started again', () => {
    const a = recordAnswer(base(), 'l', ['q1', 'q2'], 'q1', right, at(1), 5);
    const b = startAttempt(a, 'l', 6, at(2));
    expect(mergeProgress(a, b).lessons['l']!.current!.seed).toBe(6);
  });

  it('lets a later reset win whole', () => {
    const a = recordAnswer(base(), 'l', ['q1'], 'q1', right, at(1), 5);
    const reset = resetProgress(at(2));
    expect(mergeProgress(a, reset)).toBe(reset);
    expect(mergeProgress(reset, a)).toBe(reset);
  });
});
