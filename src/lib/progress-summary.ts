import { bestAttempt, type ProgressDoc } from './progress';
import { passes } from './quiz';
import { isDue } from './review';

export type LessonState = 'new' | 'read' | 'in-progress' | 'passed' | 'not-passed';

export interface LessonSummary {
  state: LessonState;
  /** A short description for people, shown as a badge: "Passed · 92%", "Not passed · 50%", "Read". */
  text: string;
}

/** The badge modifier for each state of a lesson: colour repeats what the words say, never replaces them. */
export const LESSON_STATE_BADGE: Record<LessonState, string> = {
  new: '',
  read: 'badge--info',
  'in-progress': 'badge--warn',
  passed: 'badge--success',
  'not-passed': 'badge--danger',
};

/** The design system's badge class for a lesson in `state`. */
export const lessonBadgeClass = (state: LessonState): string => `badge ${LESSON_STATE_BADGE[state]}`.trimEnd();

/** A finished check's standing by its score: "Passed · 92%" or "Not passed · 50%". */
export function scoreSummary(percent: number): LessonSummary {
  return passes(percent)
    ? { state: 'passed', text: `Passed · ${percent}%` }
    : { state: 'not-passed', text: `Not passed · ${percent}%` };
}

/** Whether a lesson's knowledge check is passed, by its best finished attempt. */
export function checkPassed(doc: ProgressDoc, lessonId: string): boolean {
  const best = bestAttempt(doc.lessons[lessonId]?.attempts ?? []);
  return best !== undefined && passes(best.percent);
}

/**
 * Where to carry on: the first lesson in path order whose check is not passed yet, or null once every check is.
 * (Opening a check marks its lesson read, so a passed check means a lesson read.) The home page, the progress
 * page and the certificate all count a lesson done this way.
 */
export function nextLesson<T extends { id: string }>(doc: ProgressDoc, path: readonly T[]): T | null {
  return path.find((l) => !checkPassed(doc, l.id)) ?? null;
}

/**
 * How far a learner is with one lesson. The best score decides once a check has been finished; before that, an
 * attempt under way shows how far it got, and a lesson read shows as read.
 */
export function describeLesson(doc: ProgressDoc, lessonId: string, questionCount: number): LessonSummary {
  const lesson = doc.lessons[lessonId];
  const best = lesson ? bestAttempt(lesson.attempts) : undefined;
  if (best) return scoreSummary(best.percent);
  const answered = Object.keys(lesson?.current?.answers ?? {}).length;
  if (answered > 0 && answered < questionCount) {
    return { state: 'in-progress', text: `In progress · ${answered} of ${questionCount} answered` };
  }
  if (lesson?.readAt) return { state: 'read', text: 'Read' };
  return { state: 'new', text: 'Not started' };
}

/** Totals across the path, for the home page, the path and the progress page. */
export function summarise(doc: ProgressDoc, lessonIds: readonly string[], now: Date) {
  let read = 0;
  let checksPassed = 0;
  for (const id of lessonIds) {
    if (doc.lessons[id]?.readAt) read += 1;
    if (checkPassed(doc, id)) checksPassed += 1;
  }
  const known = new Set(lessonIds);
  const due = Object.values(doc.reviews).filter((r) => known.has(r.lessonId) && isDue(r, now)).length;
  const total = lessonIds.length;
  // A lesson is complete when it is read and its check is passed: each counts half.
  const completion = total === 0 ? 0 : Math.round(((read + checksPassed) / (2 * total)) * 100);
  return { lessons: total, read, checksPassed, due, completion };
}

/** Whether every lesson's knowledge check is passed: the learner has earned the certificate. */
export function hasCompletedPath(doc: ProgressDoc, lessonIds: readonly string[]): boolean {
  return lessonIds.length > 0 && lessonIds.every((id) => checkPassed(doc, id));
}

/** The day the path was completed: the latest of the first passing attempts of each lesson. */
export function completionDate(doc: ProgressDoc, lessonIds: readonly string[]): string | null {
  let latest = '';
  for (const id of lessonIds) {
    const first = (doc.lessons[id]?.attempts ?? []).find((a) => passes(a.percent));
    if (!first) return null;
    if (first.finishedAt > latest) latest = first.finishedAt;
  }
  return latest || null;
}
