import { describe, expect, it } from 'vitest';
import {
  clearAnswers,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  markRead,
  parseProgress,
  PROGRESS_VERSION,
  recordAnswer,
} from '../../src/lib/progress';

const AT = '2026-11-25T10:00:00.000Z';
const answer = (correct: boolean, selected = ['a']) => ({ selected, correct, at: AT });

describe('parseProgress', () => {
  it('gives an empty document when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ ok: true, value: emptyProgress() });
  });

  it('rejects truncated JSON with a typed error', () => {
    const r = parseProgress('{"version":1,"lessons":{');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'malformed-json' }) });
  });

  it('names the path of a wrong shape', () => {
    const r = parseProgress(JSON.stringify({ version: 1, lessons: { 'what-is-sre': { answers: 'x' } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('wrong-shape');
      expect(r.error.message).toContain('lessons.what-is-sre.answers');
    }
  });

  it('reports a document from a newer version without reading it', () => {
    const r = parseProgress(JSON.stringify({ version: PROGRESS_VERSION + 1, anything: true }));
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'future-version', version: 2 }) });
  });

  it.each([
    ['a missing version', { lessons: {} }],
    ['a version of 0', { version: 0, lessons: {} }],
    ['an array', []],
    ['a string', 'progress'],
    ['null', null],
    [
      'a score above its total',
      { version: 1, lessons: { x: { answers: {}, lastScore: { correct: 3, total: 2, at: AT } } } },
    ],
    ['a date that is not a date', { version: 1, lessons: { x: { readAt: 'yesterday', answers: {} } } }],
  ])('rejects %s', (_, data) => {
    expect(decodeProgress(data).ok).toBe(false);
  });

  it('refuses prototype keys instead of merging them', () => {
    const crafted = '{"version":1,"lessons":{"__proto__":{"answers":{}}}}';
    const r = parseProgress(crafted);
    expect(r.ok).toBe(false);
    const ctor = parseProgress('{"version":1,"lessons":{"constructor":{"answers":{}}}}');
    expect(ctor.ok).toBe(false);
    expect(({} as Record<string, unknown>)['answers']).toBeUndefined();
  });

  it('round-trips a document', () => {
    let doc = markRead(emptyProgress(), 'what-is-sre', AT);
    doc = recordAnswer(doc, 'what-is-sre', ['q-one'], 'q-one', answer(true));
    expect(parseProgress(encodeProgress(doc))).toEqual({ ok: true, value: doc });
  });
});

describe('progress actions', () => {
  it('marks a lesson read once, keeping the first time', () => {
    const once = markRead(emptyProgress(), 'l', AT);
    const twice = markRead(once, 'l', '2027-01-01T00:00:00.000Z');
    expect(twice).toBe(once);
    expect(twice.lessons['l']?.readAt).toBe(AT);
  });

  it('scores an attempt when its last question is answered, and keeps the best', () => {
    const ids = ['q1', 'q2'];
    let doc = recordAnswer(emptyProgress(), 'l', ids, 'q1', answer(true));
    expect(doc.lessons['l']?.lastScore).toBeUndefined();
    doc = recordAnswer(doc, 'l', ids, 'q2', answer(true));
    expect(doc.lessons['l']?.lastScore).toMatchObject({ correct: 2, total: 2 });

    doc = clearAnswers(doc, 'l');
    expect(doc.lessons['l']?.answers).toEqual({});
    doc = recordAnswer(doc, 'l', ids, 'q1', answer(false));
    doc = recordAnswer(doc, 'l', ids, 'q2', answer(true));
    expect(doc.lessons['l']?.lastScore).toMatchObject({ correct: 1, total: 2 });
    expect(doc.lessons['l']?.bestScore).toMatchObject({ correct: 2, total: 2 });
  });

  it('never mutates the document it is given', () => {
    const doc = emptyProgress();
    const frozen = JSON.stringify(doc);
    recordAnswer(doc, 'l', ['q'], 'q', answer(true));
    markRead(doc, 'l', AT);
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});
