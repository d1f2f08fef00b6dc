/**
 * A set link's questions, loaded in the browser: the question index names every question id the site has, the
 * set's keys are resolved against it, and only the banks that hold the set's questions are fetched. Used by every
 * page that opens a set (presenter, speaker view, printable quiz, answer key). A key this build does not know is
 * reported by its position and key, never dropped in silence; the rest of the set still loads.
 */
import { bankProblemMessage, indexProblemMessage, type QuestionBanks } from '../question-banks';
import type { Question } from '../quiz';
import { keyIndex, questionKey } from './question-key';
import { resolveSet, type MissingKey, type QuizSet } from './set-link';

/** A question the set names that this build of the site does not have (set-link.ts's `missingMessage` words it). */
export type MissingQuestion = MissingKey;

export type SetLoad =
  | {
      ok: true;
      /** The set's questions in its order, those this build lacks left out. */
      questions: Question[];
      /** The lesson each question comes from (id and title), by question id. */
      lessonOf: Map<string, { id: string; title: string }>;
      missing: MissingQuestion[];
    }
  | { ok: false; message: string };

/** Loads the questions of `set`; never rejects (a file that cannot be read gives a message instead). */
export async function loadSetQuestions(set: QuizSet, banks: QuestionBanks): Promise<SetLoad> {
  const loaded = await banks.loadIndex();
  if (!loaded.ok) return { ok: false, message: indexProblemMessage(loaded.problem) };
  const { index } = loaded;
  const bankOf = new Map<string, string>();
  for (const bank of index.banks) for (const id of bank.questions) bankOf.set(id, bank.id);
  const { questionIds, missing } = resolveSet(set, keyIndex(bankOf.keys()));
  const bankIds = [...new Set(questionIds.map((id) => bankOf.get(id)!))];
  const files = await banks.loadBanks(bankIds);
  const byId = new Map<string, Question>();
  const lessonOf = new Map<string, { id: string; title: string }>();
  for (const bankId of bankIds) {
    const found = index.lessons.find((l) => l.bank === bankId);
    const lesson = { id: found?.id ?? bankId, title: found?.title ?? bankId };
    const file = files.get(bankId)!;
    if (!file.ok) return { ok: false, message: bankProblemMessage(lesson.title, file.problem) };
    for (const q of file.bank.questions) {
      byId.set(q.id, q);
      lessonOf.set(q.id, lesson);
    }
  }
  const questions: Question[] = [];
  const unread: MissingQuestion[] = [];
  // A stale index may list an id its bank file no longer has: that question counts as missing too.
  for (const id of questionIds) {
    const q = byId.get(id);
    if (q) questions.push(q);
    else {
      const key = questionKey(id);
      unread.push({ position: set.keys.indexOf(key) + 1, key });
    }
  }
  const all = [...missing, ...unread].sort((a, b) => a.position - b.position);
  return { ok: true, questions, lessonOf, missing: all };
}
