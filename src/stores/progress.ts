import {
  emptyProgress,
  encodeProgress,
  markRead,
  mergeProgress,
  parseProgress,
  recordAnswer,
  startAttempt,
  withReview,
  type AnswerRecord,
  type ProgressDoc,
} from '../lib/progress';
import { grade, incompleteReason, normaliseResponse, verdictOf, type Question, type Verdict } from '../lib/quiz';
import { persistedDocument, type Decoded, type WriteOutcome } from './persisted-document';
import { STORAGE_KEYS } from './storage';

export type { WriteOutcome };

/** Progress as the persisted-document store reads it: decode errors become plain reasons. */
function decode(raw: string, migrate?: Parameters<typeof parseProgress>[1]): Decoded<ProgressDoc> {
  const parsed = parseProgress(raw, migrate);
  if (parsed.ok) return parsed;
  switch (parsed.error.kind) {
    case 'needs-migration':
      return { ok: false, kind: 'needs-migration' };
    case 'future-version':
      return { ok: false, kind: 'future-version' };
    case 'malformed-json':
      return { ok: false, kind: 'unreadable', reason: 'the saved text is cut short or damaged' };
    case 'wrong-shape':
      return { ok: false, kind: 'unreadable', reason: 'part of it is damaged' };
  }
}

/** The learner's progress document under `fg:progress`. */
export const progressDocument = persistedDocument<ProgressDoc>({
  key: STORAGE_KEYS.progress,
  empty: emptyProgress,
  decode,
  encode: encodeProgress,
  merge: mergeProgress,
  loadMigrator: () => import('../lib/progress-migrations').then((m) => m.migrateToCurrent),
});

/** The learner's progress. Read it with `useStore($progress)`; change it only through the actions below. */
export const $progress = progressDocument.$doc;

/** The state of saving; `saved` while all is well. */
export const $saveStatus = progressDocument.$status;

/** Marks a lesson as read (its end was reached). */
export function markLessonRead(lessonId: string, now = new Date()): void {
  if ($progress.get().lessons[lessonId]?.readAt) return;
  progressDocument.update((doc) => markRead(doc, lessonId, now));
}

/** Where an answer is given: a lesson's knowledge check (an attempt) or the spaced review. */
export type AnswerContext =
  | { kind: 'check'; lessonId: string; questionIds: readonly string[]; seed: number }
  | { kind: 'review'; lessonId: string };

/** What became of an answer: a hint when it is not complete, else the record and its verdict. */
export type AnswerOutcome =
  { ok: false; hint: string } | { ok: true; record: AnswerRecord; verdict: Verdict; saved: boolean };

/**
 * Answers a question: normalises the response (so what is stored is always what the decoder accepts), checks
 * that it is complete, grades it, records it and returns the verdict to show and announce.
 */
export function answerQuestion(
  question: Question,
  response: readonly string[],
  context: AnswerContext,
  now = new Date(),
): AnswerOutcome {
  const normalised = normaliseResponse(question, response);
  const hint = incompleteReason(question, normalised);
  if (hint) return { ok: false, hint };
  const g = grade(question, normalised);
  const answer = { response: normalised, correct: g.correct, credit: g.credit };
  const outcome = progressDocument.update((doc) =>
    context.kind === 'check'
      ? recordAnswer(doc, context.lessonId, context.questionIds, question.id, answer, now, context.seed)
      : withReview(doc, question.id, context.lessonId, g.correct, now),
  );
  return { ok: true, record: { ...answer, at: now.toISOString() }, verdict: verdictOf(g), saved: outcome.saved };
}

/** Starts the knowledge check again with a new order; the finished attempt stays in the history. */
export function retryQuiz(lessonId: string, seed: number, now = new Date()): void {
  progressDocument.update((doc) => startAttempt(doc, lessonId, seed, now));
}
