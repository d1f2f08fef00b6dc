/**
 * The progress page's actions that move progress in and out: export, import, erase, and restoring a set-aside copy.
 * Apart from `progress.ts` so that lessons, which only record answers, do not download them.
 */
import { planExport, type ExportPlan } from '../lib/progress-export';
import type { BackupCopy } from './persisted-document';
import { mergeProgress, resetProgress, type ProgressDoc } from '../lib/progress';
import { $progress, $saveStatus, progressDocument, type WriteOutcome } from './progress';

/** What "Export progress" writes now: this page's progress, or what a newer version stored (see planExport). */
export function exportProgress(now = new Date()): ExportPlan {
  return planExport($progress.get(), $saveStatus.get(), progressDocument.storedText(), now);
}

/** What restoring a set-aside copy did. */
export type RestoreOutcome =
  | { ok: false; reason: 'future-version' | 'unreadable' }
  | { ok: true; lessons: number; reviews: number; dropped: { lessons: number; reviews: number }; saved: boolean };

/**
 * Restores a set-aside copy: whatever of it still reads is merged into the progress (nothing here is lost), and
 * what could not be read is counted. The salvage and the migrations load only when a copy is restored.
 */
export async function restoreSetAsideCopy(copy: BackupCopy): Promise<RestoreOutcome> {
  const [{ salvageProgress }, { migrateToCurrent }] = await Promise.all([
    import('../lib/progress-salvage'),
    import('../lib/progress-migrations'),
  ]);
  const r = salvageProgress(copy.text, migrateToCurrent);
  if (!r.ok) return { ok: false, reason: r.reason === 'future-version' ? 'future-version' : 'unreadable' };
  return {
    ok: true,
    lessons: Object.keys(r.value.lessons).length,
    reviews: Object.keys(r.value.reviews).length,
    dropped: r.dropped,
    saved: importProgress(r.value, 'merge').saved,
  };
}

/** Erases all progress (after the learner confirmed). Reports whether the erasure reached storage. */
export function resetAllProgress(now = new Date()): WriteOutcome {
  return progressDocument.replace(resetProgress(now));
}

/** Brings in progress from an export file: merged into what is stored, or replacing it. */
export function importProgress(imported: ProgressDoc, mode: 'merge' | 'replace', now = new Date()): WriteOutcome {
  if (mode === 'replace') return progressDocument.replace({ ...imported, resetAt: now.toISOString() });
  // A merge keeps this browser's reset marker, so that the two documents are combined rather than one winning.
  return progressDocument.update((local) => {
    const incoming: ProgressDoc = { ...imported };
    delete incoming.resetAt;
    if (local.resetAt) incoming.resetAt = local.resetAt;
    return mergeProgress(local, incoming);
  });
}
