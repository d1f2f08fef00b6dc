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

/**
 * How far a learner is with one lesson. The best score decides once a check has been finished; before that, an
 * attempt under way shows how far it got, and a lesson read shows as read.
 */
export function describeLesson(doc: ProgressDoc, lessonId: string, questionCount: number): LessonSummary {
  const lesson = doc.lessons[lessonId];
  const best = lesson ? bestAttempt(lesson.attempts) : undefined;
  if (best) {
    return passes(best.percent)
      ? { state: 'passed', text: `Passed · ${best.percent}%` }
      : { state: 'not-passed', text: `Not passed · ${best.percent}%` };
  }
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
    const lesson = doc.lessons[id];
    if (lesson?.readAt) read += 1;
    const best = lesson ? bestAttempt(lesson.attempts) : undefined;
    if (best && passes(best.percent)) checksPassed += 1;
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
  return (
    lessonIds.length > 0 &&
    lessonIds.every((id) => {
      const best = bestAttempt(doc.lessons[id]?.attempts ?? []);
      return best !== undefined && passes(best.percent);
    })
  );
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
