import { describe, expect, it } from 'vitest';
import {
  formatCompletionDate,
  isEarned,
  sealEdgePath,
  summariseCertificate,
  type CertificateLesson,
  type CertificateTrack,
} from '../../src/lib/certificate';
import { emptyProgress, type AttemptRecord, type ProgressDoc } from '../../src/lib/progress';

const TRACKS: CertificateTrack[] = [
  { id: 'foundations', title: 'Foundations' },
  { id: 'devops', title: 'DevOps practices' },
  { id: 'sre', title: 'SRE practices' },
  { id: 'choosing', title: 'Choosing for your team' },
];

const lesson = (id: string, track: CertificateLesson['track'], questions = 10): CertificateLesson => ({
  id,
  title: `Title of ${id}`,
  href: `/learn/${id}/`,
  track,
  questions,
});

const LESSONS = [
  lesson('a', 'foundations', 10),
  lesson('b', 'foundations', 12),
  lesson('c', 'devops', 11),
  lesson('d', 'sre', 9),
];

const attempt = (percent: number, finishedAt: string): AttemptRecord => ({
  startedAt: finishedAt,
  finishedAt,
  seed: 1,
  points: percent / 10,
  total: 10,
  percent,
  outcomes: {},
});

/** A document with these finished attempts per lesson, oldest first. */
function withAttempts(attempts: Record<string, AttemptRecord[]>): ProgressDoc {
  const doc = emptyProgress();
  for (const [id, list] of Object.entries(attempts)) doc.lessons[id] = { attempts: list };
  return doc;
}

describe('summariseCertificate', () => {
  it('counts lessons, questions and tracks, and lists every lesson as open for a new learner', () => {
    const s = summariseCertificate(emptyProgress(), TRACKS, LESSONS);
    expect(s).toMatchObject({ lessons: 4, questions: 42, passed: 0, averagePercent: null, completedAt: null });
    expect(s.open.map((l) => [l.id, l.bestPercent, l.href])).toEqual([
      ['a', null, '/learn/a/'],
      ['b', null, '/learn/b/'],
      ['c', null, '/learn/c/'],
      ['d', null, '/learn/d/'],
    ]);
    // A track with no lessons is left out rather than shown as "0 lessons".
    expect(s.tracks.map((t) => [t.id, t.lessons, t.passed, t.averagePercent])).toEqual([
      ['foundations', 2, 0, null],
      ['devops', 1, 0, null],
      ['sre', 1, 0, null],
    ]);
    expect(isEarned(s)).toBe(false);
  });

  it('keeps a lesson open until its best attempt reaches 80%, and shows the best so far', () => {
    const doc = withAttempts({
      a: [attempt(90, '2026-11-01T12:00:00.000Z')],
      b: [attempt(60, '2026-11-02T12:00:00.000Z'), attempt(79, '2026-11-03T12:00:00.000Z')],
      c: [attempt(80, '2026-11-04T12:00:00.000Z')],
    });
    const s = summariseCertificate(doc, TRACKS, LESSONS);
    expect(s.passed).toBe(2);
    expect(s.open.map((l) => [l.id, l.bestPercent])).toEqual([
      ['b', 79],
      ['d', null],
    ]);
    expect(s.tracks.find((t) => t.id === 'foundations')).toMatchObject({ passed: 1, averagePercent: 85 });
    // Averages take lessons with a finished attempt only: (90 + 79 + 80) / 3.
    expect(s.averagePercent).toBe(83);
    expect(s.completedAt).toBeNull();
    expect(isEarned(s)).toBe(false);
  });

  it('is earned when every check is passed, dated by the attempt that passed the last one', () => {
    const doc = withAttempts({
      a: [attempt(90, '2026-11-01T12:00:00.000Z'), attempt(100, '2026-11-30T12:00:00.000Z')],
      b: [attempt(50, '2026-11-02T12:00:00.000Z'), attempt(85, '2026-11-20T12:00:00.000Z')],
      c: [attempt(80, '2026-11-04T12:00:00.000Z')],
      d: [attempt(95, '2026-11-10T12:00:00.000Z')],
    });
    const s = summariseCertificate(doc, TRACKS, LESSONS);
    expect(s.open).toEqual([]);
    expect(s.passed).toBe(4);
    // Lesson b was the last to be passed (20 November); a retake of a passed check later does not move the date.
    expect(s.completedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(isEarned(s)).toBe(true);
    // Best scores: a 100, b 85, c 80, d 95.
    expect(s.averagePercent).toBe(90);
    expect(s.tracks.map((t) => [t.id, t.passed, t.averagePercent])).toEqual([
      ['foundations', 2, 93],
      ['devops', 1, 80],
      ['sre', 1, 95],
    ]);
  });

  it('ignores progress for lessons no longer on the path, and never earns an empty path', () => {
    const doc = withAttempts({ gone: [attempt(100, '2026-11-01T12:00:00.000Z')] });
    expect(summariseCertificate(doc, TRACKS, LESSONS).averagePercent).toBeNull();
    const empty = summariseCertificate(doc, TRACKS, []);
    expect(empty).toMatchObject({ lessons: 0, passed: 0, completedAt: null, tracks: [] });
    expect(isEarned(empty)).toBe(false);
  });
});

describe('formatCompletionDate', () => {
  it('writes the day in words, day first', () => {
    expect(formatCompletionDate('2026-11-20T12:00:00.000Z', 'UTC')).toBe('20 November 2026');
  });

  it('uses the given time zone: late evening in New York is the next day in UTC', () => {
    expect(formatCompletionDate('2026-11-21T02:00:00.000Z', 'America/New_York')).toBe('20 November 2026');
    expect(formatCompletionDate('2026-11-21T02:00:00.000Z', 'UTC')).toBe('21 November 2026');
  });
});

describe('sealEdgePath', () => {
  it('draws the teeth alternately at the outer and inner radius, starting straight up, and closes', () => {
    const d = sealEdgePath(4, 10, 8, 50, 50);
    expect(d.startsWith('M50.00 40.00L')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const corners = d
      .slice(1, -1)
      .split('L')
      .map((c) => c.split(' ').map(Number) as [number, number]);
    expect(corners).toHaveLength(8);
    const radii = corners.map(([x, y]) => Math.round(Math.hypot(x - 50, y - 50) * 100) / 100);
    expect(radii).toEqual([10, 8, 10, 8, 10, 8, 10, 8]);
  });
});
