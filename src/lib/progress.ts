/**
 * The progress document: what a learner has read and answered. Pure functions only; the store in
 * `src/stores/progress.ts` is the one place that reads and writes it to storage.
 */

/** Version of the stored document. Bump it with a migration when the shape changes. */
export const PROGRESS_VERSION = 1;

/** The learner's last answer to one question. */
export interface AnswerRecord {
  /** Option ids the learner chose. */
  selected: string[];
  correct: boolean;
  /** ISO 8601 time of the answer. */
  at: string;
}

/** A finished run through a knowledge check. */
export interface ScoreRecord {
  correct: number;
  total: number;
  /** ISO 8601 time the last question was answered. */
  at: string;
}

export interface LessonProgress {
  /** ISO 8601 time the learner reached the end of the lesson, if they have. */
  readAt?: string;
  /** The current attempt's answers, by question id. */
  answers: Record<string, AnswerRecord>;
  /** The most recent finished attempt. */
  lastScore?: ScoreRecord;
  /** The best finished attempt. */
  bestScore?: ScoreRecord;
}

export interface ProgressDoc {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

/** Why stored or imported data could not be used. */
export type DecodeError =
  | { kind: 'malformed-json'; message: string }
  | { kind: 'wrong-shape'; path: string; message: string }
  | { kind: 'future-version'; version: number; message: string };

export type DecodeResult = { ok: true; value: ProgressDoc } | { ok: false; error: DecodeError };

/** A fresh document with nothing read or answered. */
export function emptyProgress(): ProgressDoc {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** Keys that are ids of lessons, questions and options. Rules out `__proto__`, `constructor` and the like. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED = new Set(['constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof']);
const isKey = (k: string) => KEY.test(k) && !RESERVED.has(k.toLowerCase());
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;

class ShapeError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path}: ${what}`);
  }
}

function decodeScore(v: unknown, path: string): ScoreRecord {
  if (!isRecord(v) || !isCount(v['correct']) || !isCount(v['total']) || !isIsoDate(v['at'])) {
    throw new ShapeError(path, 'expected a score with correct, total and at');
  }
  if (v['correct'] > v['total']) throw new ShapeError(path, 'correct is larger than total');
  return { correct: v['correct'], total: v['total'], at: v['at'] };
}

function decodeAnswer(v: unknown, path: string): AnswerRecord {
  if (!isRecord(v)) throw new ShapeError(path, 'expected an answer object');
  const selected = v['selected'];
  if (!Array.isArray(selected) || selected.length > 50 || !selected.every((s) => typeof s === 'string' && isKey(s))) {
    throw new ShapeError(`${path}.selected`, 'expected a list of option ids');
  }
  if (typeof v['correct'] !== 'boolean') throw new ShapeError(`${path}.correct`, 'expected true or false');
  if (!isIsoDate(v['at'])) throw new ShapeError(`${path}.at`, 'expected a date');
  return { selected: [...selected] as string[], correct: v['correct'], at: v['at'] };
}

function decodeLesson(v: unknown, path: string): LessonProgress {
  if (!isRecord(v)) throw new ShapeError(path, 'expected a lesson object');
  const out: LessonProgress = { answers: {} };
  if (v['readAt'] !== undefined) {
    if (!isIsoDate(v['readAt'])) throw new ShapeError(`${path}.readAt`, 'expected a date');
    out.readAt = v['readAt'];
  }
  const answers = v['answers'] ?? {};
  if (!isRecord(answers)) throw new ShapeError(`${path}.answers`, 'expected an object');
  for (const [qid, a] of Object.entries(answers)) {
    if (!isKey(qid)) throw new ShapeError(`${path}.answers`, `"${qid.slice(0, 40)}" is not a question id`);
    out.answers[qid] = decodeAnswer(a, `${path}.answers.${qid}`);
  }
  if (v['lastScore'] !== undefined) out.lastScore = decodeScore(v['lastScore'], `${path}.lastScore`);
  if (v['bestScore'] !== undefined) out.bestScore = decodeScore(v['bestScore'], `${path}.bestScore`);
  return out;
}

/** Validates data of unknown origin as a progress document. Never throws. */
export function decodeProgress(data: unknown): DecodeResult {
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
          message: `it was saved by a newer version of this site (format ${version}; this page knows ${PROGRESS_VERSION})`,
        },
      };
    }
    const lessons = data['lessons'];
    if (!isRecord(lessons)) throw new ShapeError('lessons', 'expected an object');
    const doc = emptyProgress();
    for (const [id, lesson] of Object.entries(lessons)) {
      if (!isKey(id)) throw new ShapeError('lessons', `"${id.slice(0, 40)}" is not a lesson id`);
      doc.lessons[id] = decodeLesson(lesson, `lessons.${id}`);
    }
    return { ok: true, value: doc };
  } catch (e) {
    if (e instanceof ShapeError) {
      return { ok: false, error: { kind: 'wrong-shape', path: e.path, message: e.message } };
    }
    return { ok: false, error: { kind: 'wrong-shape', path: '(document)', message: 'unreadable data' } };
  }
}

/** Parses stored text; `null` (nothing stored yet) gives an empty document. Never throws. */
export function parseProgress(raw: string | null): DecodeResult {
  if (raw === null) return { ok: true, value: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { kind: 'malformed-json', message: 'the saved text is not valid JSON' } };
  }
  return decodeProgress(data);
}

/** The stored text of a document. */
export function encodeProgress(doc: ProgressDoc): string {
  return JSON.stringify(doc);
}

function lessonOf(doc: ProgressDoc, lessonId: string): LessonProgress {
  return doc.lessons[lessonId] ?? { answers: {} };
}

function withLesson(doc: ProgressDoc, lessonId: string, lesson: LessonProgress): ProgressDoc {
  return { ...doc, lessons: { ...doc.lessons, [lessonId]: lesson } };
}

/** Records that the learner reached the end of a lesson; the first time counts. */
export function markRead(doc: ProgressDoc, lessonId: string, at: string): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  if (lesson.readAt) return doc;
  return withLesson(doc, lessonId, { ...lesson, readAt: at });
}

/**
 * Records an answer. When it completes the set `questionIds`, the attempt's score becomes the last score,
 * and the best score if it beats the previous best.
 */
export function recordAnswer(
  doc: ProgressDoc,
  lessonId: string,
  questionIds: readonly string[],
  questionId: string,
  answer: AnswerRecord,
): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  const answers = { ...lesson.answers, [questionId]: answer };
  const next: LessonProgress = { ...lesson, answers };
  if (questionIds.length > 0 && questionIds.every((id) => answers[id])) {
    const score: ScoreRecord = {
      correct: questionIds.filter((id) => answers[id]?.correct).length,
      total: questionIds.length,
      at: answer.at,
    };
    next.lastScore = score;
    if (!lesson.bestScore || score.correct / score.total > lesson.bestScore.correct / lesson.bestScore.total) {
      next.bestScore = score;
    }
  }
  return withLesson(doc, lessonId, next);
}

/** Clears the current attempt's answers so the knowledge check can be taken again; scores stay. */
export function clearAnswers(doc: ProgressDoc, lessonId: string): ProgressDoc {
  const lesson = lessonOf(doc, lessonId);
  return withLesson(doc, lessonId, { ...lesson, answers: {} });
}
