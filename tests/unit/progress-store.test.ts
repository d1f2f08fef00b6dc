import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeProgress, emptyProgress, markRead } from '../../src/lib/progress';
import { saveStatusMessage } from '../../src/lib/save-status';
import {
  $progress,
  $saveStatus,
  answerQuestion,
  answerReview,
  importProgress,
  loadProgress,
  resetAllProgress,
  markLessonRead,
  retryQuiz,
} from '../../src/stores/progress';
import { memoryEngine, setStorageEngine, STORAGE_KEYS, type StorageEngine } from '../../src/stores/storage';

const KEY = STORAGE_KEYS.progress;
const right = { response: ['a'], correct: true, credit: 1 };
const wrong = { response: ['b'], correct: false, credit: 0 };
const BACKUP = STORAGE_KEYS.progressBackup;

afterEach(() => {
  cleanStores($progress, $saveStatus);
  setStorageEngine(undefined);
});

describe('progress store', () => {
  it('loads valid stored progress', () => {
    const doc = markRead(emptyProgress(), 'what-is-sre', new Date('2026-11-25T10:00:00.000Z'));
    setStorageEngine(memoryEngine({ [KEY]: encodeProgress(doc) }));
    loadProgress();
    expect($progress.get()).toEqual(doc);
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
  });

  it('saves every action', () => {
    const engine = memoryEngine();
    setStorageEngine(engine);
    loadProgress();
    markLessonRead('l');
    answerQuestion('l', ['q1'], 'q1', right, 7);
    const stored = JSON.parse(engine.data.get(KEY)!);
    expect(stored.version).toBe(2);
    expect(stored.lessons.l.readAt).toBeTruthy();
    expect(stored.lessons.l.attempts[0]).toMatchObject({ points: 1, total: 1, seed: 7 });
    retryQuiz('l', 8);
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.current).toMatchObject({ seed: 8, answers: {} });
    answerReview('q1', 'l', false);
    expect(JSON.parse(engine.data.get(KEY)!).reviews.q1).toMatchObject({ step: 0 });
  });

  it('keeps unreadable data under the backup key and starts afresh', () => {
    const engine = memoryEngine({ [KEY]: '{"version":1,"less' });
    setStorageEngine(engine);
    loadProgress();
    expect(engine.data.get(BACKUP)).toBe('{"version":1,"less');
    expect($saveStatus.get()).toMatchObject({ kind: 'recovered', backupKey: BACKUP });
    expect(saveStatusMessage($saveStatus.get())).toContain(BACKUP);
    markLessonRead('l');
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.readAt).toBeTruthy();
  });

  it('never overwrites unreadable data it could not back up', () => {
    const engine = memoryEngine({ [KEY]: 'garbage' });
    setStorageEngine({
      ...engine,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    loadProgress();
    expect($saveStatus.get().kind).toBe('unreadable-kept');
    markLessonRead('l');
    expect(engine.data.get(KEY)).toBe('garbage');
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
  });

  it('works in memory when storage is unavailable, and says so', () => {
    setStorageEngine(null);
    loadProgress();
    expect($saveStatus.get()).toEqual({ kind: 'unavailable' });
    answerQuestion('l', ['q1', 'q2'], 'q1', wrong, 1);
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
    loadProgress();
    markLessonRead('l');
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
    expect($saveStatus.get()).toEqual({ kind: 'unavailable' });
  });

  it('reports a failed write (quota) and recovers when writes work again', () => {
    const engine = memoryEngine();
    let full = true;
    setStorageEngine({
      ...engine,
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        engine.setItem(k, v);
      },
    });
    loadProgress();
    markLessonRead('l');
    expect($saveStatus.get()).toEqual({ kind: 'write-failed' });
    expect($progress.get().lessons['l']?.readAt).toBeTruthy();
    full = false;
    answerQuestion('l', ['q'], 'q', right, 1);
    expect($saveStatus.get()).toEqual({ kind: 'saved' });
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.readAt).toBeTruthy();
  });

  it('leaves data from a newer version untouched', () => {
    const future = JSON.stringify({ version: 99, lessons: {}, more: 1 });
    const engine = memoryEngine({ [KEY]: future });
    setStorageEngine(engine);
    loadProgress();
    expect($saveStatus.get().kind).toBe('future-version');
    markLessonRead('l');
    expect(engine.data.get(KEY)).toBe(future);
    expect(engine.data.has(BACKUP)).toBe(false);
  });

  it('migrates data saved by an earlier version once the migrations have loaded', async () => {
    const v1 = JSON.stringify({ version: 1, lessons: { l: { readAt: '2026-11-20T09:00:00.000Z', answers: {} } } });
    const engine = memoryEngine({ [KEY]: v1 });
    setStorageEngine(engine);
    loadProgress();
    markLessonRead('m');
    // Nothing is written over the old data before it is migrated.
    expect(engine.data.get(KEY)).toBe(v1);
    await vi.waitFor(() => expect($progress.get().lessons['l']?.readAt).toBe('2026-11-20T09:00:00.000Z'));
    markLessonRead('m');
    expect(JSON.parse(engine.data.get(KEY)!)).toMatchObject({
      version: 2,
      lessons: { l: { readAt: '2026-11-20T09:00:00.000Z' } },
    });
  });

  it('merges what another tab saved into each write, question by question', () => {
    const engine = memoryEngine();
    setStorageEngine(engine);
    loadProgress();
    answerQuestion('l', ['q1', 'q2'], 'q1', right, 3);
    // Another tab answers q2 of the same attempt and saves.
    const other = JSON.parse(engine.data.get(KEY)!);
    other.lessons.l.current.answers.q2 = { ...wrong, at: new Date().toISOString() };
    engine.data.set(KEY, JSON.stringify(other));
    markLessonRead('l');
    const stored = JSON.parse(engine.data.get(KEY)!);
    expect(Object.keys(stored.lessons.l.current.answers).sort()).toEqual(['q1', 'q2']);
    expect(stored.lessons.l.readAt).toBeTruthy();
  });

  it('imports by merging or by replacing, and resets', () => {
    const engine = memoryEngine();
    setStorageEngine(engine);
    loadProgress();
    markLessonRead('here');
    const imported = markRead(emptyProgress(), 'there', new Date('2026-11-01T00:00:00.000Z'));
    importProgress(imported, 'merge');
    expect(Object.keys(JSON.parse(engine.data.get(KEY)!).lessons).sort()).toEqual(['here', 'there']);
    importProgress(imported, 'replace');
    expect(Object.keys(JSON.parse(engine.data.get(KEY)!).lessons)).toEqual(['there']);
    resetAllProgress();
    expect(JSON.parse(engine.data.get(KEY)!).lessons).toEqual({});
    expect($progress.get().lessons).toEqual({});
  });

  it('keeps data it could not read aside before an explicit reset overwrites it', () => {
    const future = JSON.stringify({ version: 99, lessons: {} });
    const engine = memoryEngine({ [KEY]: future });
    setStorageEngine(engine);
    loadProgress();
    resetAllProgress();
    expect(engine.data.get(BACKUP)).toBe(future);
    expect(JSON.parse(engine.data.get(KEY)!).version).toBe(2);
  });

  it('loads from storage when the first listener subscribes', () => {
    setStorageEngine(
      memoryEngine({ [KEY]: encodeProgress(markRead(emptyProgress(), 'x', new Date('2026-11-25T10:00:00.000Z'))) }),
    );
    const seen: string[] = [];
    const stop = $progress.subscribe((doc) => seen.push(Object.keys(doc.lessons).join()));
    expect(seen.at(-1)).toBe('x');
    stop();
  });
});
