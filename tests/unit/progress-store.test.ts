import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeProgress, emptyProgress, markRead } from '../../src/lib/progress';
import { saveStatusMessage } from '../../src/lib/save-status';
import {
  $progress,
  $saveStatus,
  answerQuestion,
  loadProgress,
  markLessonRead,
  retryQuiz,
} from '../../src/stores/progress';
import { memoryEngine, setStorageEngine, STORAGE_KEYS, type StorageEngine } from '../../src/stores/storage';

const KEY = STORAGE_KEYS.progress;
const BACKUP = STORAGE_KEYS.progressBackup;

afterEach(() => {
  cleanStores($progress, $saveStatus);
  setStorageEngine(undefined);
});

describe('progress store', () => {
  it('loads valid stored progress', () => {
    const doc = markRead(emptyProgress(), 'what-is-sre', '2026-11-25T10:00:00.000Z');
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
    answerQuestion('l', ['q1'], 'q1', ['a'], true);
    const stored = JSON.parse(engine.data.get(KEY)!);
    expect(stored.lessons.l.readAt).toBeTruthy();
    expect(stored.lessons.l.lastScore).toMatchObject({ correct: 1, total: 1 });
    retryQuiz('l');
    expect(JSON.parse(engine.data.get(KEY)!).lessons.l.answers).toEqual({});
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
    answerQuestion('l', ['q1', 'q2'], 'q1', ['b'], false);
    expect($progress.get().lessons['l']?.answers['q1']).toMatchObject({ selected: ['b'], correct: false });
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
    answerQuestion('l', ['q'], 'q', ['a'], true);
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

  it('loads from storage when the first listener subscribes', () => {
    setStorageEngine(
      memoryEngine({ [KEY]: encodeProgress(markRead(emptyProgress(), 'x', '2026-11-25T10:00:00.000Z')) }),
    );
    const seen: string[] = [];
    const stop = $progress.subscribe((doc) => seen.push(Object.keys(doc.lessons).join()));
    expect(seen.at(-1)).toBe('x');
    stop();
  });
});
