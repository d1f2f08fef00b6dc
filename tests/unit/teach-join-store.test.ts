import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statusMessage } from '../../src/lib/save-status';
import { encodeSet, setId, type QuizSet } from '../../src/lib/teach/set-link';
import { backupSlots } from '../../src/stores/persisted-document';
import { setStorageEngine, STORAGE_KEYS } from '../../src/stores/storage';
import {
  $teachJoinStatus,
  answer,
  decodeTeachJoin,
  finish,
  goTo,
  joinedSet,
  joinKey,
  MAX_JOINED_SETS,
  mergeTeachJoin,
  restart,
  startSet,
  teachJoinDocument,
  teachJoinStore,
  type JoinedSet,
  type TeachJoinDoc,
} from '../../src/stores/teach-join';
import { mount, quotaEngine, storageEvent, useMemoryStorage } from './store-helpers';

const KEY = STORAGE_KEYS.teachJoin;
const [BACKUP] = backupSlots(KEY) as [string];
const set: QuizSet = { version: 1, seed: 7, timer: 0, feedback: 'end', keys: ['ABCDE', 'FGHJK'] };
const id = setId(set);
const stored = (engine: { data: Map<string, string> }) => JSON.parse(engine.data.get(KEY)!) as TeachJoinDoc;
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const record = (over: Partial<JoinedSet> = {}): JoinedSet => ({
  link: encodeSet(set),
  answers: {},
  position: 0,
  finished: false,
  learnerTag: 5,
  updatedAt: at(0).toISOString(),
  ...over,
});

let unmount: () => void = () => undefined;
/** Mounts the store as the join island does. */
const mountJoin = () => {
  unmount = mount(teachJoinStore, $teachJoinStatus);
};
const reload = () => {
  unmount();
  cleanStores(teachJoinStore, $teachJoinStatus);
  mountJoin();
};

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
});

afterEach(() => {
  unmount();
  cleanStores(teachJoinStore, $teachJoinStatus);
  setStorageEngine(undefined);
  vi.unstubAllGlobals();
});

describe('teach-join store (mounted, as the join island uses it)', () => {
  it('keeps answers, position and the finished flag through a reload; never touches progress', () => {
    const engine = useMemoryStorage({ [STORAGE_KEYS.progress]: 'untouched' });
    mountJoin();
    expect(startSet(set, at(1))).toBe(id);
    answer(id, 'q-one', ['b'], at(2));
    answer(id, 'q-two', ['a', 'c'], at(3));
    goTo(id, 1, at(4));
    finish(id, at(5));
    const kept = stored(engine).sets[joinKey(id)]!;
    expect(kept).toMatchObject({
      link: encodeSet(set),
      answers: { 'q-one': ['b'], 'q-two': ['a', 'c'] },
      position: 1,
      finished: true,
      updatedAt: at(5).toISOString(),
    });
    expect(kept.learnerTag).toBeGreaterThanOrEqual(0);
    expect(kept.learnerTag).toBeLessThan(4096);
    reload();
    expect(joinedSet(teachJoinStore.get(), id)).toEqual(kept);
    expect($teachJoinStatus.get()).toEqual({ kind: 'saved' });
    expect(engine.data.get(STORAGE_KEYS.progress)).toBe('untouched');
  });

  it('joining again keeps the answers and tag; restart clears answers but keeps the tag', () => {
    const engine = useMemoryStorage();
    mountJoin();
    startSet(set, at(1));
    answer(id, 'q-one', ['b'], at(2));
    const tag = stored(engine).sets[joinKey(id)]!.learnerTag;
    startSet(set, at(3));
    expect(stored(engine).sets[joinKey(id)]!.answers).toEqual({ 'q-one': ['b'] });
    finish(id, at(4));
    restart(id, at(5));
    expect(stored(engine).sets[joinKey(id)]).toMatchObject({
      answers: {},
      position: 0,
      finished: false,
      learnerTag: tag,
    });
  });

  it('ignores actions on a set not joined, and ids or responses no input could give', () => {
    const engine = useMemoryStorage();
    mountJoin();
    answer(id, 'q-one', ['b']);
    expect(engine.data.has(KEY)).toBe(false);
    startSet(set, at(1));
    answer(id, '__proto__', ['b']);
    answer(id, 'q-one', ['x'.repeat(101)]);
    answer(
      id,
      'q-one',
      Array.from({ length: 21 }, () => 'a'),
    );
    goTo(id, -4);
    goTo(id, Number.NaN);
    expect(stored(engine).sets[joinKey(id)]).toMatchObject({ answers: {}, position: 0 });
    goTo(id, 99);
    expect(stored(engine).sets[joinKey(id)]!.position).toBe(50);
  });

  it(`keeps the ${MAX_JOINED_SETS} most recently used sets`, () => {
    const engine = useMemoryStorage();
    mountJoin();
    for (let i = 0; i < MAX_JOINED_SETS + 2; i++) startSet({ ...set, seed: i }, at(i));
    const keys = Object.keys(stored(engine).sets);
    expect(keys).toHaveLength(MAX_JOINED_SETS);
    expect(keys).not.toContain(joinKey(setId({ ...set, seed: 0 })));
    expect(keys).toContain(joinKey(setId({ ...set, seed: MAX_JOINED_SETS + 1 })));
  });

  it('merges another tab’s sets; for the same set the one changed last wins', () => {
    const engine = useMemoryStorage();
    mountJoin();
    startSet(set, at(1));
    answer(id, 'q-one', ['a'], at(2));
    const other = { ...set, seed: 8 };
    const theirs: TeachJoinDoc = {
      version: 1,
      sets: {
        [joinKey(id)]: record({ answers: { 'q-one': ['b'] }, updatedAt: at(3).toISOString() }),
        [joinKey(setId(other))]: record({ link: encodeSet(other), updatedAt: at(0).toISOString() }),
      },
    };
    engine.data.set(KEY, JSON.stringify(theirs));
    window.dispatchEvent(storageEvent(KEY, JSON.stringify(theirs)));
    expect(joinedSet(teachJoinStore.get(), id)!.answers).toEqual({ 'q-one': ['b'] });
    expect(Object.keys(teachJoinStore.get().sets)).toHaveLength(2);
    goTo(id, 1, at(4));
    expect(Object.keys(stored(engine).sets)).toHaveLength(2);
  });

  it('never writes over a newer version, and says so', () => {
    const future = JSON.stringify({ version: 2, sets: {}, more: true });
    const engine = useMemoryStorage({ [KEY]: future });
    mountJoin();
    expect($teachJoinStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
    startSet(set, at(1));
    answer(id, 'q-one', ['b'], at(2));
    expect(engine.data.get(KEY)).toBe(future);
    expect(joinedSet(teachJoinStore.get(), id)!.answers).toEqual({ 'q-one': ['b'] }); // stays on screen
    expect(statusMessage($teachJoinStatus.get(), 'Your answers')).toMatch(/newer version of this site/);
  });

  it('sets unreadable data aside, says so, and starts afresh', () => {
    const corrupt = '{"version":1,"sets":{"1":';
    const engine = useMemoryStorage({ [KEY]: corrupt });
    mountJoin();
    expect($teachJoinStatus.get()).toEqual({ kind: 'recovered', reason: 'the saved text is cut short or damaged' });
    expect(teachJoinDocument.backups()).toMatchObject([{ slot: BACKUP, text: corrupt }]);
    startSet(set, at(1));
    expect(Object.keys(stored(engine).sets)).toEqual([joinKey(id)]);
  });

  it('works in memory when storage fails, and reports it', () => {
    setStorageEngine(quotaEngine({}, () => true));
    mountJoin();
    startSet(set, at(1));
    expect($teachJoinStatus.get()).toEqual({ kind: 'write-failed' });
    answer(id, 'q-one', ['b'], at(2));
    expect(joinedSet(teachJoinStore.get(), id)!.answers).toEqual({ 'q-one': ['b'] });
  });
});

describe('decodeTeachJoin', () => {
  const doc = (r: unknown, key = joinKey(id)) => JSON.stringify({ version: 1, sets: { [key]: r } });

  it('reads what the store writes', () => {
    const d: TeachJoinDoc = { version: 1, sets: { [joinKey(id)]: record({ answers: { 'q-one': ['a'] } }) } };
    expect(decodeTeachJoin(JSON.stringify(d))).toEqual({ ok: true, value: d });
  });

  it.each([
    ['not JSON', '{"version":1,', 'unreadable'],
    ['a newer version', '{"version":3}', 'future-version'],
    ['a record under another set’s id', doc(record(), '12345'), 'unreadable'],
    ['a hostile link', doc(record({ link: 's=<script>' })), 'unreadable'],
    [
      'an answer under a reserved id',
      doc(record({ answers: JSON.parse('{"__proto__":["a"]}') as Record<string, string[]> })),
      'unreadable',
    ],
    ['an answer that is not strings', doc({ ...record(), answers: { q: [1] } }), 'unreadable'],
    ['a learner tag out of range', doc(record({ learnerTag: 4096 })), 'unreadable'],
    ['no date', doc({ ...record(), updatedAt: 'now' }), 'unreadable'],
    ['null', 'null', 'unreadable'],
  ])('refuses %s', (_name, raw, kind) => {
    expect(decodeTeachJoin(raw)).toMatchObject({ ok: false, kind });
  });

  it('mergeTeachJoin keeps the newer tab’s copy on a tie', () => {
    const a: TeachJoinDoc = { version: 1, sets: { [joinKey(id)]: record({ position: 1 }) } };
    const b: TeachJoinDoc = { version: 1, sets: { [joinKey(id)]: record({ position: 2 }) } };
    expect(mergeTeachJoin(a, b).sets[joinKey(id)]!.position).toBe(2);
  });
});
