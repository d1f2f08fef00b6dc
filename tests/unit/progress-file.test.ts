import { describe, expect, it } from 'vitest';
import {
  decodeProgressFile,
  encodeProgressFile,
  EXPORT_FORMAT,
  exportFileName,
  MAX_IMPORT_BYTES,
} from '../../src/lib/progress-file';
import { emptyProgress, markRead, recordAnswer } from '../../src/lib/progress';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe('progress export file', () => {
  it('round-trips', () => {
    const doc = recordAnswer(
      markRead(emptyProgress(), 'l', NOW),
      'l',
      ['q'],
      'q',
      { response: ['a'], correct: true, credit: 1 },
      NOW,
    );
    const r = decodeProgressFile(encodeProgressFile(doc, NOW));
    expect(r).toEqual({ ok: true, value: { format: EXPORT_FORMAT, exportedAt: NOW.toISOString(), progress: doc } });
    expect(exportFileName(NOW)).toBe('field-guide-progress-2026-11-25.json');
  });

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another JSON file', '{"name":"package"}', 'not a progress export from this site'],
    [
      'a damaged export',
      JSON.stringify({ format: EXPORT_FORMAT, exportedAt: NOW.toISOString(), progress: { version: 2, lessons: 5 } }),
      'damaged at “lessons”',
    ],
    [
      'an export from a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, exportedAt: NOW.toISOString(), progress: { version: 99 } }),
      'newer version',
    ],
    ['a file without a date', JSON.stringify({ format: EXPORT_FORMAT, progress: emptyProgress() }), 'exportedAt'],
    ['a huge file', 'x'.repeat(MAX_IMPORT_BYTES + 1), 'too large'],
  ])('explains %s in words', (_, text, words) => {
    const r = decodeProgressFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(words);
  });

  it('migrates an export made with an earlier version', () => {
    const old = {
      format: EXPORT_FORMAT,
      exportedAt: NOW.toISOString(),
      progress: { version: 1, lessons: { l: { readAt: NOW.toISOString(), answers: {} } } },
    };
    const r = decodeProgressFile(JSON.stringify(old));
    expect(r.ok && r.value.progress.lessons['l']?.readAt).toBe(NOW.toISOString());
  });
});
