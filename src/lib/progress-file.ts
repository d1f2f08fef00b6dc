/**
 * The progress export file: a JSON document a learner downloads as a backup and imports on another browser
 * or device. Import validates the whole file before anything is touched, leaves out lessons and questions this
 * site does not have (saying how many), and explains every refusal in plain words, naming lessons by title.
 */
import { isRecord, ShapeError } from './guards';
import { decodeProgress, PROGRESS_VERSION, type Migrator, type ProgressDoc } from './progress';

/** Marks a file as ours, so an unrelated JSON file gets a clear message. */
export const EXPORT_FORMAT = 'devops-sre-field-guide/progress';

/** Larger files are refused before parsing (counted in UTF-8 bytes, as `File.size` counts): a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2_000_000;

/** No export can be older than the site. */
const EARLIEST_EXPORT = Date.UTC(2020, 0, 1);
/** Clocks differ between devices; a file from a device a little ahead is still accepted. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export interface ProgressFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: ProgressDoc;
}

/** What this site has, for checking a file from another browser (see `knownContent` in question-index.ts). */
export interface KnownContent {
  /** Title of each lesson, by lesson id. */
  lessons: ReadonlyMap<string, string>;
  /** Lesson of each question, by question id. */
  questions: ReadonlyMap<string, string>;
}

/** How much of a file was left out because this site does not have it. */
export interface LeftOut {
  lessons: number;
  /** Answers in unfinished attempts and results in finished ones, for unknown questions of known lessons. */
  answers: number;
  reviews: number;
}

export type ImportErrorKind =
  | 'too-large'
  | 'not-json'
  | 'not-ours'
  | 'bad-date'
  | 'future-date'
  | 'too-old'
  | 'newer-version'
  | 'damaged'
  | 'cannot-check'
  | 'cannot-read';

/** Why a file was refused; `message` is the one sentence to show. */
export interface ImportError {
  kind: ImportErrorKind;
  message: string;
}

/**
 * The outcome of reading a file: refused with one message, or accepted with what was left out and, when
 * anything was, the one sentence that says so.
 */
export type ImportResult =
  | { ok: true; value: ProgressFile; leftOut: LeftOut; leftOutMessage: string | null }
  | { ok: false; error: ImportError };

/** The file's text for a document. */
export function encodeProgressFile(progress: ProgressDoc, now: Date): string {
  const file: ProgressFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

/** A file name with the date, e.g. `field-guide-progress-2026-11-25.json`. */
export const exportFileName = (now: Date) => `field-guide-progress-${now.toISOString().slice(0, 10)}.json`;

/** Size of a text in UTF-8 bytes, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character (a lone surrogate is written as 3 bytes, like U+FFFD).
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const fail = (kind: ImportErrorKind, message: string): ImportResult => ({ ok: false, error: { kind, message } });

/** The refusal for a file of `bytes` bytes, or null when its size is acceptable; lets the page check `File.size` before reading. */
export function sizeProblem(bytes: number): ImportResult | null {
  return bytes > MAX_IMPORT_BYTES
    ? fail('too-large', 'This file is too large to be a progress export (over 2 MB).')
    : null;
}

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether the `YYYY-MM-DD` a text starts with is a day of the calendar (`Date.parse` rolls 31 February over). */
function isCalendarDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function checkExportedAt(v: unknown, now: Date): ImportResult | null {
  const time = typeof v === 'string' && ISO_TIME.test(v) && isCalendarDay(v) ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(time))
    return fail('bad-date', 'This file is damaged: the date it was exported is missing or not readable.');
  const day = dayFormat.format(time);
  if (time < EARLIEST_EXPORT) {
    return fail(
      'too-old',
      `This file says it was exported on ${day}, before this site existed, so it is not a progress export from this site.`,
    );
  }
  if (time > now.getTime() + CLOCK_SKEW_MS) {
    return fail(
      'future-date',
      `This file says it was exported on ${day}, which has not come yet. Check the date and time on the device that exported it, export it again, and try again.`,
    );
  }
  return null;
}

type Raw = Record<string, unknown>;

/** Keeps the entries of `v` whose key passes `keep`, counting the others; anything not an object is left for the decoder. */
function filterKeys(
  v: unknown,
  keep: (key: string) => boolean,
  dropped: { n: number },
  map = (x: unknown) => x,
): unknown {
  if (!isRecord(v)) return v;
  const out: Raw = {};
  for (const [key, value] of Object.entries(v)) {
    // Only keys that `keep` knows are written, so `__proto__` and the like can never be set here.
    if (keep(key)) out[key] = map(value);
    else dropped.n += 1;
  }
  return out;
}

/**
 * Leaves out, in raw current-version data, the lessons and the questions this site does not have: before
 * decoding, so that a file full of unknown lessons costs no more than their count.
 */
function dropUnknown(data: Raw, known: KnownContent): { data: Raw; leftOut: LeftOut } {
  const lessons = { n: 0 };
  const answers = { n: 0 };
  const reviews = { n: 0 };
  const knownQuestion = (id: string) => known.questions.has(id);
  const lesson = (v: unknown): unknown => {
    if (!isRecord(v)) return v;
    const out: Raw = { ...v };
    const current = v['current'];
    if (isRecord(current))
      out['current'] = { ...current, answers: filterKeys(current['answers'], knownQuestion, answers) };
    if (Array.isArray(v['attempts'])) {
      out['attempts'] = v['attempts'].map((a: unknown) =>
        isRecord(a) ? { ...a, outcomes: filterKeys(a['outcomes'], knownQuestion, answers) } : a,
      );
    }
    return out;
  };
  const out: Raw = {
    ...data,
    lessons: filterKeys(data['lessons'], (id) => known.lessons.has(id), lessons, lesson),
    reviews: filterKeys(data['reviews'], knownQuestion, reviews),
  };
  if (data['reviews'] === undefined) delete out['reviews'];
  return { data: out, leftOut: { lessons: lessons.n, answers: answers.n, reviews: reviews.n } };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The sentence saying what was left out, or null when nothing was. */
export function leftOutMessage(left: LeftOut): string | null {
  const parts = [
    left.lessons > 0 ? count(left.lessons, 'lesson', 'lessons') : '',
    left.answers > 0 ? count(left.answers, 'answer', 'answers') : '',
    left.reviews > 0 ? count(left.reviews, 'review item', 'review items') : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  const total = left.lessons + left.answers + left.reviews;
  return `${list} that this site does not have ${total === 1 ? 'was' : 'were'} left out.`;
}

/** Says, in words, which part of the progress a decoder's path points at. */
function describePath(path: string, known: KnownContent): string {
  const [top, id, part, sub, subId] = path.split('.');
  if (top === 'lessons' && id) {
    const title = known.lessons.get(id);
    const theLesson = title ? `the lesson ‘${title}’` : 'a lesson';
    if ((part === 'current' && sub === 'answers' && subId) || part === 'answers') return `an answer in ${theLesson}`;
    if (part === 'current') return `the unfinished attempt in ${theLesson}`;
    if (part === 'attempts' || part === 'bestScore' || part === 'lastScore')
      return `a finished attempt in ${theLesson}`;
    if (part === 'readAt') return `the date ${theLesson} was read`;
    return title ? `the progress in ${theLesson}` : 'the progress in a lesson';
  }
  if (top === 'lessons') return 'the list of lessons';
  if (top === 'reviews') {
    const title = id ? known.lessons.get(known.questions.get(id) ?? '') : undefined;
    return title ? `a question to review from the lesson ‘${title}’` : 'the list of questions to review';
  }
  if (top === 'resetAt') return 'the date progress was last erased';
  return 'the progress in it';
}

const damaged = (path: string, known: KnownContent) =>
  fail('damaged', `This file is damaged: ${describePath(path, known)} is not readable.`);

const newer = () =>
  fail('newer-version', 'This file was saved by a newer version of this site. Update the page (reload) and try again.');

/**
 * Reads an imported file's text against what this site has (`known`), migrating an earlier version's progress
 * with `migrate` (`migrateToCurrent` from progress-migrations.ts). Never throws; every refusal is one sentence
 * in plain words. Lessons and questions the site does not have are left out and counted.
 */
export function decodeProgressFile(
  text: string,
  known: KnownContent,
  migrate: Migrator,
  now = new Date(),
): ImportResult {
  // Characters first: no text of more characters can be within the limit in bytes.
  const tooLarge = sizeProblem(text.length > MAX_IMPORT_BYTES ? text.length : utf8Bytes(text));
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json', 'This file is not valid JSON, so it cannot be a progress export.');
  }
  if (!isRecord(data) || data['format'] !== EXPORT_FORMAT) {
    return fail('not-ours', 'This file is not a progress export from this site.');
  }
  const dateProblem = checkExportedAt(data['exportedAt'], now);
  if (dateProblem) return dateProblem;
  const exportedAt = data['exportedAt'] as string;

  let raw = data['progress'];
  if (!isRecord(raw)) return damaged('(document)', known);
  const version = raw['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) return newer();
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < PROGRESS_VERSION) {
    try {
      raw = migrate(raw, version);
    } catch (e) {
      return damaged(e instanceof ShapeError ? e.path : '(document)', known);
    }
  }
  const { data: kept, leftOut } = isRecord(raw)
    ? dropUnknown(raw, known)
    : { data: raw, leftOut: { lessons: 0, answers: 0, reviews: 0 } };
  const progress = decodeProgress(kept);
  if (!progress.ok) {
    const e = progress.error;
    return e.kind === 'future-version' ? newer() : damaged('path' in e ? e.path : '(document)', known);
  }
  return {
    ok: true,
    value: { format: EXPORT_FORMAT, exportedAt, progress: progress.value },
    leftOut,
    leftOutMessage: leftOutMessage(leftOut),
  };
}

const CANNOT_CHECK =
  'This file cannot be checked right now: the list of lessons could not be loaded. Check your connection and try again.';

/**
 * Reads a chosen file: its size first (before reading it), then its text against what this site has.
 * `loadKnown` gives null when that could not be found out (offline): the file is then refused, not let through
 * unchecked. The migrations load here, on demand, so the progress page does not carry them from the start.
 */
export async function readProgressFile(
  file: { size: number; text(): Promise<string> },
  loadKnown: () => Promise<KnownContent | null>,
  now = new Date(),
): Promise<ImportResult> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return tooLarge;
  const known = await loadKnown();
  if (!known) return fail('cannot-check', CANNOT_CHECK);
  let migrate: Migrator;
  try {
    migrate = (await import('./progress-migrations')).migrateToCurrent;
  } catch {
    // The chunk is gone (a deploy since this page loaded) or the network is down.
    return fail('cannot-check', 'This file cannot be checked right now. Reload the page and try again.');
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('cannot-read', 'This file could not be read. Choose it again.');
  }
  return decodeProgressFile(text, known, migrate, now);
}
