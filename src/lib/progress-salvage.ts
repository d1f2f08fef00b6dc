/**
 * Salvage of damaged progress: what the progress page's "Restore" does with a copy that was set aside because it
 * could not be read. Apart from `progress.ts` so that lesson pages do not download it.
 */
import { isKey, isRecord, ShapeError } from './guards';
import {
  decodeLesson,
  decodeProgress,
  decodeReview,
  emptyProgress,
  PROGRESS_VERSION,
  type Migrator,
  type ProgressDoc,
} from './progress';

/** What could be saved from a damaged copy of progress, and how much of it had to be left out. */
export type SalvageResult =
  | { ok: true; value: ProgressDoc; dropped: { lessons: number; reviews: number } }
  | { ok: false; reason: 'not-json' | 'future-version' | 'nothing-readable' };

/**
 * Saves what can be saved from a damaged copy of progress (a copy set aside because it could not be read): every
 * lesson and review item that still decodes is kept, the rest is counted and left out. Never throws.
 */
export function salvageProgress(raw: string, migrate?: Migrator): SalvageResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const whole = decodeProgress(data, migrate);
  if (whole.ok) return { ok: true, value: whole.value, dropped: { lessons: 0, reviews: 0 } };
  if (whole.error.kind === 'future-version') return { ok: false, reason: 'future-version' };
  if (!isRecord(data) || data['version'] !== PROGRESS_VERSION) return { ok: false, reason: 'nothing-readable' };
  const doc = emptyProgress();
  const dropped = { lessons: 0, reviews: 0 };
  const salvage = <T>(source: unknown, decode: (v: unknown, path: string) => T, into: Record<string, T>) => {
    if (!isRecord(source)) return 0;
    let lost = 0;
    for (const [id, value] of Object.entries(source)) {
      try {
        if (!isKey(id)) throw new ShapeError(id, 'not an id');
        into[id] = decode(value, id);
      } catch {
        lost += 1;
      }
    }
    return lost;
  };
  dropped.lessons = salvage(data['lessons'], decodeLesson, doc.lessons);
  dropped.reviews = salvage(data['reviews'], decodeReview, doc.reviews);
  if (Object.keys(doc.lessons).length === 0 && Object.keys(doc.reviews).length === 0) {
    return { ok: false, reason: 'nothing-readable' };
  }
  return { ok: true, value: doc, dropped };
}
