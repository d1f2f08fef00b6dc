/**
 * The review queue as `/practice/` shows it: what is due today and when the next review falls due, in words. Apart from
 * `review.ts` (the schedule, which the progress store needs on every page that records an answer) so that lessons
 * do not download it.
 */
import { dateInWords } from './day-words';
import { addDays, dayOf, INTERVALS_DAYS, isDue, type ReviewItem } from './review';

/** Items due on the day of `now`, oldest due first. */
export function dueItems<T extends ReviewItem>(items: Record<string, T>, now: Date): [string, T][] {
  return Object.entries(items)
    .filter(([, item]) => isDue(item, now))
    .sort(([, a], [, b]) => a.due.localeCompare(b.due) || a.lastAt.localeCompare(b.lastAt));
}

/** The next day something falls due after today, or null. */
export function nextDueDay(items: Record<string, ReviewItem>, now: Date): string | null {
  const today = dayOf(now);
  const upcoming = Object.values(items)
    .filter((i) => i.step <= INTERVALS_DAYS.length && i.due > today)
    .map((i) => i.due)
    .sort();
  return upcoming[0] ?? null;
}

/**
 * A review day (YYYY-MM-DD, UTC) in words, seen from `now`: "today", "tomorrow, 3 December", "on 3 December",
 * with the year when it is not this year's ("on 5 January 2027").
 */
export function dueDayInWords(day: string, now: Date): string {
  const today = dayOf(now);
  const words = dateInWords(day, today);
  if (day <= today) return 'today';
  return day === addDays(today, 1) ? `tomorrow, ${words}` : `on ${words}`;
}
