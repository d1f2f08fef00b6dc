/**
 * A trainer's class results on this device: per quiz set, the result codes pasted or scanned (with the optional
 * names the trainer typed), kept until the trainer clears the set. The table itself is recomputed from the codes
 * (src/lib/teach/class-results.ts), so only what was typed is stored. One versioned document under
 * `fg:teach-results` on the persisted-document store (validated, unreadable data set aside, never written over
 * when newer or unreadable, merged across tabs).
 *
 * Removing a code or clearing a set must stick even when another tab still holds the old list, so removals are
 * remembered (`removed`, `clearedAt`) and the merge honours them.
 */
import { isIsoDate, isKey, isRecord } from '../lib/guards';
import { MAX_NAME } from '../lib/teach/class-results';
import { decodeSet, encodeSet, setId, type QuizSet } from '../lib/teach/set-link';
import { persistedDocument, type Decoded } from './persisted-document';
import { STORAGE_KEYS } from './storage';

/** One code as the trainer gave it. */
export interface ResultEntry {
  /** Unique in the set: how the page removes or renames it. */
  id: string;
  /** As typed or scanned (trimmed). */
  code: string;
  name?: string;
  /** ISO 8601. */
  addedAt: string;
}

/** The codes of one set. */
export interface ResultsSet {
  /** The set's link fragment (`s=1.…`), so the results page can list and reopen the set; absent if not given. */
  link?: string;
  /** Oldest first. */
  entries: ResultEntry[];
  /** Ids of entries removed (so another tab's copy does not bring them back). */
  removed: string[];
  /** When the set was last cleared (entries added before it are gone). */
  clearedAt?: string;
  updatedAt: string;
}

export interface TeachResultsDoc {
  version: 1;
  /** By `resultsKey(setId)`. */
  sets: Record<string, ResultsSet>;
}

/** Sets kept (the least recently changed go first), codes per set, remembered removals per set. */
export const MAX_RESULT_SETS = 50;
export const MAX_ENTRIES = 500;
const MAX_REMOVED = 1000;
/** A code longer than this is cut (no real code comes close; the decoder then says it is mistyped). */
export const MAX_CODE_LENGTH = 80;
const DOC_VERSION = 1;
const ENTRY_ID = /^[a-z0-9]{1,16}-[a-z0-9]{1,8}$/;

/** The record key of a set id (its decimal digits). */
export const resultsKey = (id: number): string => String(id >>> 0);

const emptyResults = (): TeachResultsDoc => ({ version: 1, sets: {} });

class Damaged extends Error {}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

function readEntry(v: unknown): ResultEntry {
  if (!isRecord(v) || typeof v['id'] !== 'string' || !ENTRY_ID.test(v['id'])) throw new Damaged();
  if (!isText(v['code'], MAX_CODE_LENGTH) || !isIsoDate(v['addedAt'])) throw new Damaged();
  const entry: ResultEntry = { id: v['id'], code: v['code'], addedAt: v['addedAt'] };
  if (v['name'] !== undefined) {
    if (!isText(v['name'], MAX_NAME)) throw new Damaged();
    entry.name = v['name'];
  }
  return entry;
}

function readSet(key: string, v: unknown): ResultsSet {
  if (!isRecord(v) || !Array.isArray(v['entries']) || !Array.isArray(v['removed'])) throw new Damaged();
  if (v['entries'].length > MAX_ENTRIES || v['removed'].length > MAX_REMOVED || !isIsoDate(v['updatedAt'])) {
    throw new Damaged();
  }
  const out: ResultsSet = {
    entries: v['entries'].map(readEntry),
    removed: v['removed'].map((id) => {
      if (typeof id !== 'string' || !ENTRY_ID.test(id)) throw new Damaged();
      return id;
    }),
    updatedAt: v['updatedAt'],
  };
  if (new Set(out.entries.map((e) => e.id)).size !== out.entries.length) throw new Damaged();
  if (v['link'] !== undefined) {
    const decoded = typeof v['link'] === 'string' ? decodeSet(v['link']) : null;
    if (!decoded?.ok || resultsKey(setId(decoded.set)) !== key) throw new Damaged();
    out.link = encodeSet(decoded.set);
  }
  if (v['clearedAt'] !== undefined) {
    if (!isIsoDate(v['clearedAt'])) throw new Damaged();
    out.clearedAt = v['clearedAt'];
  }
  return out;
}

/** Reads the document from stored text. Never throws. */
export function decodeTeachResults(raw: string): Decoded<TeachResultsDoc> {
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
    if (keys.length > MAX_RESULT_SETS) throw new Damaged();
    const sets: Record<string, ResultsSet> = {};
    for (const key of keys) {
      if (!/^\d{1,10}$/.test(key) || !isKey(key)) throw new Damaged();
      sets[key] = readSet(key, data['sets'][key]);
    }
    return { ok: true, value: { version: 1, sets } };
  } catch {
    return { ok: false, kind: 'unreadable', reason: 'part of it is damaged' };
  }
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;

/** One set from two tabs: every code of both, minus those either removed or cleared; names as the newer tab has them. */
function mergeSet(older: ResultsSet | undefined, newer: ResultsSet | undefined): ResultsSet {
  if (!older) return newer!;
  if (!newer) return older;
  const clearedAt = later(older.clearedAt, newer.clearedAt);
  const removed = [...new Set([...older.removed, ...newer.removed])].slice(-MAX_REMOVED);
  const gone = new Set(removed);
  const byId = new Map<string, ResultEntry>();
  for (const e of [...older.entries, ...newer.entries]) byId.set(e.id, e);
  const entries = [...byId.values()]
    .filter((e) => !gone.has(e.id) && (clearedAt === undefined || e.addedAt > clearedAt))
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
    .slice(-MAX_ENTRIES);
  const link = newer.link ?? older.link;
  const merged: ResultsSet = { entries, removed, updatedAt: later(older.updatedAt, newer.updatedAt)! };
  if (link !== undefined) merged.link = link;
  if (clearedAt !== undefined) merged.clearedAt = clearedAt;
  return merged;
}

/** Keeps the most recently changed sets. */
function keepRecent(sets: Record<string, ResultsSet>): Record<string, ResultsSet> {
  return Object.fromEntries(
    Object.entries(sets)
      .sort(([ka, a], [kb, b]) => b.updatedAt.localeCompare(a.updatedAt) || ka.localeCompare(kb))
      .slice(0, MAX_RESULT_SETS),
  );
}

/** Two tabs' documents, set by set (see mergeSet). */
export function mergeTeachResults(older: TeachResultsDoc, newer: TeachResultsDoc): TeachResultsDoc {
  const keys = new Set([...Object.keys(older.sets), ...Object.keys(newer.sets)]);
  const sets: Record<string, ResultsSet> = {};
  for (const key of keys) sets[key] = mergeSet(older.sets[key], newer.sets[key]);
  return { version: 1, sets: keepRecent(sets) };
}

/** The document under `fg:teach-results`. */
export const teachResultsDocument = persistedDocument<TeachResultsDoc>({
  key: STORAGE_KEYS.teachResults,
  empty: emptyResults,
  decode: decodeTeachResults,
  encode: (doc) => JSON.stringify(doc),
  merge: mergeTeachResults,
});

/** Every set's codes. Read it with `useStore(teachResultsStore)`; change it only through the actions. */
export const teachResultsStore = teachResultsDocument.$doc;
/** Whether it is being saved (words: `statusMessage(status, 'Class results')`). */
export const $teachResultsStatus = teachResultsDocument.$status;

/** The codes kept for a set (none: an empty list). */
export const resultsFor = (doc: TeachResultsDoc, id: number): ResultEntry[] => doc.sets[resultsKey(id)]?.entries ?? [];

/** Sets with at least one code, most recently changed first: what the results page lists without a set link. */
export function setsWithResults(
  doc: TeachResultsDoc,
): { setId: number; link?: string; entries: number; updatedAt: string }[] {
  return Object.entries(doc.sets)
    .filter(([, s]) => s.entries.length > 0)
    .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
    .map(([key, s]) => ({
      setId: Number(key),
      ...(s.link === undefined ? {} : { link: s.link }),
      entries: s.entries.length,
      updatedAt: s.updatedAt,
    }));
}

const cleanName = (name: string | undefined) => {
  const n = name?.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return n ? n : undefined;
};

let counter = 0;
/** A new entry id: the time and a counter, plus randomness so that two tabs never pick the same one. */
function newId(now: Date): string {
  counter = (counter + 1) % 1296;
  const random = Math.floor(Math.random() * 1296 * 1296).toString(36);
  return `${now.getTime().toString(36)}-${counter.toString(36)}${random}`.slice(0, 25);
}

function changeSet(id: number, change: (set: ResultsSet) => ResultsSet, now: Date, set?: QuizSet): void {
  const key = resultsKey(id);
  teachResultsDocument.update((doc) => {
    const current: ResultsSet = doc.sets[key] ?? { entries: [], removed: [], updatedAt: now.toISOString() };
    const next: ResultsSet = { ...change(current), updatedAt: now.toISOString() };
    if (set && setId(set) === id) next.link = encodeSet(set);
    return { ...doc, sets: keepRecent({ ...doc.sets, [key]: next }) };
  });
}

/**
 * Adds codes (as parsePasted or the scanner gives them) to a set; pass the set to keep its link with them. Codes
 * are kept as typed (trimmed, cut at MAX_CODE_LENGTH) whether or not they read: the page shows what is wrong with
 * each. Beyond MAX_ENTRIES the oldest go. Returns the new entries.
 */
export function addEntries(
  id: number,
  entries: readonly { code: string; name?: string | undefined }[],
  set?: QuizSet,
  now = new Date(),
): ResultEntry[] {
  const added: ResultEntry[] = [];
  for (const e of entries) {
    const code = String(e.code).trim().slice(0, MAX_CODE_LENGTH);
    if (!code) continue;
    const name = cleanName(e.name);
    added.push({ id: newId(now), code, ...(name ? { name } : {}), addedAt: now.toISOString() });
  }
  if (added.length === 0 && !set) return [];
  changeSet(id, (s) => ({ ...s, entries: [...s.entries, ...added].slice(-MAX_ENTRIES) }), now, set);
  return added;
}

/** Removes one code of a set (it stays removed in every tab). */
export function removeEntry(id: number, entryId: string, now = new Date()): void {
  if (!resultsFor(teachResultsStore.get(), id).some((e) => e.id === entryId)) return;
  changeSet(
    id,
    (s) => ({
      ...s,
      entries: s.entries.filter((e) => e.id !== entryId),
      removed: [...s.removed, entryId].slice(-MAX_REMOVED),
    }),
    now,
  );
}

/** Names (or, with an empty name, un-names) the learner of one code. */
export function rename(id: number, entryId: string, name: string, now = new Date()): void {
  const clean = cleanName(name);
  const entry = resultsFor(teachResultsStore.get(), id).find((e) => e.id === entryId);
  if (!entry || entry.name === clean) return;
  changeSet(
    id,
    (s) => ({
      ...s,
      entries: s.entries.map((e) => {
        if (e.id !== entryId) return e;
        const renamed: ResultEntry = { id: e.id, code: e.code, addedAt: e.addedAt };
        if (clean) renamed.name = clean;
        return renamed;
      }),
    }),
    now,
  );
}

/** Clears every code of a set (in every tab); codes added afterwards are kept. */
export function clearSet(id: number, now = new Date()): void {
  if (resultsFor(teachResultsStore.get(), id).length === 0) return;
  changeSet(id, (s) => ({ ...s, entries: [], removed: [], clearedAt: now.toISOString() }), now);
}
