/**
 * The progress export file: a JSON document a learner downloads as a backup and imports on another browser
 * or device. Import validates the whole file before anything is touched.
 */
import { isRecord } from './guards';
import { decodeProgress, type DecodeError, type ProgressDoc } from './progress';
import { migrateToCurrent } from './progress-migrations';

/** Marks a file as ours, so an unrelated JSON file gets a clear message. */
export const EXPORT_FORMAT = 'devops-sre-field-guide/progress';

/** Larger files are refused before parsing: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: ProgressDoc;
}

export type ImportError =
  | { kind: 'too-large'; message: string }
  | { kind: 'not-json'; message: string }
  | { kind: 'not-ours'; message: string }
  | DecodeError;

export type ImportResult = { ok: true; value: ProgressFile } | { ok: false; error: ImportError };

/** The file's text for a document. */
export function encodeProgressFile(progress: ProgressDoc, now: Date): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

/** A file name with the date, e.g. `field-guide-progress-2026-11-25.json`. */
export const exportFileName = (now: Date) => `field-guide-progress-${now.toISOString().slice(0, 10)}.json`;

/** Reads an imported file's text. Never throws; errors say in plain words what is wrong. */
export function decodeProgressFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: { kind: 'too-large', message: 'This file is too large to be a progress export (over 2 MB).' },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { kind: 'not-json', message: 'This file is not valid JSON, so it cannot be a progress export.' },
    };
  }
  if (!isRecord(data) || data['format'] !== EXPORT_FORMAT) {
    return {
      ok: false,
      error: {
        kind: 'not-ours',
        message: 'This file is not a progress export from this site (its "format" field is missing or different).',
      },
    };
  }
  const exportedAt = data['exportedAt'];
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return { ok: false, error: { kind: 'wrong-shape', path: 'exportedAt', message: 'exportedAt: expected a date' } };
  }
  const progress = decodeProgress(data['progress'], migrateToCurrent);
  if (!progress.ok) {
    const e = progress.error;
    const message =
      e.kind === 'future-version'
        ? `This export comes from a newer version of the site: ${e.message}.`
        : `The progress in this file is damaged at “${'path' in e ? e.path : ''}”: ${e.message}.`;
    return { ok: false, error: { ...e, message } };
  }
  return { ok: true, value: { format: EXPORT_FORMAT, exportedAt, progress: progress.value } };
}
