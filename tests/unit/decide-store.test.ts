import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNKNOWN } from '../../src/lib/decide/model';
import { statusMessage } from '../../src/lib/save-status';
import {
  $decideStatus,
  answerQuestion,
  decideDocument,
  decideStore,
  decodeDecide,
  finishRun,
  goToQuestion,
  MAX_RUNS,
  mergeDecide,
  startOver,
  type DecideDoc,
} from '../../src/stores/decide';
import { backupSlots } from '../../src/stores/persisted-document';
import { setStorageEngine, STORAGE_KEYS } from '../../src/stores/storage';
import { mount, quotaEngine, storageEvent, useMemoryStorage } from './store-helpers';

const KEY = STORAGE_KEYS.decide;
const [BACKUP] = backupSlots(KEY) as [string];
const stored = (engine: { data: Map<string, string> }) => JSON.parse(engine.data.get(KEY)!) as DecideDoc;
const doc = (over: Partial<DecideDoc> = {}): DecideDoc => ({ version: 1, answers: {}, position: 0, runs: [], ...over });

let unmount: () => void = () => undefined;
/** Mounts the store as the questionnaire island does. */
const mountDecide = () => {
  unmount = mount(decideStore, $decideStatus);
};
/** A reload: the island goes, the store is cleaned, the island comes back. */
const reload = () => {
  unmount();
  cleanStores(decideStore, $decideStatus);
  mountDecide();
};

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
});

afterEach(() => {
  unmount();
  cleanStores(decideStore, $decideStatus);
  setStorageEngine(undefined);
  vi.unstubAllGlobals();
});

describe('decide store (mounted, as the island uses it)', () => {
  it('saves each answer and the position; a reload resumes at the same question', () => {
    const engine = useMemoryStorage();
    mountDecide();
    answerQuestion('users', 'customers-blocked');
    answerQuestion('promise', UNKNOWN);
    goToQuestion(2);
    expect(stored(engine)).toEqual(doc({ answers: { users: 'customers-blocked', promise: UNKNOWN }, position: 2 }));
    reload();
    expect(decideStore.get()).toMatchObject({ answers: { users: 'customers-blocked', promise: UNKNOWN }, position: 2 });
    expect($decideStatus.get()).toEqual({ kind: 'saved' });
  });

  it('changing an answer replaces it; ids that cannot come from the questionnaire are ignored', () => {
    const engine = useMemoryStorage();
    mountDecide();
    answerQuestion('users', 'internal');
    answerQuestion('users', 'own-team');
    answerQuestion('__proto__', 'x');
    answerQuestion('users', '<script>');
    goToQuestion(-3);
    expect(stored(engine).answers).toEqual({ users: 'own-team' });
    expect(stored(engine).position).toBe(0);
    goToQuestion(Number.NaN);
    goToQuestion(4.7);
    expect(stored(engine).position).toBe(4);
  });

  it('finishRun keeps the answers with the time and the questionnaire version; startOver keeps the runs', () => {
    const engine = useMemoryStorage();
    mountDecide();
    finishRun(1, new Date('2026-09-01T10:00:00.000Z'));
    expect(decideStore.get().runs).toEqual([]); // nothing answered: nothing to keep
    answerQuestion('users', 'internal');
    finishRun(1, new Date('2026-09-01T10:00:00.000Z'));
    finishRun(1, new Date('2026-09-01T10:00:20.000Z')); // a double click
    expect(stored(engine).runs).toEqual([
      { at: '2026-09-01T10:00:00.000Z', answers: { users: 'internal' }, version: 1 },
    ]);
    startOver();
    expect(stored(engine)).toMatchObject({ answers: {}, position: 0 });
    answerQuestion('users', 'internal');
    finishRun(2, new Date('2026-12-01T10:00:00.000Z'));
    expect(stored(engine).runs.map((r) => [r.at, r.version])).toEqual([
      ['2026-09-01T10:00:00.000Z', 1],
      ['2026-12-01T10:00:00.000Z', 2],
    ]);
  });

  it(`keeps the newest ${MAX_RUNS} runs`, () => {
    const engine = useMemoryStorage();
    mountDecide();
    answerQuestion('users', 'internal');
    for (let i = 0; i < MAX_RUNS + 3; i++) finishRun(1, new Date(Date.UTC(2026, 0, 1 + i)));
    const runs = stored(engine).runs;
    expect(runs).toHaveLength(MAX_RUNS);
    expect(runs[0]!.at).toBe('2026-01-04T00:00:00.000Z');
  });

  it('merges what another tab saved: its runs are kept, the latest answers win', () => {
    const engine = useMemoryStorage();
    mountDecide();
    answerQuestion('users', 'internal');
    finishRun(1, new Date('2026-10-01T00:00:00.000Z'));
    const theirs = doc({
      answers: { users: 'own-team' },
      runs: [{ at: '2026-11-01T00:00:00.000Z', answers: { users: 'own-team' }, version: 1 }],
    });
    engine.data.set(KEY, JSON.stringify(theirs));
    window.dispatchEvent(storageEvent(KEY, JSON.stringify(theirs)));
    expect(decideStore.get().runs.map((r) => r.at)).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z']);
    expect(decideStore.get().answers).toEqual({ users: 'own-team' });
    goToQuestion(5);
    expect(stored(engine).runs).toHaveLength(2);
  });

  it('never writes over a newer version, and says so', () => {
    const future = JSON.stringify({ version: 2, answers: {}, more: true });
    const engine = useMemoryStorage({ [KEY]: future });
    mountDecide();
    expect($decideStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
    answerQuestion('users', 'internal');
    expect(engine.data.get(KEY)).toBe(future);
    expect(decideStore.get().answers).toEqual({ users: 'internal' }); // stays on screen
    expect(statusMessage($decideStatus.get(), 'Your questionnaire')).toBe(
      'Your questionnaire was saved by a newer version of this site in another tab. Reload this page to continue; nothing has been lost.',
    );
  });

  it('sets unreadable data aside and starts afresh', () => {
    const engine = useMemoryStorage({ [KEY]: '{"version":1,"answers":{"users":' });
    mountDecide();
    expect($decideStatus.get()).toMatchObject({ kind: 'recovered' });
    expect(decideDocument.backups()).toMatchObject([{ slot: BACKUP, text: '{"version":1,"answers":{"users":' }]);
    answerQuestion('users', 'internal');
    expect(stored(engine).answers).toEqual({ users: 'internal' });
  });

  it('works in memory when storage fails, and reports it', () => {
    setStorageEngine(quotaEngine({}, () => true));
    mountDecide();
    answerQuestion('users', 'internal');
    expect($decideStatus.get()).toEqual({ kind: 'write-failed' });
    expect(decideStore.get().answers).toEqual({ users: 'internal' });
    setStorageEngine(null);
    reload();
    expect($decideStatus.get()).toEqual({ kind: 'unavailable' });
    answerQuestion('users', 'own-team');
    expect(decideStore.get().answers).toEqual({ users: 'own-team' });
  });
});

describe('decodeDecide', () => {
  it('reads what the store writes', () => {
    const d = doc({
      answers: { users: 'internal', slos: UNKNOWN },
      position: 3,
      runs: [{ at: '2026-11-01T00:00:00.000Z', answers: {}, version: 1 }],
    });
    expect(decodeDecide(JSON.stringify(d))).toEqual({ ok: true, value: d });
  });

  it.each([
    ['not JSON', '{"version":1,', 'unreadable'],
    ['a newer version', '{"version":7}', 'future-version'],
    ['answers that are not ids', JSON.stringify(doc({ answers: { users: '<b>' } })), 'unreadable'],
    ['a reserved key', '{"version":1,"answers":{"constructor":"x"},"position":0,"runs":[]}', 'unreadable'],
    ['a negative position', JSON.stringify(doc({ position: -1 })), 'unreadable'],
    [
      'too many runs',
      JSON.stringify(
        doc({
          runs: Array.from({ length: MAX_RUNS + 1 }, () => ({
            at: '2026-11-01T00:00:00.000Z',
            answers: {},
            version: 1,
          })),
        }),
      ),
      'unreadable',
    ],
    [
      'a run without a date',
      JSON.stringify(doc({ runs: [{ at: 'yesterday', answers: {}, version: 1 }] })),
      'unreadable',
    ],
    ['no version', '{"answers":{}}', 'unreadable'],
    ['null', 'null', 'unreadable'],
  ])('refuses %s', (_name, raw, kind) => {
    expect(decodeDecide(raw)).toMatchObject({ ok: false, kind });
  });

  it('mergeDecide keeps one copy of each run, oldest first', () => {
    const run = (at: string) => ({ at, answers: { users: 'internal' }, version: 1 });
    const merged = mergeDecide(
      doc({ runs: [run('2026-01-02T00:00:00.000Z'), run('2026-01-01T00:00:00.000Z')] }),
      doc({ runs: [run('2026-01-01T00:00:00.000Z')], position: 4 }),
    );
    expect(merged.runs.map((r) => r.at)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']);
    expect(merged.position).toBe(4);
  });
});
