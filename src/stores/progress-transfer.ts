/**
 * The progress page's actions that move progress in and out: export, and restoring a set-aside copy. Apart from
 * `progress.ts` so that lessons, which only record answers, do not download the export and salvage code.
 */
import { planExport, type ExportPlan } from '../lib/progress-export';
import type { BackupCopy } from './persisted-document';
import { $progress, $saveStatus, importProgress, progressDocument } from './progress';

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
