/**
 * The progress page's dashboard, derived from the progress document: where each lesson and track stands, the
 * figures across the path, what the learner did last, and when reviews fall due. Pure: the island renders it.
 */
import type { ProgressDoc } from './progress';
import { describeLesson, nextLesson, summarise, type LessonState } from './progress-summary';
import { passes } from './quiz';
import { isDue, type ReviewItem } from './review';
import { nextDueDay } from './review-queue';
import { dayInWords } from './day-words';

/** A lesson as the page lists it (built from the learning path at build time). */
export interface PathLesson {
  id: string;
  title: string;
  href: string;
  /** Questions in its knowledge check, for "In progress · 3 of 12 answered". */
  questions: number;
}

/** A track of the learning path with its lessons, in path order. */
export interface PathTrack {
  id: string;
  title: string;
  /** The track's badge class (src/lib/tracks.ts). */
  badgeClass: string;
  lessons: PathLesson[];
}

/** Where a learner stands with one lesson, in the words and states the learning path uses (describeLesson). */
export interface LessonStanding extends PathLesson {
  state: LessonState;
  /** The badge's words, e.g. "Passed · 92%". */
  label: string;
  readAt?: string;
  /** Finished attempts at the check. */
  attempts: number;
  /** Questions of this lesson due for review now. */
  due: number;
}

export interface TrackFigures {
  id: string;
  title: string;
  badgeClass: string;
  lessons: LessonStanding[];
  read: number;
  passed: number;
  /** Read and passed each count half, as for the whole path. */
  percent: number;
}

/** One thing the learner did, for the recent-activity list: a lesson read, or its check finished with a score. */
export interface Activity {
  kind: 'read' | 'passed' | 'not-passed';
  at: string;
  lesson: PathLesson;
  /** The check's score. */
  percent?: number;
}

export interface Dashboard {
  tracks: TrackFigures[];
  lessons: number;
  read: number;
  checksPassed: number;
  completion: number;
  /** Questions answered in knowledge checks, every attempt counted. */
  answered: number;
  /** Review questions due now. */
  due: number;
  /** The next day (YYYY-MM-DD, UTC) a review falls due after today, or null. */
  nextDue: string | null;
  /** The latest things done, newest first. */
  recent: Activity[];
  /** The first lesson in path order whose check is not passed yet: where to carry on. */
  next: LessonStanding | null;
}

/** Where a learner stands with one lesson of the path. */
function standing(doc: ProgressDoc, lesson: PathLesson, now: Date): LessonStanding {
  const p = doc.lessons[lesson.id];
  const { state, text } = describeLesson(doc, lesson.id, lesson.questions);
  const out: LessonStanding = {
    ...lesson,
    state,
    label: text,
    attempts: p?.attempts.length ?? 0,
    due: Object.values(doc.reviews).filter((r) => r.lessonId === lesson.id && isDue(r, now)).length,
  };
  if (p?.readAt) out.readAt = p.readAt;
  return out;
}

/** Questions answered in a lesson's checks: every finished attempt, and the unfinished one. */
function answeredIn(doc: ProgressDoc, lessonId: string): number {
  const p = doc.lessons[lessonId];
  if (!p) return 0;
  const finished = p.attempts.reduce((n, a) => n + Object.keys(a.outcomes).length, 0);
  const current = p.current;
  const open = current && !p.attempts.some((a) => a.startedAt === current.startedAt);
  return finished + (open ? Object.keys(current.answers).length : 0);
}

/** Every lesson read and check finished, newest first (a check before the reading of the same moment). */
function activity(doc: ProgressDoc, lessons: readonly PathLesson[], limit: number): Activity[] {
  const all: Activity[] = [];
  for (const lesson of lessons) {
    const p = doc.lessons[lesson.id];
    if (p?.readAt) all.push({ kind: 'read', at: p.readAt, lesson });
    for (const a of p?.attempts ?? []) {
      all.push({ kind: passes(a.percent) ? 'passed' : 'not-passed', at: a.finishedAt, lesson, percent: a.percent });
    }
  }
  const rank = (x: Activity) => Date.parse(x.at) + (x.percent === undefined ? 0 : 0.5);
  return all.sort((x, y) => rank(y) - rank(x)).slice(0, limit);
}

/**
 * The dashboard for `doc` over the learning path `tracks` at `now`. Lessons, attempts and reviews of lessons the
 * site no longer has are left out, as on the rest of the site.
 */
export function buildDashboard(doc: ProgressDoc, tracks: readonly PathTrack[], now: Date, recent = 8): Dashboard {
  const lessons = tracks.flatMap((t) => t.lessons);
  const ids = lessons.map((l) => l.id);
  const known = new Set(ids);
  const figures = tracks.map((t) => {
    const standings = t.lessons.map((l) => standing(doc, l, now));
    const read = standings.filter((s) => s.readAt).length;
    const passed = standings.filter((s) => s.state === 'passed').length;
    const total = standings.length;
    return {
      id: t.id,
      title: t.title,
      badgeClass: t.badgeClass,
      lessons: standings,
      read,
      passed,
      percent: total === 0 ? 0 : Math.round(((read + passed) / (2 * total)) * 100),
    };
  });
  const reviews: Record<string, ReviewItem> = {};
  for (const [id, r] of Object.entries(doc.reviews)) if (known.has(r.lessonId)) reviews[id] = r;
  return {
    ...summarise(doc, ids, now),
    tracks: figures,
    answered: ids.reduce((n, id) => n + answeredIn(doc, id), 0),
    nextDue: nextDueDay(reviews, now),
    recent: activity(doc, lessons, recent),
    next: nextLesson(
      doc,
      figures.flatMap((t) => t.lessons),
    ),
  };
}

/**
 * The due-review summary in words, e.g. "2 questions are due for review now. More fall due tomorrow."
 * `nextDue` and `today` are UTC days (YYYY-MM-DD), as the review schedule counts them.
 */
export function dueSummary(due: number, nextDue: string | null, today: string): string {
  const now = due
    ? `${due} question${due === 1 ? ' is' : 's are'} due for review now.`
    : 'Nothing is due for review right now.';
  const when = nextDue && dayInWords(nextDue, today);
  // "tomorrow", "in 3 days" stand alone; a date needs "on": "on 23 November".
  return when ? `${now} ${due ? 'More fall' : 'The next falls'} due ${/^\d/.test(when) ? 'on ' : ''}${when}.` : now;
}
