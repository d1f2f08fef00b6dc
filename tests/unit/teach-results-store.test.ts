import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePasted } from '../../src/lib/teach/class-results';
import { encodeSet, setId, type QuizSet } from '../../src/lib/teach/set-link';
import { backupSlots } from '../../src/stores/persisted-document';
import { setStorageEngine, STORAGE_KEYS } from '../../src/stores/storage';
import {
  $teachResultsStatus,
  addEntries,
  clearSet,
  decodeTeachResults,
  MAX_CODE_LENGTH,
  MAX_RESULT_SETS,
  mergeTeachResults,
  removeEntry,
  rename,
  resultsFor,
  resultsKey,
  setsWithResults,
  teachResultsDocument,
  teachResultsStore,
  type TeachResultsDoc,
} from '../../src/stores/teach-results';
import { mount, quotaEngine, storageEvent, useMemoryStorage } from './store-helpers';

const KEY = STORAGE_KEYS.teachResults;
const [BACKUP] = backupSlots(KEY) as [string];
const set: QuizSet = { version: 1, seed: 7, timer: 0, feedback: 'end', keys: ['ABCDE', 'FGHJK'] };
const id = setId(set);
const stored = (engine: { data: Map<string, string> }) => JSON.parse(engine.data.get(KEY)!) as TeachResultsDoc;
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const codes = (engine: { data: Map<string, string> }) =>
  (stored(engine).sets[resultsKey(id)]?.entries ?? []).map((e) => (e.name ? `${e.name}: ${e.code}` : e.code));

let unmount: () => void = () => undefined;
/** Mounts the store as the results island does. */
const mountResults = () => {
  unmount = mount(teachResultsStore, $teachResultsStatus);
};
const reload = () => {
  unmount();
  cleanStores(teachResultsStore, $teachResultsStatus);
  mountResults();
};
/** Another tab saves `doc`: storage changes, and this tab hears of it. */
const otherTab = (engine: { data: Map<string, string> }, doc: TeachResultsDoc) => {
  engine.data.set(KEY, JSON.stringify(doc));
  window.dispatchEvent(storageEvent(KEY, JSON.stringify(doc)));
};

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
});

afterEach(() => {
  unmount();
  cleanStores(teachResultsStore, $teachResultsStatus);
  setStorageEngine(undefined);
  vi.unstubAllGlobals();
});

describe('teach-results store (mounted, as the results island uses it)', () => {
  it('keeps pasted codes, names and the set’s link through a reload', () => {
    const engine = useMemoryStorage();
    mountResults();
    const added = addEntries(id, parsePasted('Ana: K7Q2-AB3D\n  ZZZZ-1111  '), set, at(1));
    expect(added.map((e) => e.code)).toEqual(['K7Q2-AB3D', 'ZZZZ-1111']);
    expect(codes(engine)).toEqual(['Ana: K7Q2-AB3D', 'ZZZZ-1111']);
    expect(stored(engine).sets[resultsKey(id)]!.link).toBe(encodeSet(set));
    reload();
    expect(resultsFor(teachResultsStore.get(), id).map((e) => e.code)).toEqual(['K7Q2-AB3D', 'ZZZZ-1111']);
    expect(setsWithResults(teachResultsStore.get())).toEqual([
      { setId: id, link: encodeSet(set), entries: 2, updatedAt: at(1).toISOString() },
    ]);
    expect($teachResultsStatus.get()).toEqual({ kind: 'saved' });
  });

  it('renames, removes and clears; codes added after clearing are kept', () => {
    const engine = useMemoryStorage();
    mountResults();
    const [a, b] = addEntries(id, [{ code: 'AAAA' }, { code: 'BBBB', name: 'Ben' }], set, at(1));
    rename(id, a!.id, '  Ana   Lee ', at(2));
    rename(id, b!.id, '', at(3));
    expect(codes(engine)).toEqual(['Ana Lee: AAAA', 'BBBB']);
    removeEntry(id, a!.id, at(4));
    expect(codes(engine)).toEqual(['BBBB']);
    clearSet(id, at(5));
    expect(codes(engine)).toEqual([]);
    expect(setsWithResults(teachResultsStore.get())).toEqual([]);
    addEntries(id, [{ code: 'CCCC' }], undefined, at(6));
    expect(codes(engine)).toEqual(['CCCC']);
  });

  it('cuts codes and names to size and skips empty codes', () => {
    const engine = useMemoryStorage();
    mountResults();
    addEntries(id, [{ code: '   ' }, { code: 'X'.repeat(500), name: 'N'.repeat(200) }], set, at(1));
    const [entry] = stored(engine).sets[resultsKey(id)]!.entries;
    expect(entry!.code).toHaveLength(MAX_CODE_LENGTH);
    expect(entry!.name).toHaveLength(60);
    expect(stored(engine).sets[resultsKey(id)]!.entries).toHaveLength(1);
  });

  it('a code removed here stays removed when another tab still had it; the other tab’s new codes are kept', () => {
    const engine = useMemoryStorage();
    mountResults();
    const [a] = addEntries(id, [{ code: 'AAAA' }, { code: 'BBBB' }], set, at(1));
    const before = stored(engine);
    removeEntry(id, a!.id, at(2));
    // The other tab, which has not seen the removal, adds a code and saves its whole list.
    const theirs = structuredClone(before);
    theirs.sets[resultsKey(id)]!.entries.push({ id: 'zz-1', code: 'DDDD', addedAt: at(3).toISOString() });
    theirs.sets[resultsKey(id)]!.updatedAt = at(3).toISOString();
    otherTab(engine, theirs);
    expect(resultsFor(teachResultsStore.get(), id).map((e) => e.code)).toEqual(['BBBB', 'DDDD']);
    addEntries(id, [{ code: 'EEEE' }], undefined, at(4));
    expect(codes(engine)).toEqual(['BBBB', 'DDDD', 'EEEE']);
  });

  it('a cleared set stays cleared when another tab still had its codes', () => {
    const engine = useMemoryStorage();
    mountResults();
    addEntries(id, [{ code: 'AAAA' }], set, at(1));
    const before = stored(engine);
    clearSet(id, at(2));
    otherTab(engine, before);
    expect(resultsFor(teachResultsStore.get(), id)).toEqual([]);
  });

  it(`keeps the ${MAX_RESULT_SETS} most recently changed sets`, () => {
    const engine = useMemoryStorage();
    mountResults();
    for (let i = 0; i < MAX_RESULT_SETS + 2; i++) {
      const s = { ...set, seed: i };
      addEntries(setId(s), [{ code: 'AAAA' }], s, at(i));
    }
    expect(Object.keys(stored(engine).sets)).toHaveLength(MAX_RESULT_SETS);
    expect(stored(engine).sets[resultsKey(setId({ ...set, seed: 0 }))]).toBeUndefined();
  });

  it('never writes over a newer version, and says so', () => {
    const future = JSON.stringify({ version: 2, sets: {} });
    const engine = useMemoryStorage({ [KEY]: future });
    mountResults();
    expect($teachResultsStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
    addEntries(id, [{ code: 'AAAA' }], set, at(1));
    expect(engine.data.get(KEY)).toBe(future);
    expect(resultsFor(teachResultsStore.get(), id).map((e) => e.code)).toEqual(['AAAA']);
  });

  it('sets unreadable data aside, says so, and starts afresh', () => {
    const corrupt = JSON.stringify({ version: 1, sets: { [resultsKey(id)]: { entries: 'x' } } });
    const engine = useMemoryStorage({ [KEY]: corrupt });
    mountResults();
    expect($teachResultsStatus.get()).toEqual({ kind: 'recovered', reason: 'part of it is damaged' });
    expect(teachResultsDocument.backups()).toMatchObject([{ slot: BACKUP, text: corrupt }]);
    addEntries(id, [{ code: 'AAAA' }], set, at(1));
    expect(codes(engine)).toEqual(['AAAA']);
  });

  it('works in memory when storage fails, and reports it', () => {
    setStorageEngine(quotaEngine({}, () => true));
    mountResults();
    addEntries(id, [{ code: 'AAAA' }], set, at(1));
    expect($teachResultsStatus.get()).toEqual({ kind: 'write-failed' });
    expect(resultsFor(teachResultsStore.get(), id)).toHaveLength(1);
  });
});

describe('decodeTeachResults', () => {
  const entry = { id: 'abc-1', code: 'AAAA', addedAt: at(0).toISOString() };
  const doc = (s: unknown, key = resultsKey(id)) => JSON.stringify({ version: 1, sets: { [key]: s } });
  const good = { link: encodeSet(set), entries: [entry], removed: [], updatedAt: at(0).toISOString() };

  it('reads what the store writes', () => {
    expect(decodeTeachResults(doc(good))).toEqual({
      ok: true,
      value: { version: 1, sets: { [resultsKey(id)]: good } },
    });
  });

  it.each([
    ['not JSON', '{"version":1', 'unreadable'],
    ['a newer version', '{"version":2}', 'future-version'],
    ['a set key that is not an id', doc(good, '__proto__'), 'unreadable'],
    ['a link of another set', doc(good, '12345'), 'unreadable'],
    ['a hostile link', doc({ ...good, link: 's=<script>' }), 'unreadable'],
    ['a hostile entry id', doc({ ...good, entries: [{ ...entry, id: '<b>' }] }), 'unreadable'],
    ['two entries with one id', doc({ ...good, entries: [entry, entry] }), 'unreadable'],
    ['an overlong code', doc({ ...good, entries: [{ ...entry, code: 'A'.repeat(81) }] }), 'unreadable'],
    ['an empty name', doc({ ...good, entries: [{ ...entry, name: '' }] }), 'unreadable'],
    ['a bad clear date', doc({ ...good, clearedAt: 'x' }), 'unreadable'],
  ])('refuses %s', (_name, raw, kind) => {
    expect(decodeTeachResults(raw)).toMatchObject({ ok: false, kind });
  });

  it('mergeTeachResults takes names from the newer tab', () => {
    const older: TeachResultsDoc = {
      version: 1,
      sets: { [resultsKey(id)]: { ...good, entries: [{ ...entry, name: 'Old' }] } },
    };
    const newer: TeachResultsDoc = {
      version: 1,
      sets: { [resultsKey(id)]: { ...good, entries: [{ ...entry, name: 'New' }] } },
    };
    expect(mergeTeachResults(older, newer).sets[resultsKey(id)]!.entries[0]!.name).toBe('New');
  });
});
