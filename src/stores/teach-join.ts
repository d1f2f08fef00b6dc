/**
 * A learner's class quizzes on this device: per set joined, the answers given (the quiz's `Response` strings, by
 * question id), where they are, whether they finished, and their learner tag (random, kept for the set so that a
 * second code from them is recognised as theirs). The 20 most recently used sets are kept. One versioned document
 * under `fg:teach-join`, kept by the persisted-document store (validated, unreadable data set aside, never
 * written over when newer or unreadable, merged across tabs). Joining a class quiz is not lesson progress: this
 * store never touches `fg:progress`.
 */
import { isIsoDate, isKey, isRecord } from '../lib/guards';
import type { Response } from '../lib/quiz';
import { LEARNER_TAG_BITS } from '../lib/teach/result-code';
import { decodeSet, encodeSet, MAX_SET_QUESTIONS, setId, type QuizSet } from '../lib/teach/set-link';
import { persistedDocument, type Decoded } from './persisted-document';
import { STORAGE_KEYS } from './storage';

/** One set as this learner has it. */
export interface JoinedSet {
  /** The set's link fragment (`s=1.…`), so the set can be opened again from here. */
  link: string;
  /** Responses by question id, as the quiz inputs give them. */
  answers: Record<string, Response>;
  /** The question on screen (0-based). */
  position: number;
  finished: boolean;
  /** 0 .. 2^LEARNER_TAG_BITS − 1. */
  learnerTag: number;
  /** ISO 8601: when this set was last changed (the 20 most recent are kept). */
  updatedAt: string;
}

export interface TeachJoinDoc {
  version: 1;
  /** By `joinKey(setId)`. */
  sets: Record<string, JoinedSet>;
}

/** Sets kept; the least recently used goes first. */
export const MAX_JOINED_SETS = 20;
/** Bounds on a stored response: more parts, or longer ones, than any question input gives. */
const MAX_RESPONSE_PARTS = 20;
const MAX_PART_LENGTH = 100;
const DOC_VERSION = 1;
const TAGS = 2 ** LEARNER_TAG_BITS;

/** The record key of a set id (its decimal digits). */
export const joinKey = (id: number): string => String(id >>> 0);

const emptyJoin = (): TeachJoinDoc => ({ version: 1, sets: {} });

class Damaged extends Error {}

const isCount = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** Whether a response is one the question inputs could have given (bounded strings). */
const isResponse = (v: unknown): v is Response =>
  Array.isArray(v) &&
  v.length <= MAX_RESPONSE_PARTS &&
  v.every((part) => typeof part === 'string' && part.length <= MAX_PART_LENGTH);

function readSet(key: string, v: unknown): JoinedSet {
  if (!isRecord(v) || typeof v['link'] !== 'string') throw new Damaged();
  const decoded = decodeSet(v['link']);
  if (!decoded.ok || joinKey(setId(decoded.set)) !== key) throw new Damaged();
  const answers = v['answers'];
  if (!isRecord(answers) || Object.keys(answers).length > MAX_SET_QUESTIONS) throw new Damaged();
  const out: Record<string, Response> = {};
  for (const [id, response] of Object.entries(answers)) {
    if (!isKey(id) || !isResponse(response)) throw new Damaged();
    out[id] = [...response];
  }
  if (
    !isCount(v['position'], MAX_SET_QUESTIONS) ||
    typeof v['finished'] !== 'boolean' ||
    !isCount(v['learnerTag'], TAGS - 1) ||
    !isIsoDate(v['updatedAt'])
  ) {
    throw new Damaged();
  }
  return {
    link: encodeSet(decoded.set),
    answers: out,
    position: v['position'],
    finished: v['finished'],
    learnerTag: v['learnerTag'],
    updatedAt: v['updatedAt'],
  };
}

/** Reads the document from stored text. Never throws. */
export function decodeTeachJoin(raw: string): Decoded<TeachJoinDoc> {
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
    if (!isRecord(data) || data['version'] !== 1 || !isRecord(data['sets'])) throw new Damaged();
    const keys = Object.keys(data['sets']);
    if (keys.length > MAX_JOINED_SETS) throw new Damaged();
    const sets: Record<string, JoinedSet> = {};
    for (const key of keys) sets[key] = readSet(key, data['sets'][key]);
    return { ok: true, value: { version: 1, sets } };
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'part of it is damaged' };
  }
}

/** Keeps the most recently changed sets. */
function keepRecent(sets: Record<string, JoinedSet>): Record<string, JoinedSet> {
  const recent = Object.entries(sets)
    .sort(([ka, a], [kb, b]) => b.updatedAt.localeCompare(a.updatedAt) || ka.localeCompare(kb))
    .slice(0, MAX_JOINED_SETS);
  return Object.fromEntries(recent);
}

/** Two tabs' documents: every set of both; for a set in both, the one changed last (the newer tab's on a tie). */
export function mergeTeachJoin(older: TeachJoinDoc, newer: TeachJoinDoc): TeachJoinDoc {
  const sets: Record<string, JoinedSet> = { ...older.sets };
  for (const [key, set] of Object.entries(newer.sets)) {
    const theirs = sets[key];
    if (!theirs || set.updatedAt >= theirs.updatedAt) sets[key] = set;
  }
  return { version: 1, sets: keepRecent(sets) };
}

/** The document under `fg:teach-join`. */
export const teachJoinDocument = persistedDocument<TeachJoinDoc>({
  key: STORAGE_KEYS.teachJoin,
  empty: emptyJoin,
  decode: decodeTeachJoin,
  encode: (doc) => JSON.stringify(doc),
  merge: mergeTeachJoin,
});

/** The sets joined. Read it with `useStore(teachJoinStore)`; change it only through the actions. */
export const teachJoinStore = teachJoinDocument.$doc;
/** Whether it is being saved (words: `statusMessage(status, 'Your answers')`). */
export const $teachJoinStatus = teachJoinDocument.$status;

/** A random learner tag: from the browser's cryptographic generator where there is one. */
function randomTag(): number {
  const c = globalThis.crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint16Array(1))[0]! % TAGS;
  return Math.floor(Math.random() * TAGS);
}

/** This learner's record of a set, if they have joined it. */
export const joinedSet = (doc: TeachJoinDoc, id: number): JoinedSet | undefined => doc.sets[joinKey(id)];

/** Changes one joined set (nothing happens for a set not joined), stamping the time. */
function changeSet(id: number, change: (set: JoinedSet) => JoinedSet, now: Date): void {
  const key = joinKey(id);
  if (!teachJoinStore.get().sets[key]) return;
  teachJoinDocument.update((doc) => {
    const current = doc.sets[key];
    if (!current) return doc;
    return { ...doc, sets: keepRecent({ ...doc.sets, [key]: { ...change(current), updatedAt: now.toISOString() } }) };
  });
}

/**
 * Joins a set (opening its link): a fresh record with a new learner tag, or the one already kept (answers and
 * tag as they were). Returns the set's id.
 */
export function startSet(set: QuizSet, now = new Date()): number {
  const id = setId(set);
  const key = joinKey(id);
  if (teachJoinStore.get().sets[key]) return id;
  const fresh: JoinedSet = {
    link: encodeSet(set),
    answers: {},
    position: 0,
    finished: false,
    learnerTag: randomTag(),
    updatedAt: now.toISOString(),
  };
  teachJoinDocument.update((doc) =>
    doc.sets[key] ? doc : { ...doc, sets: keepRecent({ ...doc.sets, [key]: fresh }) },
  );
  return id;
}

/** Records a response to a question of a joined set. Ids and responses no question input could give are ignored. */
export function answer(id: number, questionId: string, response: Response, now = new Date()): void {
  if (!isKey(questionId) || !isResponse(response)) return;
  const set = joinedSet(teachJoinStore.get(), id);
  if (!set || JSON.stringify(set.answers[questionId]) === JSON.stringify(response)) return;
  if (!(questionId in set.answers) && Object.keys(set.answers).length >= MAX_SET_QUESTIONS) return;
  changeSet(id, (s) => ({ ...s, answers: { ...s.answers, [questionId]: [...response] } }), now);
}

/** Moves to a question (0-based, clamped); a reload resumes there. */
export function goTo(id: number, position: number, now = new Date()): void {
  const p = Number.isFinite(position) ? Math.min(MAX_SET_QUESTIONS, Math.max(0, Math.floor(position))) : 0;
  if (joinedSet(teachJoinStore.get(), id)?.position === p) return;
  changeSet(id, (s) => ({ ...s, position: p }), now);
}

/** Marks a joined set finished (the end screen with the result code). */
export function finish(id: number, now = new Date()): void {
  if (joinedSet(teachJoinStore.get(), id)?.finished !== false) return;
  changeSet(id, (s) => ({ ...s, finished: true }), now);
}

/** Starts a joined set again: answers cleared, first question, not finished; the learner tag stays. */
export function restart(id: number, now = new Date()): void {
  changeSet(id, (s) => ({ ...s, answers: {}, position: 0, finished: false }), now);
}
