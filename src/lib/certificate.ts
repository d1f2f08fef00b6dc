/**
 * What the certificate says: which checks are passed, what remains, per-track scores and the day the path was
 * completed. Pure: the certificate island renders it, and the progress document is its only input.
 */
import { bestAttempt, type ProgressDoc } from './progress';
import { checkPassed, completionDate } from './progress-summary';
import type { TrackId } from './tracks';

/** One lesson of the path, as the certificate page passes it to the island. */
export interface CertificateLesson {
  id: string;
  title: string;
  /** The lesson page, with the site's base path. */
  href: string;
  track: TrackId;
  /** Questions in the lesson's knowledge check. */
  questions: number;
}

/** A track of the path: its id and title (the page passes them, so the island does not bundle their summaries). */
export interface CertificateTrack {
  id: TrackId;
  title: string;
}

/** A lesson whose knowledge check is not passed yet. */
export interface OpenLesson {
  id: string;
  title: string;
  href: string;
  /** The best score so far (0–100), or null when the check was never finished. */
  bestPercent: number | null;
}

/** How one track of the path stands. */
export interface TrackRecord {
  id: TrackId;
  title: string;
  lessons: number;
  /** Lessons of the track whose check is passed. */
  passed: number;
  /** Mean of the best scores of the track's lessons (rounded), or null while none of them has a finished attempt. */
  averagePercent: number | null;
}

/** Everything the certificate shows, earned or not. */
export interface CertificateSummary {
  lessons: number;
  /** Questions across every knowledge check of the path. */
  questions: number;
  /** Knowledge checks passed (one per lesson). */
  passed: number;
  /** Tracks that have lessons, in path order. */
  tracks: TrackRecord[];
  /** Mean of the best scores across lessons with a finished attempt (rounded), or null when there is none. */
  averagePercent: number | null;
  /** Lessons still to pass, in path order: the first is the one to take next. */
  open: OpenLesson[];
  /** ISO time the path was completed (see `completionDate`); null while any check is open. */
  completedAt: string | null;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

/** The certificate's account of the learner's progress over the path's tracks and lessons (both in path order). */
export function summariseCertificate(
  doc: ProgressDoc,
  tracks: readonly CertificateTrack[],
  lessons: readonly CertificateLesson[],
): CertificateSummary {
  const best = new Map(lessons.map((l) => [l.id, bestAttempt(doc.lessons[l.id]?.attempts ?? [])?.percent ?? null]));
  const isPassed = (l: CertificateLesson) => checkPassed(doc, l.id);
  const scored = (ls: readonly CertificateLesson[]) =>
    ls.flatMap((l) => {
      const percent = best.get(l.id);
      return percent === null || percent === undefined ? [] : [percent];
    });

  const trackRecords = tracks.flatMap((t) => {
    const inTrack = lessons.filter((l) => l.track === t.id);
    if (inTrack.length === 0) return [];
    return [
      {
        id: t.id,
        title: t.title,
        lessons: inTrack.length,
        passed: inTrack.filter(isPassed).length,
        averagePercent: mean(scored(inTrack)),
      },
    ];
  });
  const open = lessons
    .filter((l) => !isPassed(l))
    .map((l) => ({ id: l.id, title: l.title, href: l.href, bestPercent: best.get(l.id) ?? null }));
  const ids = lessons.map((l) => l.id);
  return {
    lessons: lessons.length,
    questions: lessons.reduce((n, l) => n + l.questions, 0),
    passed: lessons.length - open.length,
    tracks: trackRecords,
    averagePercent: mean(scored(lessons)),
    open,
    completedAt: open.length === 0 && lessons.length > 0 ? completionDate(doc, ids) : null,
  };
}

/** Whether the certificate is earned: every knowledge check of a non-empty path is passed. */
export const isEarned = (s: CertificateSummary): s is CertificateSummary & { completedAt: string } =>
  s.completedAt !== null;

/** A completion time as the certificate prints it, e.g. "20 November 2026", in the learner's time zone by default. */
export function formatCompletionDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(
    new Date(iso),
  );
}

/**
 * The serrated edge of the certificate's seal as an SVG path: `points` teeth around (cx, cy), their tips at `outer`
 * and the notches between them at `inner`, starting straight up.
 */
export function sealEdgePath(points: number, outer: number, inner: number, cx: number, cy: number): string {
  const corners: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / points - Math.PI / 2;
    corners.push(`${(cx + r * Math.cos(angle)).toFixed(2)} ${(cy + r * Math.sin(angle)).toFixed(2)}`);
  }
  return `M${corners.join('L')}Z`;
}
