/**
 * Whether a persisted document (progress, settings, …) is being saved, and if not, why; and what to tell the
 * person, in plain words. The persisted-document store sets the status; islands and page scripts say it.
 */

/** Why a document is not being written. */
export type ReadOnlyCause =
  /** A newer version of the site saved it (often another tab after a deploy). */
  | 'newer-version'
  /** Another tab saved something this page cannot read. */
  | 'unreadable'
  /** Unreadable data found on load could not be set aside (storage full, or every backup slot in use). */
  | 'backup-failed'
  /** Data of an earlier version, and the code that updates it could not be loaded. */
  | 'migration-unavailable';

/** Whether the document is being saved, and if not, why. */
export type DocumentStatus =
  | { kind: 'saved' }
  /** Storage cannot be used at all: the document lives in this tab only. */
  | { kind: 'unavailable' }
  /** A write failed (often a full quota): the latest changes live in this tab only. */
  | { kind: 'write-failed' }
  /** Data of an earlier version is being updated; nothing is written until that is done. */
  | { kind: 'migrating' }
  /** Unreadable data was set aside in a backup slot and a fresh document started; saving works. */
  | { kind: 'recovered'; reason: string }
  | { kind: 'read-only'; cause: ReadOnlyCause; reason?: string };

/**
 * What to tell the person about a document's status; null while saving works. `name` is what the document is
 * called at the start of a sentence ("Progress", "Your settings").
 */
export function statusMessage(status: DocumentStatus, name = 'Progress'): string | null {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  switch (status.kind) {
    case 'saved':
    case 'migrating':
      return null;
    case 'unavailable':
      return `${name} is not being saved: this browser is blocking storage for this site. What you do stays on this page until you close it.`;
    case 'write-failed':
      return `Your latest ${lower} could not be saved (browser storage may be full). What you do stays on this page until you close it.`;
    case 'recovered':
      return `${name} saved on this device could not be read (${status.reason}), so it was set aside and you are starting afresh. You can download or restore the set-aside copy on the Progress page.`;
    case 'read-only':
      switch (status.cause) {
        case 'newer-version':
          return `${name} was saved by a newer version of this site in another tab. Reload this page to continue; nothing has been lost.`;
        case 'unreadable':
          return `${name} saved by another tab could not be read, so this page has stopped saving and left it as it is. Reload this page to continue; nothing has been lost.`;
        case 'backup-failed':
          return `${name} saved on this device could not be read${status.reason ? ` (${status.reason})` : ''}, and there was no room to set it aside, so it has been left as it is and nothing new is being saved. Download or delete the set-aside copies on the Progress page, then reload.`;
        case 'migration-unavailable':
          return `${name} was saved by an earlier version of this site, and the part of the site that updates it could not be loaded (you may be offline). Nothing is being saved until it loads: reload this page when you are online. Nothing has been lost.`;
      }
  }
}

/** The same message, for progress (the document most pages speak of). */
export const saveStatusMessage = (status: DocumentStatus): string | null => statusMessage(status);
