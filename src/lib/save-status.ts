/** Whether progress is being saved, and if not, why. The progress store sets it; the UI says it in words. */
export type SaveStatus =
  | { kind: 'saved' }
  /** Storage cannot be used at all: progress lives in this tab only. */
  | { kind: 'unavailable' }
  /** A write failed (often a full quota): the latest changes live in this tab only. */
  | { kind: 'write-failed' }
  /** Stored data was unreadable; it was kept aside under the backup key and a fresh start made. */
  | { kind: 'recovered'; reason: string; backupKey: string }
  /** Stored data was unreadable and could not be kept aside, so it is left as it was and not overwritten. */
  | { kind: 'unreadable-kept'; reason: string }
  /** Stored data comes from a newer version of the site: left untouched, progress lives in this tab only. */
  | { kind: 'future-version'; reason: string };

/** What to tell the learner, in plain words; null while saving works. */
export function saveStatusMessage(status: SaveStatus): string | null {
  switch (status.kind) {
    case 'saved':
      return null;
    case 'unavailable':
      return 'Your progress is not being saved: this browser is blocking storage for this site. What you do stays on this page until you close it.';
    case 'write-failed':
      return 'Your latest progress could not be saved (browser storage may be full). What you do stays on this page until you close it.';
    case 'recovered':
      return `Progress saved on this device could not be read (${status.reason}), so it was set aside under the key "${status.backupKey}" and you are starting afresh. New progress is saved as usual.`;
    case 'unreadable-kept':
      return `Progress saved on this device could not be read (${status.reason}). It has been left as it is, and new progress is not being saved until that is resolved.`;
    case 'future-version':
      return `Your saved progress was left untouched because ${status.reason}. Progress made on this page is not being saved.`;
  }
}
