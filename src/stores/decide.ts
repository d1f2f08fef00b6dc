/**
 * The Decide questionnaire in the browser: the answers given so far, where the person is, and earlier runs (so a
 * team can compare this quarter with the last). One versioned document under `fg:decide`, kept by the
 * persisted-document store with the same rules as progress: validated, unreadable data set aside, never written
 * over when newer or unreadable, merged across tabs.
 */
import { isIsoDate, isKey, isRecord } from '../lib/guards';
import { UNKNOWN, type Answers } from '../lib/decide/model';
import { persistedDocument, type Decoded } from './persisted-document';
import { STORAGE_KEYS } from './storage';

/** One finished run: the answers as they were when the result was shown. */
export interface DecideRun {
  /** ISO 8601. */
  at: string;
  answers: Answers;
  /** The questionnaire version the answers belong to. */
  version: number;
}

/** The stored document. `runs`: newest last, at most MAX_RUNS. */
export interface DecideDoc {
  version: 1;
  answers: Answers;
  position: number;
  runs: DecideRun[];
}

/** Earlier runs kept; the oldest goes first. */
export const MAX_RUNS = 20;
/** More questions than any questionnaire will have; bounds what storage may hold. */
const MAX_ANSWERS = 100;
const DOC_VERSION = 1;

const emptyDecide = (): DecideDoc => ({ version: 1, answers: {}, position: 0, runs: [] });

class Damaged extends Error {}

function readAnswers(v: unknown): Answers {
  if (!isRecord(v)) throw new Damaged();
  const keys = Object.keys(v);
  if (keys.length > MAX_ANSWERS) throw new Damaged();
  const out: Answers = {};
  for (const key of keys) {
    const value = v[key];
    if (!isKey(key) || typeof value !== 'string' || !(isKey(value) || value === UNKNOWN)) throw new Damaged();
    out[key] = value;
  }
  return out;
}

const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function readRun(v: unknown): DecideRun {
  if (!isRecord(v) || !isIsoDate(v['at']) || !isCount(v['version'], 1_000_000) || v['version'] < 1) throw new Damaged();
  return { at: v['at'], answers: readAnswers(v['answers']), version: v['version'] };
}

/** Reads the document from stored text. Never throws. */
export function decodeDecide(raw: string): Decoded<DecideDoc> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'the saved text is cut short or damaged' };
  }
  if (isRecord(data) && typeof data['version'] === 'number' && data['version'] > DOC_VERSION) {
    return { ok: false, kind: 'future-version' };
  }
  try {
    if (!isRecord(data) || data['version'] !== 1 || !isCount(data['position'], MAX_ANSWERS)) throw new Damaged();
    const runs = data['runs'];
    if (!Array.isArray(runs) || runs.length > MAX_RUNS) throw new Damaged();
    return {
      ok: true,
      value: { version: 1, answers: readAnswers(data['answers']), position: data['position'], runs: runs.map(readRun) },
    };
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'part of it is damaged' };
  }
}

/**
 * Two tabs' documents: the answers and position of the newer one (what the person did last), and the runs of
 * both (none lost, one copy of each, oldest dropped past MAX_RUNS).
 */
export function mergeDecide(older: DecideDoc, newer: DecideDoc): DecideDoc {
  const byKey = new Map<string, DecideRun>();
  for (const run of [...older.runs, ...newer.runs]) byKey.set(`${run.at}|${JSON.stringify(run.answers)}`, run);
  const runs = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_RUNS);
  return { version: 1, answers: { ...newer.answers }, position: newer.position, runs };
}

/** The Decide document under `fg:decide`. */
export const decideDocument = persistedDocument<DecideDoc>({
  key: STORAGE_KEYS.decide,
  empty: emptyDecide,
  decode: decodeDecide,
  encode: (doc) => JSON.stringify(doc),
  merge: mergeDecide,
});

/** The answers, position and runs. Read it with `useStore(decideStore)`; change it only through the actions. */
export const decideStore = decideDocument.$doc;
/** Whether it is being saved; `saved` while all is well (words: `statusMessage(status, 'Your questionnaire')`). */
export const $decideStatus = decideDocument.$status;

/** Records an answer (an option id or UNKNOWN). Ids that could not come from the questionnaire are ignored. */
export function answerQuestion(questionId: string, optionId: string): void {
  if (!isKey(questionId) || !(isKey(optionId) || optionId === UNKNOWN)) return;
  if (decideStore.get().answers[questionId] === optionId) return;
  decideDocument.update((doc) => ({ ...doc, answers: { ...doc.answers, [questionId]: optionId } }));
}

/** Moves to a question (0-based); a reload resumes there. */
export function goToQuestion(index: number): void {
  const position = Number.isFinite(index) ? Math.min(MAX_ANSWERS, Math.max(0, Math.floor(index))) : 0;
  if (decideStore.get().position === position) return;
  decideDocument.update((doc) => ({ ...doc, position }));
}

/**
 * Appends the current answers to the runs, with the time and the questionnaire's version (pass
 * `questionnaire.version`). Nothing is appended when nothing is answered, or when the same answers were
 * recorded within the last minute (a double click).
 */
export function finishRun(version = 1, now = new Date()): void {
  const doc = decideStore.get();
  if (Object.keys(doc.answers).length === 0) return;
  const last = doc.runs.at(-1);
  if (
    last &&
    last.version === version &&
    JSON.stringify(last.answers) === JSON.stringify(doc.answers) &&
    now.getTime() - Date.parse(last.at) < 60_000
  ) {
    return;
  }
  const run: DecideRun = { at: now.toISOString(), answers: { ...doc.answers }, version };
  decideDocument.update((d) => ({ ...d, runs: [...d.runs, run].slice(-MAX_RUNS) }));
}

/** Clears the current answers and position; earlier runs are kept. */
export function startOver(): void {
  decideDocument.update((doc) => ({ ...doc, answers: {}, position: 0 }));
}
