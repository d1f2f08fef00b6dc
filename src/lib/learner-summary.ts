/**
 * What the home page tells a learner at a glance: where to go next, how many days in a row they have studied,
 * and whether they have finished the path. Pure functions over the progress document.
 *
 * Streak days are the learner's LOCAL calendar days (the browser's time zone unless one is given), not UTC days:
 * someone who studies every evening at 23:30 in New York has studied every day, though half of those moments fall
 * on the next UTC day. Review due dates stay UTC days (src/lib/review.ts); the streak only reads timestamps.
 */
import type { ProgressDoc } from './progress';
import { dayNumber, localDay } from './day-words';
import { nextLesson, summarise } from './progress-summary';

/** A lesson of the path, as the home page knows it. */
export interface PathLessonRef {
  id: string;
  title: string;
}

/**
 * Every moment the learner did something: a lesson read, an answer given (in the current attempt of a check, or
 * the last answer to a review question), an attempt finished. Starting an attempt is not activity: the check
 * starts one as soon as it is shown. Earlier review answers and the answers of replaced attempts are not kept in
 * the document, so their days count only through the attempt's finish.
 */
export function activityTimes(doc: ProgressDoc): string[] {
  const times: string[] = [];
  for (const lesson of Object.values(doc.lessons)) {
    if (lesson.readAt) times.push(lesson.readAt);
    for (const answer of Object.values(lesson.current?.answers ?? {})) times.push(answer.at);
    for (const attempt of lesson.attempts) times.push(attempt.finishedAt);
  }
  for (const review of Object.values(doc.reviews)) times.push(review.lastAt);
  return times;
}

export interface Streak {
  /** Consecutive days with activity, ending today, or yesterday when nothing has been done yet today. */
  days: number;
  /** Whether today already counts. */
  activeToday: boolean;
}

/**
 * The learner's streak on the day of `now`. A streak that reached yesterday is still alive today (there is time
 * left to keep it); a day with nothing breaks it. Timestamps on a later day than today (a clock set wrong, or
 * progress imported from such a device) are ignored: they can neither start nor extend a streak.
 */
export function streakOf(doc: ProgressDoc, now: Date, timeZone?: string): Streak {
  const today = dayNumber(localDay(now, timeZone));
  const days = new Set<number>();
  for (const at of activityTimes(doc)) {
    const t = Date.parse(at);
    if (Number.isNaN(t)) continue;
    const d = dayNumber(localDay(new Date(t), timeZone));
    if (d <= today) days.add(d);
  }
  const activeToday = days.has(today);
  let day = activeToday ? today : today - 1;
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day -= 1;
  }
  return { days: count, activeToday };
}

/** What the home page shows: a new visitor, a learner on the way, or one who has done every lesson. */
export type LearnerSummary<T extends PathLessonRef> =
  | { state: 'new' }
  | {
      state: 'returning' | 'finished';
      /** The lesson to continue with; null once every lesson is done. */
      next: T | null;
      streak: Streak;
      /** Review questions due today. */
      due: number;
      /** The path completed, 0–100 (reading and passing each count half). */
      completion: number;
    };

/** The learner at a glance. Someone with no activity at all is a new visitor, whatever the document holds. */
export function learnerSummary<T extends PathLessonRef>(
  doc: ProgressDoc,
  path: readonly T[],
  now: Date,
  timeZone?: string,
): LearnerSummary<T> {
  if (activityTimes(doc).length === 0) return { state: 'new' };
  const next = nextLesson(doc, path);
  const { due, completion } = summarise(
    doc,
    path.map((l) => l.id),
    now,
  );
  return {
    state: next === null && path.length > 0 ? 'finished' : 'returning',
    next,
    streak: streakOf(doc, now, timeZone),
    due,
    completion,
  };
}
