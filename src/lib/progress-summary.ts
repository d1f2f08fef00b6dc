import { bestAttempt, type ProgressDoc } from './progress';
import { passes } from './quiz';
import { isDue } from './review';

export interface LessonSummary {
  state: 'new' | 'read' | 'in-progress' | 'passed' | 'not-passed';
  /** A short description for people, e.g. "Read · best score 92%". */
  text: string;
}

/** How far a learner is with one lesson. */
export function describeLesson(doc: ProgressDoc, lessonId: string, questionCount: number): LessonSummary {
  const lesson = doc.lessons[lessonId];
  if (!lesson) return { state: 'new', text: 'Not started' };
  const answered = Object.keys(lesson.current?.answers ?? {}).length;
  const best = bestAttempt(lesson.attempts);
  const inAttempt = answered > 0 && answered < questionCount;
  const parts: string[] = [lesson.readAt ? 'Read' : 'Not read yet'];
  if (best) parts.push(`best score ${best.percent}%`);
  if (inAttempt) parts.push(`${answered} of ${questionCount} answered`);
  const state = best
    ? passes(best.percent)
      ? 'passed'
      : 'not-passed'
    : inAttempt
      ? 'in-progress'
      : lesson.readAt
        ? 'read'
        : 'new';
  return { state, text: parts.join(' · ') };
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
