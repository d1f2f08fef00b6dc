/**
 * Days in words for people: "today", "yesterday", "in 3 days", "20 November", "20 November 2025". Built on Intl
 * alone (no date library: every byte here ships with the progress page).
 */

const DAY_MS = 86_400_000;
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
/** One formatter per time zone: building one costs far more than using it, and the streak reads every timestamp. */
const dayFormats = new Map<string | undefined, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) of a moment where the learner is (`timeZone` undefined: the browser's own zone),
 * so that an answer given at 00:30 counts as that day's, not the day before in UTC.
 */
export function localDay(at: Date, timeZone?: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes a date as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** Days since 1970-01-01 of a YYYY-MM-DD calendar day: consecutive days differ by exactly 1, whatever DST does. */
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** A calendar day (YYYY-MM-DD) as a date: "20 November", with the year when it is not `today`'s: "5 January 2027". */
export function dateInWords(day: string, today: string): string {
  return (day.slice(0, 4) === today.slice(0, 4) ? dayMonth : dayMonthYear).format(new Date(`${day}T12:00:00Z`));
}

/**
 * A calendar day said relative to `today` (both YYYY-MM-DD): within a week either side as "today", "yesterday",
 * "3 days ago", "tomorrow", "in 3 days"; further off as "20 November", with the year when it is not this year's.
 */
export function dayInWords(day: string, today: string): string {
  const diff = dayNumber(day) - dayNumber(today);
  return Math.abs(diff) < 7 ? relative.format(diff, 'day') : dateInWords(day, today);
}

/** The day of a moment (ISO 8601) in words, relative to `today` where the learner is: "yesterday", "20 November". */
export function whenInWords(at: string, today: string): string {
  return dayInWords(localDay(new Date(at)), today);
}
