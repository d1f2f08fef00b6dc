import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOf,
  INTERVALS_DAYS,
  isDue,
  isRetired,
  scheduleAfterAnswer,
  type ReviewItem,
} from '../../src/lib/review';
import { dueDayInWords, dueItems, nextDueDay } from '../../src/lib/review-queue';

const day = (d: string) => new Date(`${d}T12:00:00.000Z`);

describe('review schedule', () => {
  it('makes a first miss due at once', () => {
    const item = scheduleAfterAnswer(undefined, 'l', false, day('2026-11-25'))!;
    expect(item).toMatchObject({ step: 0, due: '2026-11-25', lapses: 1 });
    expect(isDue(item, day('2026-11-25'))).toBe(true);
  });

  it('ignores a right answer to a question never missed', () => {
    expect(scheduleAfterAnswer(undefined, 'l', true, day('2026-11-25'))).toBeNull();
  });

  it('walks the intervals 1, 3, 7, 16, 35 days, then retires the question', () => {
    let now = day('2026-11-25');
    let item = scheduleAfterAnswer(undefined, 'l', false, now)!;
    const dues: string[] = [];
    for (const days of INTERVALS_DAYS) {
      item = scheduleAfterAnswer(item, 'l', true, now)!;
      dues.push(item.due);
      expect(isDue(item, now)).toBe(false);
      now = day(addDays(dayOf(now), days));
      expect(isDue(item, now)).toBe(true);
    }
    expect(dues).toEqual(['2026-11-26', '2026-11-29', '2026-12-06', '2026-12-22', '2027-01-26']);
    item = scheduleAfterAnswer(item, 'l', true, now)!;
    expect(isRetired(item)).toBe(true);
    expect(isDue(item, day('2030-01-01'))).toBe(false);
  });

  it('sends a missed review back to the start, due after the first interval', () => {
    const start = day('2026-11-25');
    let item = scheduleAfterAnswer(undefined, 'l', false, start)!;
    item = scheduleAfterAnswer(item, 'l', true, start)!;
    item = scheduleAfterAnswer(item, 'l', true, day('2026-11-26'))!;
    expect(item.step).toBe(2);
    item = scheduleAfterAnswer(item, 'l', false, day('2026-11-29'))!;
    expect(item).toMatchObject({ step: 0, due: '2026-11-30', lapses: 2 });
  });

  it('leaves an item alone when answered right before it is due', () => {
    const item: ReviewItem = {
      lessonId: 'l',
      step: 2,
      due: '2026-12-01',
      lastAt: '2026-11-25T00:00:00.000Z',
      lapses: 1,
    };
    expect(scheduleAfterAnswer(item, 'l', true, day('2026-11-27'))).toBe(item);
  });

  it('lists due items oldest first and finds the next due day', () => {
    const items: Record<string, ReviewItem> = {
      a: { lessonId: 'l', step: 1, due: '2026-11-24', lastAt: '2026-11-23T00:00:00.000Z', lapses: 1 },
      b: { lessonId: 'l', step: 0, due: '2026-11-20', lastAt: '2026-11-20T00:00:00.000Z', lapses: 1 },
      c: { lessonId: 'l', step: 3, due: '2026-12-09', lastAt: '2026-11-23T00:00:00.000Z', lapses: 1 },
      d: { lessonId: 'l', step: 6, due: '2026-11-01', lastAt: '2026-11-01T00:00:00.000Z', lapses: 1 },
    };
    expect(dueItems(items, day('2026-11-25')).map(([id]) => id)).toEqual(['b', 'a']);
    expect(nextDueDay(items, day('2026-11-25'))).toBe('2026-12-09');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('when the next review falls due, in words', () => {
  const now = new Date('2026-11-28T21:30:00.000Z');

  it('says today, tomorrow with its date, or the date', () => {
    expect(dueDayInWords('2026-11-28', now)).toBe('today');
    expect(dueDayInWords('2026-11-29', now)).toBe('tomorrow, 29 November');
    expect(dueDayInWords('2026-12-03', now)).toBe('on 3 December');
  });

  it('names the year only when it is not this year', () => {
    expect(dueDayInWords('2027-01-05', now)).toBe('on 5 January 2027');
    expect(dueDayInWords('2027-01-01', new Date('2026-12-31T12:00:00.000Z'))).toBe('tomorrow, 1 January 2027');
  });

  it('counts days in UTC, as the schedule does', () => {
    // 23:30 UTC on 30 November is already 1 December in Tokyo, but the schedule's days are UTC days.
    expect(dueDayInWords('2026-12-01', new Date('2026-11-30T23:30:00.000Z'))).toBe('tomorrow, 1 December');
  });
});
