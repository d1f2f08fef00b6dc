/**
 * The progress document: what a learner has read, answered and has due for review. Pure functions only; the
 * store in `src/stores/progress.ts` is the one place that reads and writes it to storage.
 *
 * Versions: 1 (first release) kept one set of answers and two scores per lesson; 2 keeps the current attempt
 * with its seed, a history of finished attempts, and review items. `src/lib/progress-migrations.ts` turns
 * every earlier version into the current one.
 */
import { scheduleAfterAnswer, type ReviewItem } from './review';
import { percentOf, scoreOf } from './quiz';
import { isIsoDate, isKey, isRecord, ShapeError, decodeList, decodeMap } from './guards';

/** Version of the stored document. Bump it with a migration when the shape changes. */
export const PROGRESS_VERSION = 2;

/** Finished attempts kept per lesson; the oldest go first, but the best is always kept. */
export const MAX_ATTEMPTS = 50;

/** The learner's answer to one question in an attempt. */
export interface AnswerRecord {
  /** The response, encoded as strings (see `Response` in quiz.ts). */
  response: string[];
  correct: boolean;
  /** Credit earned, 0..1. */
  credit: number;
  /** ISO 8601 time of the answer. */
  at: string;
}

/** The attempt in progress (or just finished) at a lesson's knowledge check. */
export interface CurrentAttempt {
  /** Seed of the question and option order. */
  seed: number;
  /** ISO 8601; also identifies the attempt when two tabs merge. */
  startedAt: string;
  answers: Record<string, AnswerRecord>;
}

/** A finished attempt. */
export interface AttemptRecord {
  startedAt: string;
  finishedAt: string;
  seed: number;
  /** Credit summed over the questions. */
  points: number;
  total: number;
  percent: number;
  /** Credit per question id. */
  outcomes: Record<string, number>;
}

export interface LessonProgress {
  /** ISO 8601 time the learner first reached the end of the lesson. */
  readAt?: string;
  current?: CurrentAttempt;
  /** Finished attempts, oldest first. */
  attempts: AttemptRecord[];
}

export interface ProgressDoc {
  version: typeof PROGRESS_VERSION;
  /** Set when progress was reset or replaced by an import; a document with a later reset wins a merge whole. */
  resetAt?: string;
  lessons: Record<string, LessonProgress>;
  /** Questions due for spaced review, by question id. */
  reviews: Record<string, ReviewItem>;
}

/** Why stored or imported data could not be used. */
export type DecodeError =
  | { kind: 'malformed-json'; message: string }
  /** An earlier version, and no migrator was given: load `progress-migrations.ts` and decode again. */
  | { kind: 'needs-migration'; version: number; message: string }
  | { kind: 'wrong-shape'; path: string; message: string }
  | { kind: 'future-version'; version: number; message: string };

export type DecodeResult = { ok: true; value: ProgressDoc } | { ok: false; error: DecodeError };

/** A fresh document with nothing read or answered. */
export function emptyProgress(): ProgressDoc {
  return { version: PROGRESS_VERSION, lessons: {}, reviews: {} };
}

/*
 * The decoders are built from a few combinators (`field`, `shape`): every stored document is checked in full on
 * each read, and written this way the checks cost about half the bytes of hand-written ones.
 */

/** A decoder: returns the value when it has the right shape, else throws ShapeError naming the path. */
type Decoder<T> = (v: unknown, path: string) => T;

/** A decoder that accepts what `ok` accepts, as it is. */
const field =
  <T>(ok: (v: unknown) => boolean, what: string): Decoder<T> =>
  (v, path) => {
    if (!ok(v)) throw new ShapeError(path, what);
    return v as T;
  };

/**
 * A decoder of an object with the given fields, copied into a fresh object (no other key survives). Fields named
 * in `optional` may be absent; `defaults` gives values for fields that may be absent.
 */
function shape<T extends object>(
  fields: { [K in keyof T]-?: Decoder<NonNullable<T[K]>> },
  optional: readonly (keyof T)[] = [],
  defaults: Partial<Record<keyof T, unknown>> = {},
): Decoder<T> {
  return (v, path) => {
    if (!isRecord(v)) throw new ShapeError(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const value = v[key] ?? defaults[key];
      if (value === undefined && optional.includes(key)) continue;
      out[key] = fields[key](value, `${path}.${key}`);
    }
    return out as T;
  };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const within = (min: number, max: number, whole: boolean) => (v: unknown) =>
  isNumber(v) && v >= min && v <= max && (!whole || Number.isInteger(v));

const date = field<string>(isIsoDate, 'expected a date');
const credit = field<number>(within(0, 1, false), 'expected a number from 0 to 1');
const seed = field<number>(within(0, 0xffffffff, true), 'expected a whole number seed');
const count = field<number>(within(0, 10_000, true), 'expected a whole number');
/** Points may be fractional (partial credit). */
const points = field<number>(within(0, 10_000, false), 'expected points');
const response = field<string[]>(
  (v) => Array.isArray(v) && v.length <= 50 && v.every((s) => typeof s === 'string' && s.length <= 200),
  'expected a list of short texts',
);

const decodeAnswer = shape<AnswerRecord>({
  response,
  correct: field((v) => typeof v === 'boolean', 'expected true or false'),
  credit,
  at: date,
});

const decodeCurrent = shape<CurrentAttempt>({
  seed,
  startedAt: date,
  answers: (v, path) => decodeMap(v, path, decodeAnswer),
});

const attemptShape = shape<AttemptRecord>({
  startedAt: date,
  finishedAt: date,
  seed,
  points,
  total: count,
  percent: count,
  outcomes: (v, path) => decodeMap(v, path, credit),
});

function decodeAttempt(v: unknown, path: string): AttemptRecord {
  const a = attemptShape(v, path);
  if (a.points > a.total || a.percent !== percentOf(a.points, a.total)) {
    throw new ShapeError(path, 'the score does not add up');
  }
  return a;
}

/** Validates one lesson's progress. Throws ShapeError. */
export const decodeLesson: Decoder<LessonProgress> = shape<LessonProgress>(
  {
    readAt: date,
    current: decodeCurrent,
    attempts: (v, path) => decodeList(v, path, decodeAttempt, MAX_ATTEMPTS + 1),
  },
  ['readAt', 'current'],
  { attempts: [] },
);

/** Validates one review item. Throws ShapeError. */
export const decodeReview: Decoder<ReviewItem> = shape<ReviewItem>({
  lessonId: field((v) => typeof v === 'string' && isKey(v), 'expected a lesson id'),
  step: field(within(0, 10, true), 'expected a whole number from 0 to 10'),
  due: field((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v), 'expected a day (YYYY-MM-DD)'),
  lastAt: date,
  lapses: count,
});

/** Validates a document that claims the current version. Throws ShapeError. */
function decodeCurrentVersion(data: Record<string, unknown>): ProgressDoc {
  const doc = emptyProgress();
  if (data['resetAt'] !== undefined) {
    if (!isIsoDate(data['resetAt'])) throw new ShapeError('resetAt', 'expected a date');
    doc.resetAt = data['resetAt'];
  }
  doc.lessons = decodeMap(data['lessons'], 'lessons', decodeLesson);
  doc.reviews = decodeMap(data['reviews'] ?? {}, 'reviews', decodeReview);
  return doc;
}

/** Turns raw data of an earlier version into raw data of the current one (see progress-migrations.ts). */
export type Migrator = (data: Record<string, unknown>, version: number) => Record<string, unknown>;

/**
 * Validates data of unknown origin as a progress document. Earlier versions are migrated with `migrate`; the
 * migrations are a separate module so that pages load them only when old data turns up. Never throws.
 */
export function decodeProgress(data: unknown, migrate?: Migrator): DecodeResult {
  try {
    if (!isRecord(data)) throw new ShapeError('(document)', 'expected an object');
    const version = data['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new ShapeError('version', 'expected a whole number from 1');
    }
    if (version > PROGRESS_VERSION) {
      return {
        ok: false,
        error: {
          kind: 'future-version',
          version,
          message: `it was saved by a newer version of this site (format ${version}; this page knows up to ${PROGRESS_VERSION})`,
        },
      };
    }
    if (version < PROGRESS_VERSION && !migrate) {
      return { ok: false, error: { kind: 'needs-migration', version, message: `format ${version} needs migrating` } };
    }
    const current = version === PROGRESS_VERSION ? data : migrate!(data, version);
    return { ok: true, value: decodeCurrentVersion(current) };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: { kind: 'wrong-shape', path: e.path, message: e.message } };
    return { ok: false, error: { kind: 'wrong-shape', path: '(document)', message: 'unreadable data' } };
  }
}

/** Parses stored text; `null` (nothing stored yet) gives an empty document. Never throws. */
export function parseProgress(raw: string | null, migrate?: Migrator): DecodeResult {
  if (raw === null) return { ok: true, value: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { kind: 'malformed-json', message: 'the saved text is not valid JSON' } };
  }
  return decodeProgress(data, migrate);
}

/** The stored text of a document. */
export function encodeProgress(doc: ProgressDoc): string {
  return JSON.stringify(doc);
}

function lessonOf(doc: ProgressDoc, lessonId: string): LessonProgress {
  return doc.lessons[lessonId] ?? { attempts: [] };
}

function withLesson(doc: ProgressDoc, lessonId: string, lesson: LessonProgress): ProgressDoc {
  return { ...doc, lessons: { ...doc.lessons, [lessonId]: lesson } };
}

/** Records that the learner reached the end of a lesson; the first time counts. */
export function markRead(doc: ProgressDoc, lessonId: string, now: Date): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  if (lesson.readAt) return doc;
  return withLesson(doc, lessonId, { ...lesson, readAt: now.toISOString() });
}

/** Starts a new attempt at a lesson's knowledge check with the given seed; earlier attempts stay in history. */
export function startAttempt(doc: ProgressDoc, lessonId: string, seed: number, now: Date): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  return withLesson(doc, lessonId, { ...lesson, current: { seed, startedAt: now.toISOString(), answers: {} } });
}

/** Trims history to MAX_ATTEMPTS, dropping the oldest but never the best. */
function capAttempts(attempts: AttemptRecord[]): AttemptRecord[] {
  if (attempts.length <= MAX_ATTEMPTS) return attempts;
  const best = bestAttempt(attempts)!;
  const recent = attempts.slice(-MAX_ATTEMPTS);
  return recent.includes(best) ? recent : [best, ...attempts.slice(-(MAX_ATTEMPTS - 1))];
}

/**
 * Records an answer in the current attempt (starting one with `seed` if there is none) and updates the
 * question's review schedule. When the answer completes the set `questionIds`, the attempt joins the history.
 */
export function recordAnswer(
  doc: ProgressDoc,
  lessonId: string,
  questionIds: readonly string[],
  questionId: string,
  answer: Omit<AnswerRecord, 'at'>,
  now: Date,
  seed = 0,
): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  const at = now.toISOString();
  const current = lesson.current ?? { seed, startedAt: at, answers: {} };
  if (current.answers[questionId]) return doc;
  const answers = { ...current.answers, [questionId]: { ...answer, at } };
  let attempts = lesson.attempts;
  const finished = questionIds.length > 0 && questionIds.every((id) => answers[id]);
  if (finished && !attempts.some((a) => a.startedAt === current.startedAt)) {
    const score = scoreOf(questionIds.map((id) => answers[id]!));
    attempts = capAttempts([
      ...attempts,
      {
        startedAt: current.startedAt,
        finishedAt: at,
        seed: current.seed,
        points: score.points,
        total: score.total,
        percent: score.percent,
        outcomes: Object.fromEntries(questionIds.map((id) => [id, answers[id]!.credit])),
      },
    ]);
  }
  const next = withLesson(doc, lessonId, { ...lesson, current: { ...current, answers }, attempts });
  return withReview(next, questionId, lessonId, answer.correct, now);
}

/** Updates a question's review schedule after an answer given anywhere (lesson check or practice). */
export function withReview(
  doc: ProgressDoc,
  questionId: string,
  lessonId: string,
  correct: boolean,
  now: Date,
): ProgressDoc {
  const before = doc.reviews[questionId];
  const after = scheduleAfterAnswer(before, lessonId, correct, now);
  if (!after || after === before) return doc;
  return { ...doc, reviews: { ...doc.reviews, [questionId]: after } };
}

/** Everything erased, marked so that other open tabs do not bring the old progress back. */
export function resetProgress(now: Date): ProgressDoc {
  return { ...emptyProgress(), resetAt: now.toISOString() };
}

/** The best finished attempt (highest percent; the earliest of equals). */
export function bestAttempt(attempts: readonly AttemptRecord[]): AttemptRecord | undefined {
  return attempts.reduce<AttemptRecord | undefined>(
    (best, a) => (!best || a.percent > best.percent ? a : best),
    undefined,
  );
}

/** The most recent finished attempt. */
export function lastAttempt(attempts: readonly AttemptRecord[]): AttemptRecord | undefined {
  return attempts.at(-1);
}

const later = (a: string | undefined, b: string | undefined) => ((a ?? '') >= (b ?? '') ? a : b);

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined): LessonProgress {
  if (!a) return b!;
  if (!b) return a;
  const readAt = a.readAt && b.readAt ? (a.readAt <= b.readAt ? a.readAt : b.readAt) : (a.readAt ?? b.readAt);
  let current = a.current ?? b.current;
  if (a.current && b.current) {
    if (a.current.startedAt === b.current.startedAt) {
      const answers = { ...a.current.answers };
      for (const [qid, ans] of Object.entries(b.current.answers)) {
        const mine = answers[qid];
        if (!mine || ans.at < mine.at) answers[qid] = ans;
      }
      current = { ...a.current, answers };
    } else {
      current = a.current.startedAt > b.current.startedAt ? a.current : b.current;
    }
  }
  // One attempt per start time; if both tabs finished it, the earlier finish (made of the earlier answers) stands.
  const seen = new Map<string, AttemptRecord>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const other = seen.get(attempt.startedAt);
    if (!other || attempt.finishedAt < other.finishedAt) seen.set(attempt.startedAt, attempt);
  }
  const attempts = capAttempts([...seen.values()].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt)));
  const out: LessonProgress = { attempts };
  if (readAt) out.readAt = readAt;
  if (current) out.current = current;
  return out;
}

/**
 * Combines two versions of the same learner's progress (two tabs, or stored data and an import), question by
 * question: nothing either side recorded is lost. If one side was reset or replaced later, that side wins whole.
 */
export function mergeProgress(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  if ((a.resetAt ?? '') !== (b.resetAt ?? '')) return (a.resetAt ?? '') > (b.resetAt ?? '') ? a : b;
  const lessons: Record<string, LessonProgress> = {};
  for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    lessons[id] = mergeLesson(a.lessons[id], b.lessons[id]);
  }
  const reviews: Record<string, ReviewItem> = {};
  for (const id of new Set([...Object.keys(a.reviews), ...Object.keys(b.reviews)])) {
    const x = a.reviews[id];
    const y = b.reviews[id];
    reviews[id] = !x ? y! : !y ? x : later(x.lastAt, y.lastAt) === x.lastAt ? x : y;
  }
  const out: ProgressDoc = { version: PROGRESS_VERSION, lessons, reviews };
  if (a.resetAt) out.resetAt = a.resetAt;
  return out;
}
