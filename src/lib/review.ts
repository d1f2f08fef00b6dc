/**
 * Spaced review of missed questions (a Leitner schedule). Pure functions over plain dates, so that the
 * schedule is unit-tested on fixed dates.
 *
 * A question answered wrong becomes due at once. Answering a due question right moves it to the next,
 * longer interval; after the last interval it is retired as learned. Answering wrong sends it back to the
 * first step, due again after the first interval.
 */

/** Days until the next review after each successful step. */
export const INTERVALS_DAYS = [1, 3, 7, 16, 35] as const;

export interface ReviewItem {
  /** The lesson whose knowledge check holds the question. */
  lessonId: string;
  /** How many due reviews in a row were answered right (0 after a miss). */
  step: number;
  /** The UTC day (YYYY-MM-DD) from which the question is due. */
  due: string;
  /** When it was last answered (ISO 8601). */
  lastAt: string;
  /** How often it was answered wrong. */
  lapses: number;
}

const DAY_MS = 86_400_000;

/** The UTC day of a moment, as YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Whether an item has passed every interval: the question counts as learned. */
export const isRetired = (item: ReviewItem) => item.step > INTERVALS_DAYS.length;

/** Whether an item is due on the day of `now`. */
export function isDue(item: ReviewItem, now: Date): boolean {
  return item.step <= INTERVALS_DAYS.length && item.due <= dayOf(now);
}

/**
 * The item after an answer, or null when a question that was never missed is answered right. An item past
 * its last interval is retired: `isRetired` is then true and it is never due again.
 */
export function scheduleAfterAnswer(
  item: ReviewItem | undefined,
  lessonId: string,
  correct: boolean,
  now: Date,
): ReviewItem | null {
  const today = dayOf(now);
  const lastAt = now.toISOString();
  if (!correct) {
    return {
      lessonId,
      step: 0,
      // A first miss is due today; a miss during review comes back after the first interval.
      due: item ? addDays(today, INTERVALS_DAYS[0]) : today,
      lastAt,
      lapses: (item?.lapses ?? 0) + 1,
    };
  }
  if (!item) return null;
  if (!isDue(item, now)) return item;
  const step = item.step + 1;
  // Past the last interval the item is retired: kept (so a merge with an older copy cannot revive it), never due.
  if (step > INTERVALS_DAYS.length) return { ...item, step, lastAt };
  return { ...item, step, due: addDays(today, INTERVALS_DAYS[step - 1]!), lastAt };
}
