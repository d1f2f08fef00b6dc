import { describe, expect, it } from 'vitest';
import { emptyProgress, markRead, recordAnswer, type AttemptRecord, type ProgressDoc } from '../../src/lib/progress';
import { buildDashboard, dueSummary, type PathTrack } from '../../src/lib/progress-dashboard';
import { lessonBadgeClass, scoreSummary } from '../../src/lib/progress-summary';
import type { ReviewItem } from '../../src/lib/review';

const NOW = new Date('2026-11-25T12:00:00.000Z');

const lesson = (id: string) => ({ id, title: `Title of ${id}`, href: `/learn/${id}/`, questions: 12 });
const TRACKS: PathTrack[] = [
  { id: 'foundations', title: 'Foundations', badgeClass: 'badge', lessons: [lesson('a'), lesson('b'), lesson('c')] },
  { id: 'devops', title: 'DevOps practices', badgeClass: 'badge badge--devops', lessons: [lesson('d'), lesson('e')] },
  { id: 'sre', title: 'SRE practices', badgeClass: 'badge badge--sre', lessons: [lesson('f')] },
];

function attempt(finishedAt: string, points: number, total: number): AttemptRecord {
  const outcomes = Object.fromEntries(Array.from({ length: total }, (_, i) => [`q${i}`, i < points ? 1 : 0]));
  return {
    startedAt: finishedAt,
    finishedAt,
    seed: 1,
    points,
    total,
    percent: Math.round((points / total) * 100),
    outcomes,
  };
}

const review = (lessonId: string, step: number, due: string): ReviewItem => ({
  lessonId,
  step,
  due,
  lastAt: '2026-11-20T10:00:00.000Z',
  lapses: 1,
});

function seeded(): ProgressDoc {
  return {
    version: 2,
    lessons: {
      a: {
        readAt: '2026-11-18T09:00:00.000Z',
        attempts: [attempt('2026-11-18T09:30:00.000Z', 6, 12), attempt('2026-11-20T10:00:00.000Z', 11, 12)],
      },
      b: { readAt: '2026-11-22T08:00:00.000Z', attempts: [attempt('2026-11-22T08:40:00.000Z', 5, 10)] },
      d: { readAt: '2026-11-24T18:00:00.000Z', attempts: [] },
      // A lesson the site no longer has: left out everywhere.
      gone: { readAt: '2026-11-25T11:00:00.000Z', attempts: [attempt('2026-11-25T11:30:00.000Z', 10, 10)] },
    },
    reviews: {
      x: review('b', 0, '2026-11-22'),
      y: review('b', 1, '2026-11-25'),
      z: review('a', 2, '2026-11-28'),
      w: review('a', 1, '2026-11-27'),
      retired: review('a', 6, '2026-11-26'),
      old: review('gone', 0, '2026-11-20'),
      later: review('gone', 0, '2026-11-26'),
    },
  };
}

describe('buildDashboard', () => {
  const d = buildDashboard(seeded(), TRACKS, NOW);

  it('gives the figures across the path, as the home page counts them', () => {
    expect(d).toMatchObject({ lessons: 6, read: 3, checksPassed: 1, due: 2 });
    // (3 read + 1 passed) / (2 × 6 lessons) = 33%.
    expect(d.completion).toBe(33);
    // 12 + 12 + 10 questions in the finished attempts of lessons the site has.
    expect(d.answered).toBe(34);
  });

  it('counts each track: lessons read, checks passed, and its share complete', () => {
    expect(d.tracks.map(({ id, read, passed, percent }) => ({ id, read, passed, percent }))).toEqual([
      { id: 'foundations', read: 2, passed: 1, percent: 50 },
      { id: 'devops', read: 1, passed: 0, percent: 25 },
      { id: 'sre', read: 0, passed: 0, percent: 0 },
    ]);
  });

  it("states each lesson's standing by its best attempt, in words", () => {
    const byId = Object.fromEntries(d.tracks.flatMap((t) => t.lessons).map((l) => [l.id, l]));
    expect(byId['a']).toMatchObject({ state: 'passed', label: 'Passed · 92%', attempts: 2, due: 0 });
    expect(byId['b']).toMatchObject({ state: 'not-passed', label: 'Not passed · 50%', attempts: 1, due: 2 });
    expect(byId['c']).toMatchObject({ state: 'new', label: 'Not started', attempts: 0 });
    expect(byId['c']!.readAt).toBeUndefined();
    expect(byId['d']).toMatchObject({ state: 'read', label: 'Read', readAt: '2026-11-24T18:00:00.000Z' });
    expect(byId['d']!.href).toBe('/learn/d/');
  });

  it('lists recent activity newest first, a check before the reading of the same moment, at most the limit', () => {
    expect(d.recent.map((a) => [a.kind, a.lesson.id, a.at.slice(5, 16)])).toEqual([
      ['read', 'd', '11-24T18:00'],
      ['not-passed', 'b', '11-22T08:40'],
      ['read', 'b', '11-22T08:00'],
      ['passed', 'a', '11-20T10:00'],
      ['not-passed', 'a', '11-18T09:30'],
      ['read', 'a', '11-18T09:00'],
    ]);
    expect(d.recent[1]!.percent).toBe(50);
    expect(buildDashboard(seeded(), TRACKS, NOW, 2).recent.map((a) => a.lesson.id)).toEqual(['d', 'b']);

    const same: ProgressDoc = {
      ...emptyProgress(),
      lessons: { a: { readAt: '2026-11-20T10:00:00.000Z', attempts: [attempt('2026-11-20T10:00:00.000Z', 1, 1)] } },
    };
    expect(buildDashboard(same, TRACKS, NOW).recent.map((a) => a.kind)).toEqual(['passed', 'read']);
  });

  it('finds the next day a review falls due, leaving out retired items and lessons the site does not have', () => {
    expect(d.nextDue).toBe('2026-11-27');
  });

  it('points to the first lesson in path order whose check is not passed', () => {
    expect(d.next?.id).toBe('b');
    const allPassed: ProgressDoc = {
      ...emptyProgress(),
      lessons: Object.fromEntries(
        TRACKS.flatMap((t) => t.lessons).map((l) => [l.id, { attempts: [attempt('2026-11-20T10:00:00.000Z', 9, 10)] }]),
      ),
    };
    const done = buildDashboard(allPassed, TRACKS, NOW);
    expect(done.next).toBeNull();
    expect(done.completion).toBe(50);
    expect(done.checksPassed).toBe(6);
  });

  it('shows an empty path as nothing done, with the first lesson next', () => {
    const empty = buildDashboard(emptyProgress(), TRACKS, NOW);
    expect(empty).toMatchObject({ read: 0, checksPassed: 0, completion: 0, answered: 0, due: 0, nextDue: null });
    expect(empty.recent).toEqual([]);
    expect(empty.next?.id).toBe('a');
    expect(empty.tracks.every((t) => t.percent === 0)).toBe(true);
    expect(buildDashboard(emptyProgress(), [], NOW)).toMatchObject({ lessons: 0, completion: 0, next: null });
  });

  it('counts the answers of an unfinished attempt once, and a finished one by its outcomes', () => {
    const ids = ['q1', 'q2', 'q3'];
    const ok = { response: ['a'], correct: true, credit: 1 };
    let doc = markRead(emptyProgress(), 'a', NOW);
    doc = recordAnswer(doc, 'a', ids, 'q1', ok, NOW, 7);
    doc = recordAnswer(doc, 'a', ids, 'q2', ok, NOW, 7);
    expect(buildDashboard(doc, TRACKS, NOW).answered).toBe(2);
    doc = recordAnswer(doc, 'a', ids, 'q3', ok, NOW, 7);
    const finished = buildDashboard(doc, TRACKS, NOW);
    expect(finished.answered).toBe(3);
    expect(finished.tracks[0]!.lessons[0]).toMatchObject({ state: 'passed', label: 'Passed · 100%', attempts: 1 });
  });
});

describe('badges', () => {
  it('use the learning path’s words and classes: the words carry the state, the class only repeats it', () => {
    expect(scoreSummary(92)).toEqual({ state: 'passed', text: 'Passed · 92%' });
    expect(scoreSummary(50)).toEqual({ state: 'not-passed', text: 'Not passed · 50%' });
    expect(lessonBadgeClass('passed')).toBe('badge badge--success');
    expect(lessonBadgeClass('not-passed')).toBe('badge badge--danger');
    expect(lessonBadgeClass('new')).toBe('badge');
  });

  it('carries each track’s badge through to its figures', () => {
    expect(buildDashboard(seeded(), TRACKS, NOW).tracks.map((t) => t.badgeClass)).toEqual([
      'badge',
      'badge badge--devops',
      'badge badge--sre',
    ]);
  });
});

describe('dueSummary', () => {
  it('says how many are due now and when more fall due', () => {
    expect(dueSummary(2, '2026-11-28', '2026-11-25')).toBe(
      '2 questions are due for review now. More fall due in 3 days.',
    );
    expect(dueSummary(1, null, '2026-11-25')).toBe('1 question is due for review now.');
    expect(dueSummary(0, '2026-11-26', '2026-11-25')).toBe(
      'Nothing is due for review right now. The next falls due tomorrow.',
    );
    expect(dueSummary(0, '2026-12-20', '2026-11-25')).toBe(
      'Nothing is due for review right now. The next falls due on 20 December.',
    );
    expect(dueSummary(0, null, '2026-11-25')).toBe('Nothing is due for review right now.');
  });
});
