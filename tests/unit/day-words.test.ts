import { describe, expect, it } from 'vitest';
import { dayInWords, localDay, whenInWords } from '../../src/lib/day-words';

describe('dayInWords', () => {
  const today = '2026-11-25';

  it('says days within a week either side relative to today', () => {
    expect(dayInWords('2026-11-25', today)).toBe('today');
    expect(dayInWords('2026-11-24', today)).toBe('yesterday');
    expect(dayInWords('2026-11-26', today)).toBe('tomorrow');
    expect(dayInWords('2026-11-19', today)).toBe('6 days ago');
    expect(dayInWords('2026-12-01', today)).toBe('in 6 days');
  });

  it('gives a week or more away as a date in words, with the year only when it is not this one', () => {
    expect(dayInWords('2026-11-18', today)).toBe('18 November');
    expect(dayInWords('2026-12-02', today)).toBe('2 December');
    expect(dayInWords('2025-11-20', today)).toBe('20 November 2025');
    expect(dayInWords('2027-01-03', '2026-12-30')).toBe('in 4 days');
    expect(dayInWords('2027-01-20', '2026-12-30')).toBe('20 January 2027');
  });

  it('counts calendar days across a change of clocks', () => {
    expect(dayInWords('2026-03-29', '2026-03-30')).toBe('yesterday');
    expect(dayInWords('2026-10-25', '2026-10-26')).toBe('yesterday');
  });
});

describe('localDay', () => {
  it('gives the calendar day where the learner is, not in UTC', () => {
    const lateInUtc = new Date('2026-11-24T23:30:00.000Z');
    expect(localDay(lateInUtc, 'UTC')).toBe('2026-11-24');
    expect(localDay(lateInUtc, 'Europe/Berlin')).toBe('2026-11-25');
    expect(localDay(lateInUtc, 'America/New_York')).toBe('2026-11-24');
  });
});

describe('whenInWords', () => {
  it('says a moment as its day relative to today', () => {
    expect(whenInWords('2026-11-24T18:00:00.000Z', '2026-11-25')).toMatch(/^(yesterday|today)$/);
    expect(whenInWords('2026-10-30T12:00:00.000Z', '2026-11-25')).toBe('30 October');
  });
});
