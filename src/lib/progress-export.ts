/**
 * What "Export progress" writes, given what this page holds and what is stored. Progress that this page can read
 * is exported from memory; progress saved by a newer version of the site is exported as it is stored, so the newer
 * site can import it; progress that cannot be read at all is not exported as progress, and the person is told why.
 */
import { EXPORT_FORMAT, encodeProgressFile, exportFileName } from './progress-file';
import type { ProgressDoc } from './progress';
import type { DocumentStatus } from './save-status';

export type ExportPlan = { ok: true; fileName: string; text: string; note: string } | { ok: false; message: string };

/** Decides what to export; `stored` is the text under the progress key (null when none or unavailable). */
export function planExport(memory: ProgressDoc, status: DocumentStatus, stored: string | null, now: Date): ExportPlan {
  const fileName = exportFileName(now);
  if (status.kind === 'read-only' && status.cause === 'newer-version' && stored !== null) {
    let data: unknown;
    try {
      data = JSON.parse(stored);
    } catch {
      return {
        ok: false,
        message: 'The saved progress changed while this page was open. Reload the page to export it.',
      };
    }
    const text = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: data }, null, 2);
    return {
      ok: true,
      fileName,
      text,
      note: `Progress exported to ${fileName}, exactly as a newer version of this site saved it. Import it into the newer version (reload this page to get it).`,
    };
  }
  if (status.kind === 'read-only' && (status.cause === 'unreadable' || status.cause === 'backup-failed')) {
    return {
      ok: true,
      fileName,
      text: encodeProgressFile(memory, now),
      note: `Progress exported to ${fileName}: what this page holds. The progress saved in this browser cannot be read, so it is not in the file.`,
    };
  }
  return { ok: true, fileName, text: encodeProgressFile(memory, now), note: `Progress exported to ${fileName}.` };
}
