import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeProgress, emptyProgress, markRead } from '../../src/lib/progress';
import type { Question } from '../../src/lib/quiz';
import { saveStatusMessage } from '../../src/lib/save-status';
import { backupSlots } from '../../src/stores/persisted-document';
import {
  $progress,
  $saveStatus,
  answerQuestion,
  markLessonRead,
  progressDocument,
  retryQuiz,
} from '../../src/stores/progress';
import { importProgress, resetAllProgress } from '../../src/stores/progress-transfer';
import { setStorageEngine, STORAGE_KEYS, type StorageEngine } from '../../src/stores/storage';
import { mount, quotaEngine, storageEvent, useMemoryStorage } from './store-helpers';

const KEY = STORAGE_KEYS.progress;
const [BACKUP, BACKUP2] = backupSlots(KEY) as [string, string];

const single: Question = {
  id: 'q1',
  type: 'single',
  prompt: 'Which?',
  explanation: 'Because.',
  topics: [],
  difficulty: 1,
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: false, feedback: 'No.' },
  ],
};
const second: Question = { ...single, id: 'q2' };
const numeric: Question = {
  id: 'n1',
  type: 'numeric',
  prompt: 'How many?',
  explanation: 'Ten thousand.',
  topics: [],
  difficulty: 1,
  answer: 10000,
  tolerance: 0,
  unit: 'requests',
};
const check = (lessonId = 'l', questionIds = ['q1', 'q2'], seed = 1) =>
  ({ kind: 'check', lessonId, questionIds, seed }) as const;

let unmount: () => void = () => undefined;
/** Mounts the progress store as an island does. */
const mountProgress = () => {
  unmount = mount($progress, $saveStatus);
};

beforeEach(() => {
  // The store listens on window for storage and pageshow events, as in the browser.
  vi.stubGlobal('window', new EventTarget());
});

afterEach(() => {
  unmount();
  cleanStores($progress, $saveStatus);
  setStorageEngine(undefined);
  vi.unstubAllGlobals();
});

describe('progress store (mounted, as islands use it)', () => {
  it('loads valid stored progress', () => {
    const doc = markRead(emptyProgress(), 'what-is-sre', new Date('2026-11-25T10:00:00.000Z'));
    useMemoryStorage({ [KEY]: encodeProgress(doc) });
    mountProgress();
    expect($progress.get()).toEqual(doc);
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
  });

  it('saves every action', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('l');
    const outcome = answerQuestion(single, ['a'], check('l', ['q1'], 7));
    expect(outcome).toMatchObject({ ok: true, saved: true, verdict: { kind: 'right', text: 'Correct.' } });
    const stored = JSON.parse(engine.data.get(KEY)!);
    expect(stored.version).toBe(2);
    expect(stored.lessons.l.readAt).toBeTruthy();
    expect(stored.lessons.l.attempts[0]).toMatchObject({ points: 1, total: 1, seed: 7 });
    retryQuiz('l', 8);
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.current).toMatchObject({ seed: 8, answers: {} });
    answerQuestion(single, ['b'], { kind: 'review', lessonId: 'l' });
    expect(JSON.parse(engine.data.get(KEY)!).reviews.q1).toMatchObject({ step: 0 });
  });

  it('grades in the store: an incomplete answer gets a hint and records nothing', () => {
    const engine = useMemoryStorage();
    mountProgress();
    expect(answerQuestion(single, [], check())).toEqual({ ok: false, hint: 'Choose an answer first.' });
    expect(answerQuestion(numeric, ['ten'], check('l', ['n1']))).toMatchObject({ ok: false });
    expect(engine.data.has(KEY)).toBe(false);
  });

  it('stores a long typed numeric answer in a form the decoder accepts (regression: all progress set aside)', () => {
    const engine = useMemoryStorage();
    mountProgress();
    const outcome = answerQuestion(numeric, [`10000${' '.repeat(200)}`], check('what-is-sre', ['n1']));
    expect(outcome).toMatchObject({ ok: true, verdict: { kind: 'right' }, record: { response: ['10000'] } });
    // A reload reads it back without setting anything aside.
    unmount();
    cleanStores($progress, $saveStatus);
    mountProgress();
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
    expect($progress.get().lessons['what-is-sre']?.current?.answers['n1']?.response).toEqual(['10000']);
    expect(engine.data.has(BACKUP)).toBe(false);
  });

  it('never writes over a newer version another tab stored while this page is open (regression)', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('a');
    const newer = JSON.stringify({ version: 3, lessons: {}, reviews: {}, more: 'of version 3' });
    // Another tab, after a deploy, saves version 3; this tab has not seen a storage event yet.
    engine.data.set(KEY, newer);
    markLessonRead('x');
    expect(engine.data.get(KEY)).toBe(newer);
    expect($saveStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
    expect(saveStatusMessage($saveStatus.get())).toBe(
      'Progress was saved by a newer version of this site in another tab. Reload this page to continue; nothing has been lost.',
    );
    // Nothing done here disappears from the screen, and later writes stay off too.
    expect($progress.get().lessons['x']?.readAt).toBeTruthy();
    answerQuestion(single, ['a'], check());
    expect(engine.data.get(KEY)).toBe(newer);
  });

  it('never writes over unreadable data another tab stored while this page is open (regression)', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('a');
    engine.data.set(KEY, '{"version":2,"lessons":{"a":');
    markLessonRead('x');
    expect(engine.data.get(KEY)).toBe('{"version":2,"lessons":{"a":');
    expect($saveStatus.get()).toEqual({ kind: 'read-only', cause: 'unreadable' });
    expect(saveStatusMessage($saveStatus.get())).toMatch(/Reload this page to continue; nothing has been lost\.$/);
  });

  it('a storage event with a newer or unreadable document switches this tab to read-only', () => {
    const engine = useMemoryStorage();
    mountProgress();
    const newer = JSON.stringify({ version: 3, lessons: {} });
    engine.data.set(KEY, newer);
    window.dispatchEvent(storageEvent(KEY, newer));
    expect($saveStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
    markLessonRead('x');
    expect(engine.data.get(KEY)).toBe(newer);
  });

  it('a storage event with a readable document merges it into memory', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('mine');
    const theirs = encodeProgress(markRead(emptyProgress(), 'theirs', new Date('2026-11-20T00:00:00.000Z')));
    engine.data.set(KEY, theirs);
    window.dispatchEvent(storageEvent(KEY, theirs));
    expect(Object.keys($progress.get().lessons).sort()).toEqual(['mine', 'theirs']);
  });

  it('reads storage again when the page returns from the back/forward cache', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('a');
    engine.data.set(KEY, encodeProgress(markRead(emptyProgress(), 'b', new Date('2026-11-20T00:00:00.000Z'))));
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(Object.keys($progress.get().lessons)).toEqual(['b']);
    engine.data.set(KEY, '{"version":9}');
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect($saveStatus.get()).toEqual({ kind: 'read-only', cause: 'newer-version' });
  });

  it('keeps unreadable data in a backup slot and starts afresh', () => {
    const engine = useMemoryStorage({ [KEY]: '{"version":1,"less' });
    mountProgress();
    expect(progressDocument.backups()).toMatchObject([{ slot: BACKUP, text: '{"version":1,"less' }]);
    expect($saveStatus.get()).toMatchObject({ kind: 'recovered' });
    expect(saveStatusMessage($saveStatus.get())).toMatch(/set aside/);
    markLessonRead('l');
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.readAt).toBeTruthy();
  });

  it('never overwrites a backup that differs: a second damage goes to a second slot (regression)', () => {
    const engine = useMemoryStorage({ [KEY]: 'first damage' });
    mountProgress();
    markLessonRead('l');
    unmount();
    cleanStores($progress, $saveStatus);
    engine.data.set(KEY, 'second damage');
    mountProgress();
    expect(progressDocument.backups().map((b) => [b.slot, b.text])).toEqual([
      [BACKUP, 'first damage'],
      [BACKUP2, 'second damage'],
    ]);
  });

  it('keeps a raw copy left by an earlier version of the site in the first slot', () => {
    const engine = useMemoryStorage({ [BACKUP]: 'kept by version 1 of the site', [KEY]: 'new damage' });
    mountProgress();
    expect(progressDocument.backups().map((b) => b.text)).toEqual(['kept by version 1 of the site', 'new damage']);
    expect(engine.data.get(BACKUP)).toBe('kept by version 1 of the site');
  });

  it('when every backup slot is taken, leaves unreadable data as it is and writes nothing', () => {
    const slots = Object.fromEntries(backupSlots(KEY).map((s, i) => [s, `copy ${i}`]));
    const engine = useMemoryStorage({ ...slots, [KEY]: 'garbage' });
    mountProgress();
    expect($saveStatus.get()).toMatchObject({ kind: 'read-only', cause: 'backup-failed' });
    markLessonRead('l');
    expect(engine.data.get(KEY)).toBe('garbage');
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
  });

  it('never overwrites unreadable data it could not back up', () => {
    setStorageEngine(quotaEngine({ [KEY]: 'garbage' }, () => true));
    mountProgress();
    expect($saveStatus.get()).toMatchObject({ kind: 'read-only', cause: 'backup-failed' });
    markLessonRead('l');
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
  });

  it('works in memory when storage is unavailable, and says so', () => {
    setStorageEngine(null);
    mountProgress();
    expect($saveStatus.get()).toEqual({ kind: 'unavailable' });
    const outcome = answerQuestion(single, ['b'], check());
    expect(outcome).toMatchObject({ ok: true, saved: false });
    expect($progress.get().lessons['l']?.current?.answers['q1']).toMatchObject({ response: ['b'], correct: false });
    expect(saveStatusMessage($saveStatus.get())).toMatch(/not being saved/);
  });

  it('works in memory when every access throws', () => {
    const throwing: StorageEngine = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    setStorageEngine(throwing);
    mountProgress();
    markLessonRead('l');
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
    expect($saveStatus.get()).toEqual({ kind: 'unavailable' });
  });

  it('reports a failed write (quota) and recovers when writes work again', () => {
    let full = true;
    const engine = quotaEngine({}, () => full);
    setStorageEngine(engine);
    mountProgress();
    markLessonRead('l');
    expect($saveStatus.get()).toEqual({ kind: 'write-failed' });
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
    full = false;
    answerQuestion(single, ['a'], check('l', ['q1']));
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.readAt).toBeTruthy();
  });

  it('erasing reports the real outcome: not saved when the write fails (regression)', () => {
    let full = false;
    const engine = quotaEngine({}, () => full);
    setStorageEngine(engine);
    mountProgress();
    markLessonRead('l');
    full = true;
    expect(resetAllProgress()).toMatchObject({ saved: false, status: { kind: 'write-failed' } });
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.readAt).toBeTruthy();
    full = false;
    expect(resetAllProgress()).toEqual({ saved: true });
    expect(JSON.parse(engine.data.get(KEY)!).lessons).toEqual({});
  });

  it('leaves data from a newer version untouched', () => {
    const future = JSON.stringify({ version: 99, lessons: {}, more: 1 });
    const engine = useMemoryStorage({ [KEY]: future });
    mountProgress();
    expect($saveStatus.get()).toMatchObject({ kind: 'read-only', cause: 'newer-version' });
    markLessonRead('l');
    expect(engine.data.get(KEY)).toBe(future);
    expect(progressDocument.backups()).toEqual([]);
    expect(progressDocument.storedText()).toBe(future);
  });

  it('migrates data saved by an earlier version once the migrations have loaded', async () => {
    const v1 = JSON.stringify({ version: 1, lessons: { l: { readAt: '2026-11-20T09:00:00.000Z', answers: {} } } });
    const engine = useMemoryStorage({ [KEY]: v1 });
    mountProgress();
    expect($saveStatus.get()).toEqual({ kind: 'migrating' });
    markLessonRead('m');
    // Nothing is written over the old data before it is migrated.
    expect(engine.data.get(KEY)).toBe(v1);
    await vi.waitFor(() => expect($progress.get().lessons['l']?.readAt).toBe('2026-11-20T09:00:00.000Z'));
    // What was done meanwhile is kept and saved with the migrated data.
    expect(JSON.parse(engine.data.get(KEY)!)).toMatchObject({
      version: 2,
      lessons: { l: { readAt: '2026-11-20T09:00:00.000Z' }, m: {} },
    });
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
  });

  it('merges what another tab saved into each write, question by question', () => {
    const engine = useMemoryStorage();
    mountProgress();
    answerQuestion(single, ['a'], check('l', ['q1', 'q2'], 3));
    // Another tab answers q2 of the same attempt and saves.
    const other = JSON.parse(engine.data.get(KEY)!);
    other.lessons.l.current.answers.q2 = { response: ['b'], correct: false, credit: 0, at: new Date().toISOString() };
    engine.data.set(KEY, JSON.stringify(other));
    markLessonRead('l');
    const stored = JSON.parse(engine.data.get(KEY)!);
    expect(Object.keys(stored.lessons.l.current.answers).sort()).toEqual(['q1', 'q2']);
    expect(stored.lessons.l.readAt).toBeTruthy();
    void second;
  });

  it('imports by merging or by replacing, and resets', () => {
    const engine = useMemoryStorage();
    mountProgress();
    markLessonRead('here');
    const imported = markRead(emptyProgress(), 'there', new Date('2026-11-01T00:00:00.000Z'));
    expect(importProgress(imported, 'merge')).toEqual({ saved: true });
    expect(Object.keys(JSON.parse(engine.data.get(KEY)!).lessons).sort()).toEqual(['here', 'there']);
    importProgress(imported, 'replace');
    expect(Object.keys(JSON.parse(engine.data.get(KEY)!).lessons)).toEqual(['there']);
    resetAllProgress();
    expect(JSON.parse(engine.data.get(KEY)!).lessons).toEqual({});
    expect($progress.get().lessons).toEqual({});
  });

  it('keeps data it could not read aside before an explicit reset overwrites it', () => {
    const future = JSON.stringify({ version: 99, lessons: {} });
    const engine = useMemoryStorage({ [KEY]: future });
    mountProgress();
    expect(resetAllProgress()).toEqual({ saved: true });
    expect(progressDocument.backups().map((b) => b.text)).toEqual([future]);
    expect(JSON.parse(engine.data.get(KEY)!).version).toBe(2);
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
  });
});

describe('progress store migrations that cannot load', () => {
  it('says so, and writes nothing meanwhile', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/progress-migrations', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const store = await import('../../src/stores/progress');
    const storage = await import('../../src/stores/storage');
    const { memoryEngine } = storage;
    const v1 = JSON.stringify({ version: 1, lessons: {} });
    const engine = memoryEngine({ [KEY]: v1 });
    storage.setStorageEngine(engine);
    const stop = mount(store.$progress, store.$saveStatus);
    await vi.waitFor(() => expect(store.$saveStatus.get()).toMatchObject({ cause: 'migration-unavailable' }));
    store.markLessonRead('l');
    expect(engine.data.get(KEY)).toBe(v1);
    expect(saveStatusMessage(store.$saveStatus.get())).toMatch(/could not be loaded.*Nothing has been lost/);
    stop();
    storage.setStorageEngine(undefined);
    vi.doUnmock('../../src/lib/progress-migrations');
  });
});
