/**
 * Which of a source's questions go in a file, group by group, and which are skipped and why: the one loop every
 * exporter shares, so that "nothing is dropped silently" holds for all of them alike. A question's content needs no
 * checking here: the content schema (build) and the question-file decoder (browser) have already refused a question
 * without a right option, a bucket no item names and so on; `reasonToSkip` says only what the format cannot hold.
 */
import type { Question } from '../quiz';
import type { ExportGroup, ExportSource, Skipped } from './types';

/** A group with the questions that go in the file. */
export interface Placed<Q extends Question = Question> {
  group: ExportGroup;
  questions: Q[];
}

/**
 * Splits a source into the questions that go in (per group, in order) and those skipped with their reason.
 * `reasonToSkip` returns null for a question the format holds; `Q` is the type that leaves (e.g. every type but
 * order), which `reasonToSkip` guarantees. `fileKey` maps an id to the name the file gives it (QTI identifiers):
 * a second question with the same name is skipped, since the file would hold two items of one name.
 */
export function placeQuestions<Q extends Question = Question>(
  source: ExportSource,
  reasonToSkip: (q: Question) => string | null,
  fileKey: (questionId: string) => string = (id) => id,
): { placed: Placed<Q>[]; skipped: Skipped[]; exported: number } {
  const seen = new Set<string>();
  const skipped: Skipped[] = [];
  let exported = 0;
  const placed = source.groups.map((group) => {
    const questions: Q[] = [];
    for (const q of group.questions) {
      const key = fileKey(q.id);
      const reason = seen.has(key) ? 'the same question id is already in the file' : reasonToSkip(q);
      if (reason !== null) {
        skipped.push({ questionId: q.id, group: group.id, reason });
        continue;
      }
      seen.add(key);
      questions.push(q as Q);
      exported += 1;
    }
    return { group, questions };
  });
  return { placed, skipped, exported };
}
