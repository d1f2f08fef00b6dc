/**
 * Checks across content files that a per-file schema cannot make: ids unique site-wide, and every
 * question bank used by exactly one lesson, every glossary term a lesson names present. Returns problems as sentences naming the file; empty when all is well.
 */

export interface BankInfo {
  /** Bank id (its file name without extension). */
  id: string;
  /** Where it lives, for messages, e.g. `content/quizzes/what-is-sre.yaml`. */
  file: string;
  questionIds: string[];
}

export interface LessonInfo {
  id: string;
  file: string;
  track: string;
  order: number;
  quiz: string;
  /** Glossary term ids the lesson's frontmatter lists. */
  terms: string[];
}

export function findContentProblems(
  lessons: readonly LessonInfo[],
  banks: readonly BankInfo[],
  termIds: readonly string[],
): string[] {
  const problems: string[] = [];

  const firstUse = new Map<string, string>();
  for (const bank of banks) {
    for (const qid of bank.questionIds) {
      const earlier = firstUse.get(qid);
      if (earlier) {
        problems.push(
          `${bank.file}: question id "${qid}" is already used in ${earlier}; question ids must be unique across all banks`,
        );
      } else {
        firstUse.set(qid, bank.file);
      }
    }
  }

  const bankIds = new Set(banks.map((b) => b.id));
  const terms = new Set(termIds);
  const quizOwner = new Map<string, string>();
  const slot = new Map<string, string>();
  for (const lesson of lessons) {
    if (!bankIds.has(lesson.quiz)) {
      problems.push(
        `${lesson.file}: field "quiz" names "${lesson.quiz}", but there is no content/quizzes/${lesson.quiz}.yaml`,
      );
    }
    for (const term of lesson.terms) {
      if (!terms.has(term)) {
        problems.push(`${lesson.file}: field "terms" names "${term}", but there is no content/glossary/${term}.yaml`);
      }
    }
    const owner = quizOwner.get(lesson.quiz);
    if (owner) problems.push(`${lesson.file}: field "quiz" names "${lesson.quiz}", which ${owner} already uses`);
    quizOwner.set(lesson.quiz, lesson.file);
    const key = `${lesson.track}#${lesson.order}`;
    const other = slot.get(key);
    if (other)
      problems.push(
        `${lesson.file}: field "order" is ${lesson.order}, the same as ${other} in track "${lesson.track}"`,
      );
    slot.set(key, lesson.file);
  }
  return problems;
}
