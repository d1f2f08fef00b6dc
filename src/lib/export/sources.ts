/**
 * What is exported (issue 13): an ExportSource from one lesson's bank, from the whole learning path, or from a
 * classroom set's loaded questions. The set's questions are grouped by lesson (each lesson once, in the order the
 * set first meets it; within a lesson, in the set's order), so a Moodle category or a QTI section is never
 * written twice. Also the "set" of a whole lesson, for its printable quiz and answer key.
 */
import type { Question } from '../quiz';
import { questionKey } from '../teach/question-key';
import { formatSetId, MAX_SET_QUESTIONS, setId, type QuizSet } from '../teach/set-link';
import type { ExportGroup, ExportSource } from './types';

/** What a source needs to know of a lesson. */
export interface SourceLesson {
  id: string;
  title: string;
  questions: readonly Question[];
}

/** The whole curriculum's file-name stem. */
export const CURRICULUM_SLUG = 'all-lessons';

/** A lesson id as a file-name stem: lower-case letters, digits and hyphens (anything else becomes a hyphen). */
export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'questions';

const groupOf = (lesson: SourceLesson): ExportGroup => ({
  id: lesson.id,
  title: lesson.title,
  questions: lesson.questions,
});

/** One lesson's knowledge check, e.g. `error-budgets` titled `Error budgets: knowledge check`. */
export function lessonSource(lesson: SourceLesson): ExportSource {
  return { slug: slugOf(lesson.id), title: `${lesson.title}: knowledge check`, groups: [groupOf(lesson)] };
}

/** Every lesson's knowledge check, in path order, one group per lesson. */
export function curriculumSource(lessons: readonly SourceLesson[]): ExportSource {
  return {
    slug: CURRICULUM_SLUG,
    title: 'DevOps & SRE Field Guide: every knowledge check',
    groups: lessons.filter((l) => l.questions.length > 0).map(groupOf),
  };
}

/**
 * A classroom set's questions (load-set.ts `loadSetQuestions`): slug `set-<set id>` (e.g. `set-abc-defg`), one
 * group per lesson. A question whose lesson is unknown goes in a group of its own named after the set.
 */
export function setSource(
  set: QuizSet,
  questions: readonly Question[],
  lessonOf: ReadonlyMap<string, { id: string; title: string }>,
): ExportSource {
  const idText = formatSetId(setId(set));
  const groups = new Map<string, { id: string; title: string; questions: Question[] }>();
  for (const q of questions) {
    const lesson = lessonOf.get(q.id) ?? { id: 'set', title: `Quiz set ${idText}` };
    let group = groups.get(lesson.id);
    if (!group) {
      group = { id: lesson.id, title: lesson.title, questions: [] };
      groups.set(lesson.id, group);
    }
    group.questions.push(q);
  }
  return { slug: `set-${slugOf(idText)}`, title: `Quiz set ${idText}`, groups: [...groups.values()] };
}

/** How many questions a source holds. */
export const questionCount = (source: ExportSource) => source.groups.reduce((n, g) => n + g.questions.length, 0);

/**
 * A set of a lesson's questions (its first 50, in authored order; no timer, score at the end), for its printable
 * quiz and answer key on /teach/print/ and /teach/key/. The seed is fixed, so the link never changes between builds.
 */
export function lessonSet(questions: readonly Question[]): QuizSet {
  return {
    version: 1,
    seed: 0,
    timer: 0,
    feedback: 'end',
    keys: questions.slice(0, MAX_SET_QUESTIONS).map((q) => questionKey(q.id)),
  };
}
