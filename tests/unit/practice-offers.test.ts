import { describe, expect, it } from 'vitest';
import { emptyProgress, type AttemptRecord, type ProgressDoc } from '../../src/lib/progress';
import { practiceOffers } from '../../src/lib/practice-offers';
import { percentOf } from '../../src/lib/quiz';

const path = [
  { id: 'one', title: 'One' },
  { id: 'two', title: 'Two' },
  { id: 'three', title: 'Three' },
  { id: 'four', title: 'Four' },
];
const readAt = '2026-11-20T10:00:00.000Z';

function attempt(points: number, total = 10): AttemptRecord {
  return {
    startedAt: readAt,
    finishedAt: readAt,
    seed: 1,
    points,
    total,
    percent: percentOf(points, total),
    outcomes: {},
  };
}

function doc(lessons: ProgressDoc['lessons']): ProgressDoc {
  return { ...emptyProgress(), lessons };
}

describe('what practice offers when nothing is due', () => {
  it('offers the first lesson of the path to someone who has read nothing, and no check to retake', () => {
    expect(practiceOffers(emptyProgress(), path)).toEqual({ start: { id: 'one', title: 'One' }, retake: undefined });
  });

  it('offers the first unread lesson in path order, even when a later one was read', () => {
    const d = doc({ one: { readAt, attempts: [] }, three: { readAt, attempts: [] } });
    expect(practiceOffers(d, path).start).toEqual({ id: 'two', title: 'Two' });
  });

  it('offers no lesson once every lesson is read', () => {
    const d = doc(Object.fromEntries(path.map((l) => [l.id, { readAt, attempts: [] }])));
    expect(practiceOffers(d, path).start).toBeUndefined();
  });

  it('offers the check with the lowest best score: a failed one before a passed one', () => {
    const d = doc({
      one: { readAt, attempts: [attempt(9)] },
      two: { readAt, attempts: [attempt(5), attempt(7)] },
      three: { readAt, attempts: [attempt(6)] },
    });
    expect(practiceOffers(d, path).retake).toEqual({ id: 'three', title: 'Three', percent: 60, passed: false });
  });

  it('judges a check by its best attempt, so a check failed once and passed later ranks as passed', () => {
    const d = doc({ one: { readAt, attempts: [attempt(2), attempt(10)] }, two: { readAt, attempts: [attempt(8)] } });
    expect(practiceOffers(d, path).retake).toEqual({ id: 'two', title: 'Two', percent: 80, passed: true });
  });

  it('takes the earlier lesson in the path between equal scores', () => {
    const d = doc({ three: { readAt, attempts: [attempt(7)] }, two: { readAt, attempts: [attempt(7)] } });
    expect(practiceOffers(d, path).retake?.id).toBe('two');
  });

  it('offers no retake when every finished check scored 100%, nor for a check only started', () => {
    const d = doc({
      one: { readAt, attempts: [attempt(10)] },
      two: { readAt, current: { seed: 1, startedAt: readAt, answers: {} }, attempts: [] },
    });
    expect(practiceOffers(d, path).retake).toBeUndefined();
  });

  it('ignores progress for lessons that are not in the path', () => {
    const d = doc({ gone: { readAt, attempts: [attempt(1)] } });
    expect(practiceOffers(d, path)).toEqual({ start: { id: 'one', title: 'One' }, retake: undefined });
  });
});
