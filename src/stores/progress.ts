import { atom, onMount } from 'nanostores';
import {
  clearAnswers,
  emptyProgress,
  encodeProgress,
  markRead,
  parseProgress,
  recordAnswer,
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

/** Loads progress from storage, validating it. Runs when the first island subscribes. */
export function loadProgress(): void {
  writable = true;
  const read = readKey(STORAGE_KEYS.progress);
  if (!read.ok) {
    $saveStatus.set({ kind: 'unavailable' });
    return;
  }
  const parsed = parseProgress(read.value);
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
  // Unreadable data is never thrown away: keep it under the backup key before starting fresh.
  if (read.value !== null && writeKey(STORAGE_KEYS.progressBackup, read.value)) {
    $saveStatus.set({ kind: 'recovered', reason: error.message, backupKey: STORAGE_KEYS.progressBackup });
  } else {
    writable = false;
    $saveStatus.set({ kind: 'unreadable-kept', reason: error.message });
  }
}

function commit(next: ProgressDoc): void {
  $progress.set(next);
  if (!writable) return;
  if (writeKey(STORAGE_KEYS.progress, encodeProgress(next))) {
    const status = $saveStatus.get().kind;
    if (status === 'write-failed' || status === 'unavailable') $saveStatus.set({ kind: 'saved' });
  } else {
    $saveStatus.set({ kind: readKey(STORAGE_KEYS.progress).ok ? 'write-failed' : 'unavailable' });
  }
}

onMount($progress, () => {
  loadProgress();
  if (typeof window === 'undefined') return;
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.progress) loadProgress();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
});

const now = () => new Date().toISOString();

/** Marks a lesson as read (its end was reached). */
export function markLessonRead(lessonId: string): void {
  const next = markRead($progress.get(), lessonId, now());
  if (next !== $progress.get()) commit(next);
}

/** Records an answer to one question of a lesson's knowledge check. */
export function answerQuestion(
  lessonId: string,
  questionIds: readonly string[],
  questionId: string,
  selected: readonly string[],
  correct: boolean,
): void {
  commit(
    recordAnswer($progress.get(), lessonId, questionIds, questionId, { selected: [...selected], correct, at: now() }),
  );
}

/** Starts a knowledge check again: clears the current answers, keeps last and best scores. */
export function retryQuiz(lessonId: string): void {
  commit(clearAnswers($progress.get(), lessonId));
}
