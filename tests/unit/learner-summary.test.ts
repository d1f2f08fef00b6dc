import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/lib/day-words';
import { activityTimes, learnerSummary, streakOf } from '../../src/lib/learner-summary';
import { nounFor, plural } from '../../src/lib/plural';
import { emptyProgress, markRead, recordAnswer, startAttempt, type ProgressDoc } from '../../src/lib/progress';
import { checkPassed, describeLesson, LESSON_STATE_BADGE, nextLesson } from '../../src/lib/progress-summary';

const PATH = [
  { id: 'a', title: 'Lesson A' },
  { id: 'b', title: 'Lesson B' },
  { id: 'c', title: 'Lesson C' },
];
const right = { response: ['x'], correct: true, credit: 1 };
const wrong = { response: ['y'], correct: false, credit: 0 };

/** A lesson read and its two-question check finished at `at`, right or wrong. */
function finish(doc: ProgressDoc, id: string, at: string, pass = true): ProgressDoc {
  const now = new Date(at);
  let d = markRead(doc, id, now);
  d = recordAnswer(d, id, ['q1', 'q2'], 'q1', right, now);
  return recordAnswer(d, id, ['q1', 'q2'], 'q2', pass ? right : wrong, now);
}

/** A document whose only activity is one lesson read at each of `times`. */
function readAt(...times: string[]): ProgressDoc {
  return times.reduce((d, t, i) => markRead(d, `l${i}`, new Date(t)), emptyProgress());
}

describe('next lesson', () => {
  it('is the first lesson in path order whose check is not yet passed', () => {
    expect(nextLesson(emptyProgress(), PATH)?.id).toBe('a');
    let doc = finish(emptyProgress(), 'a', '2026-11-20T10:00:00Z');
    expect(nextLesson(doc, PATH)?.id).toBe('b');
    // Work ahead does not skip the lesson left behind.
    doc = finish(doc, 'c', '2026-11-20T11:00:00Z');
    expect(nextLesson(doc, PATH)?.id).toBe('b');
  });

  it('keeps a lesson read but not passed; a passed check counts as done, as the certificate counts it', () => {
    const failed = finish(emptyProgress(), 'a', '2026-11-20T10:00:00Z', false);
    expect(checkPassed(failed, 'a')).toBe(false);
    expect(nextLesson(failed, PATH)?.id).toBe('a');
    const readOnly = markRead(emptyProgress(), 'a', new Date('2026-11-20T10:00:00Z'));
    expect(nextLesson(readOnly, PATH)?.id).toBe('a');
    // Opening a check marks its lesson read; a document without the mark (an old export) still counts the pass.
    const passedUnread = finish(emptyProgress(), 'a', '2026-11-20T10:00:00Z');
    delete passedUnread.lessons['a']!.readAt;
    expect(nextLesson(passedUnread, PATH)?.id).toBe('b');
  });

  it('is null when every lesson is done, and the learner is then finished', () => {
    const doc = PATH.reduce((d, l) => finish(d, l.id, '2026-11-20T10:00:00Z'), emptyProgress());
    expect(nextLesson(doc, PATH)).toBeNull();
    const s = learnerSummary(doc, PATH, new Date('2026-11-20T12:00:00Z'), 'UTC');
    expect(s).toMatchObject({ state: 'finished', next: null, completion: 100 });
  });
});

describe('learner summary', () => {
  const NOW = new Date('2026-11-25T12:00:00Z');

  it('calls someone with no activity a new visitor, even with an attempt merely started', () => {
    expect(learnerSummary(emptyProgress(), PATH, NOW, 'UTC')).toEqual({ state: 'new' });
    const started = startAttempt(emptyProgress(), 'a', 1, NOW);
    expect(activityTimes(started)).toEqual([]);
    expect(learnerSummary(started, PATH, NOW, 'UTC').state).toBe('new');
  });

  it('gives a returning learner the next lesson, streak, reviews due and completion', () => {
    let doc = finish(emptyProgress(), 'a', '2026-11-24T10:00:00Z');
    doc = recordAnswer(doc, 'b', ['q1', 'q2'], 'q1', wrong, NOW);
    const s = learnerSummary(doc, PATH, NOW, 'UTC');
    expect(s).toEqual({
      state: 'returning',
      next: PATH[1],
      streak: { days: 2, activeToday: true },
      due: 1,
      // a read and passed: 2 of 6 halves.
      completion: 33,
    });
  });

  it('is never "finished" on an empty path', () => {
    const doc = readAt('2026-11-25T10:00:00Z');
    expect(learnerSummary(doc, [], NOW, 'UTC')).toMatchObject({ state: 'returning', next: null });
  });
});

describe('streak', () => {
  const NOW = new Date('2026-11-25T12:00:00Z');

  it('is zero with no activity, one for today alone', () => {
    expect(streakOf(emptyProgress(), NOW, 'UTC')).toEqual({ days: 0, activeToday: false });
    expect(streakOf(readAt('2026-11-25T08:00:00Z'), NOW, 'UTC')).toEqual({ days: 1, activeToday: true });
  });

  it('counts consecutive days, several moments in one day once', () => {
    const doc = readAt('2026-11-23T08:00:00Z', '2026-11-24T08:00:00Z', '2026-11-24T20:00:00Z', '2026-11-25T07:00:00Z');
    expect(streakOf(doc, NOW, 'UTC')).toEqual({ days: 3, activeToday: true });
  });

  it('stays alive through today when yesterday counted, and breaks after a day with nothing', () => {
    const alive = readAt('2026-11-23T08:00:00Z', '2026-11-24T08:00:00Z');
    expect(streakOf(alive, NOW, 'UTC')).toEqual({ days: 2, activeToday: false });
    const broken = readAt('2026-11-22T08:00:00Z', '2026-11-23T08:00:00Z');
    expect(streakOf(broken, NOW, 'UTC')).toEqual({ days: 0, activeToday: false });
  });

  it('stops at a gap', () => {
    const doc = readAt('2026-11-20T08:00:00Z', '2026-11-21T08:00:00Z', '2026-11-23T08:00:00Z', '2026-11-25T08:00:00Z');
    expect(streakOf(doc, NOW, 'UTC').days).toBe(1);
  });

  it('counts local days, not UTC days: evenings in New York that fall on the next UTC day', () => {
    // 23:30 in New York (UTC−5 in November) on the 23rd and 24th is 04:30 UTC on the 24th and 25th.
    const doc = readAt('2026-11-24T04:30:00Z', '2026-11-25T04:30:00Z');
    const evening = new Date('2026-11-25T23:00:00Z'); // 18:00 on the 25th in New York
    expect(streakOf(doc, evening, 'America/New_York')).toEqual({ days: 2, activeToday: false });
    // In UTC those are the 24th and 25th, and the 25th is today.
    expect(streakOf(doc, evening, 'UTC')).toEqual({ days: 2, activeToday: true });
    // Just before and just after local midnight are two days in Tokyo (UTC+9), one in UTC.
    const tokyo = readAt('2026-11-24T14:50:00Z', '2026-11-24T15:10:00Z');
    const later = new Date('2026-11-24T16:00:00Z');
    expect(streakOf(tokyo, later, 'Asia/Tokyo')).toEqual({ days: 2, activeToday: true });
    expect(streakOf(tokyo, later, 'UTC')).toEqual({ days: 1, activeToday: true });
  });

  it('counts calendar days across a change of daylight saving time', () => {
    // Europe/London leaves summer time on 25 October 2026: that day has 25 hours.
    const doc = readAt('2026-10-24T22:30:00Z', '2026-10-25T23:30:00Z', '2026-10-26T12:00:00Z');
    expect(streakOf(doc, new Date('2026-10-26T13:00:00Z'), 'Europe/London')).toEqual({ days: 3, activeToday: true });
  });

  it('ignores moments on a later day than today: they neither start nor extend a streak', () => {
    const future = readAt('2026-11-26T08:00:00Z', '2027-01-01T08:00:00Z');
    expect(streakOf(future, NOW, 'UTC')).toEqual({ days: 0, activeToday: false });
    const mixed = readAt('2026-11-24T08:00:00Z', '2026-11-26T08:00:00Z');
    expect(streakOf(mixed, NOW, 'UTC')).toEqual({ days: 1, activeToday: false });
    // Later today (a clock a few minutes ahead) still counts as today.
    expect(streakOf(readAt('2026-11-25T18:00:00Z'), NOW, 'UTC')).toEqual({ days: 1, activeToday: true });
  });

  it('reads every kind of activity: reading, answers, finished attempts, review answers', () => {
    let doc = markRead(emptyProgress(), 'a', new Date('2026-11-21T08:00:00Z'));
    doc = recordAnswer(doc, 'b', ['q1', 'q2'], 'q1', right, new Date('2026-11-22T08:00:00Z'));
    doc = {
      ...doc,
      lessons: {
        ...doc.lessons,
        c: {
          attempts: [
            {
              startedAt: '2026-11-20T23:00:00Z',
              finishedAt: '2026-11-23T08:00:00Z',
              seed: 1,
              points: 1,
              total: 1,
              percent: 100,
              outcomes: {},
            },
          ],
        },
      },
      reviews: {
        q9: { lessonId: 'c', step: 1, due: '2026-11-25', lastAt: '2026-11-24T08:00:00Z', lapses: 1 },
      },
    };
    expect(streakOf(doc, NOW, 'UTC')).toEqual({ days: 4, activeToday: false });
  });

  it('names calendar days in a zone', () => {
    const at = new Date('2026-01-01T02:00:00Z');
    expect(localDay(at, 'UTC')).toBe('2026-01-01');
    expect(localDay(at, 'America/Los_Angeles')).toBe('2025-12-31');
  });
});

describe('lesson status words', () => {
  const AT = new Date('2026-11-25T10:00:00Z');

  it('says each state plainly, as the badge shows it', () => {
    let doc = emptyProgress();
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'new', text: 'Not started' });
    doc = markRead(doc, 'l', AT);
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'read', text: 'Read' });
    doc = recordAnswer(doc, 'l', ['a', 'b'], 'a', right, AT);
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'in-progress', text: 'In progress · 1 of 2 answered' });
    doc = recordAnswer(doc, 'l', ['a', 'b'], 'b', wrong, AT);
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'not-passed', text: 'Not passed · 50%' });
    const passed = finish(emptyProgress(), 'l', AT.toISOString());
    expect(describeLesson(passed, 'l', 2)).toEqual({ state: 'passed', text: 'Passed · 100%' });
  });

  it('gives each state a badge', () => {
    expect(LESSON_STATE_BADGE).toEqual({
      new: '',
      read: 'badge--info',
      'in-progress': 'badge--warn',
      passed: 'badge--success',
      'not-passed': 'badge--danger',
    });
  });
});

describe('plurals', () => {
  it('puts the noun in the number the count asks for', () => {
    expect(plural(1, 'lesson')).toBe('1 lesson');
    expect(plural(0, 'lesson')).toBe('0 lessons');
    expect(plural(18, 'lesson')).toBe('18 lessons');
    expect(nounFor(1, 'day')).toBe('day');
    expect(nounFor(2, 'day')).toBe('days');
    expect(nounFor(2, 'child', 'children')).toBe('children');
  });
});
