import { atom, onMount } from 'nanostores';
import {
  emptyProgress,
  encodeProgress,
  markRead,
  mergeProgress,
  parseProgress,
  recordAnswer,
  resetProgress,
  startAttempt,
  withReview,
  type AnswerRecord,
  type Migrator,
  type ProgressDoc,
} from '../lib/progress';
import type { SaveStatus } from '../lib/save-status';
import { readKey, STORAGE_KEYS, writeKey } from './storage';

export type { SaveStatus };

/** The learner's progress. Read it with `useStore($progress)`; change it only through the actions below. */
export const $progress = atom<ProgressDoc>(emptyProgress());

/** The state of saving; `saved` while all is well. */
export const $saveStatus = atom<SaveStatus>({ kind: 'saved' });

/** Whether writes may go to storage. False when that would overwrite data we could not read. */
let writable = true;

/**
 * Loads progress from storage, validating it. Runs when the first subscriber arrives. Data saved by an
 * earlier version is migrated; the migrations load on demand, so this then completes a moment later.
 */
export function loadProgress(migrate?: Migrator): void {
  writable = true;
  const read = readKey(STORAGE_KEYS.progress);
  if (!read.ok) {
    $saveStatus.set({ kind: 'unavailable' });
    return;
  }
  const parsed = parseProgress(read.value, migrate);
  if (!parsed.ok && parsed.error.kind === 'needs-migration') {
    // Until the migration runs, nothing is written over the old data.
    writable = false;
    void import('../lib/progress-migrations').then((m) => loadProgress(m.migrateToCurrent));
    return;
  }
  if (parsed.ok) {
    $progress.set(parsed.value);
    $saveStatus.set({ kind: 'saved' });
    return;
  }
  const { error } = parsed;
  $progress.set(emptyProgress());
  if (error.kind === 'future-version') {
    writable = false;
    $saveStatus.set({ kind: 'future-version', reason: error.message });
    return;
  }
  // Unreadable data is never thrown away: keep it under the backup key before starting afresh.
  if (read.value !== null && writeKey(STORAGE_KEYS.progressBackup, read.value)) {
    $saveStatus.set({ kind: 'recovered', reason: error.message, backupKey: STORAGE_KEYS.progressBackup });
  } else {
    writable = false;
    $saveStatus.set({ kind: 'unreadable-kept', reason: error.message });
  }
}

/**
 * Saves a new state. What another tab saved meanwhile is merged in question by question first, so answers
 * given in two tabs at about the same time both survive.
 */
function commit(next: ProgressDoc, { replace = false } = {}): void {
  let merged = next;
  if (writable && !replace) {
    const stored = readKey(STORAGE_KEYS.progress);
    if (stored.ok && stored.value !== null) {
      const parsed = parseProgress(stored.value);
      if (parsed.ok) merged = mergeProgress(parsed.value, next);
    }
  }
  $progress.set(merged);
  if (!writable) return;
  if (writeKey(STORAGE_KEYS.progress, encodeProgress(merged))) {
    const status = $saveStatus.get().kind;
    if (status === 'write-failed' || status === 'unavailable') $saveStatus.set({ kind: 'saved' });
  } else {
    $saveStatus.set({ kind: readKey(STORAGE_KEYS.progress).ok ? 'write-failed' : 'unavailable' });
  }
}

/** Another tab saved progress: take its changes in without dropping this tab's. */
function onStorage(event: StorageEvent): void {
  if (event.key !== STORAGE_KEYS.progress && event.key !== null) return;
  if (event.newValue === null) {
    loadProgress();
    return;
  }
  const parsed = parseProgress(event.newValue);
  if (parsed.ok) $progress.set(mergeProgress($progress.get(), parsed.value));
}

onMount($progress, () => {
  loadProgress();
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
});

/** Marks a lesson as read (its end was reached). */
export function markLessonRead(lessonId: string, now = new Date()): void {
  const next = markRead($progress.get(), lessonId, now);
  if (next !== $progress.get()) commit(next);
}

/**
 * Records an answer to a question of a lesson's knowledge check. `seed` is the order the learner saw; it
 * becomes the attempt's seed when this answer starts the attempt.
 */
export function answerQuestion(
  lessonId: string,
  questionIds: readonly string[],
  questionId: string,
  answer: Omit<AnswerRecord, 'at'>,
  seed: number,
  now = new Date(),
): void {
  commit(recordAnswer($progress.get(), lessonId, questionIds, questionId, answer, now, seed));
}

/** Starts the knowledge check again with a new order; the finished attempt stays in the history. */
export function retryQuiz(lessonId: string, seed: number, now = new Date()): void {
  commit(startAttempt($progress.get(), lessonId, seed, now));
}

/** Records an answer given in practice: only the question's review schedule changes. */
export function answerReview(questionId: string, lessonId: string, correct: boolean, now = new Date()): void {
  commit(withReview($progress.get(), questionId, lessonId, correct, now));
}

/**
 * Before the learner's explicit reset or replace overwrites data this page could not read (unreadable, or from a
 * newer version), that data is kept under the backup key.
 */
function allowOverwrite(): void {
  if (writable) return;
  const stored = readKey(STORAGE_KEYS.progress);
  if (stored.ok && stored.value !== null) writeKey(STORAGE_KEYS.progressBackup, stored.value);
  writable = true;
}

/** Erases all progress (after the learner confirmed). */
export function resetAllProgress(now = new Date()): void {
  allowOverwrite();
  commit(resetProgress(now), { replace: true });
  $saveStatus.set({ kind: 'saved' });
}

/** Brings in progress from an export file: merged into what is stored, or replacing it. */
export function importProgress(imported: ProgressDoc, mode: 'merge' | 'replace', now = new Date()): void {
  if (mode === 'replace') {
    allowOverwrite();
    commit({ ...imported, resetAt: now.toISOString() }, { replace: true });
    return;
  }
  // A merge keeps this browser's reset marker, so that the two documents are combined rather than one winning.
  const local = $progress.get();
  const incoming: ProgressDoc = { ...imported };
  delete incoming.resetAt;
  if (local.resetAt) incoming.resetAt = local.resetAt;
  commit(mergeProgress(local, incoming));
}
