import type { ProgressDoc } from './progress';
import { PASS_PERCENT } from './quiz';

export interface LessonSummary {
  state: 'new' | 'read' | 'in-progress' | 'passed' | 'not-passed';
  /** A short description for people, e.g. "Read · best score 9/10". */
  text: string;
}

/** How far a learner is with one lesson. */
export function describeLesson(doc: ProgressDoc, lessonId: string, questionCount: number): LessonSummary {
  const lesson = doc.lessons[lessonId];
  if (!lesson) return { state: 'new', text: 'Not started' };
  const answered = Object.keys(lesson.answers).length;
  const parts: string[] = [lesson.readAt ? 'Read' : 'Not read yet'];
  const best = lesson.bestScore;
  if (best) parts.push(`best score ${best.correct}/${best.total}`);
  else if (answered > 0) parts.push(`${Math.min(answered, questionCount)} of ${questionCount} questions answered`);
  const state = best
    ? passed(best)
      ? 'passed'
      : 'not-passed'
    : answered > 0
      ? 'in-progress'
      : lesson.readAt
        ? 'read'
        : 'new';
  return { state, text: parts.join(' · ') };
}

/** Whether a score passes a knowledge check. */
export function passed(score: { correct: number; total: number }): boolean {
  return score.total > 0 && (score.correct / score.total) * 100 >= PASS_PERCENT;
}

/** Totals across the path, for the home page and the path's header. */
export function summarise(doc: ProgressDoc, lessonIds: readonly string[]) {
  let read = 0;
  let checksPassed = 0;
  for (const id of lessonIds) {
    const lesson = doc.lessons[id];
    if (lesson?.readAt) read += 1;
    if (lesson?.bestScore && passed(lesson.bestScore)) checksPassed += 1;
  }
  return { lessons: lessonIds.length, read, checksPassed };
}
