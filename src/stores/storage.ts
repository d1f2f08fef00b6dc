/**
 * Guarded access to the browser's storage. Every read and write of the site goes through here, because
 * storage can throw at any time: blocked by the browser, private mode, or a full quota.
 */

/** The subset of the Web Storage API the site uses; tests pass their own. */
export interface StorageEngine {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Namespaced keys: every key the site stores lives here, nowhere else. */
export const STORAGE_KEYS = {
  progress: 'fg:progress',
  settings: 'fg:settings',
  /** The Decide questionnaire's answers in progress and earlier runs (src/stores/decide.ts). */
  decide: 'fg:decide',
  /** A learner's answers to class quiz sets joined on this device (src/stores/teach-join.ts). */
  teachJoin: 'fg:teach-join',
  /** A trainer's pasted result codes per class quiz set (src/stores/teach-results.ts). */
  teachResults: 'fg:teach-results',
  /** Also read by the inline no-flash script in `src/scripts/theme-init.js`. */
  theme: 'fg:theme',
} as const;

let testEngine: StorageEngine | null | undefined;

/** Replaces the browser's storage (tests). `null` simulates storage that is not available at all. */
export function setStorageEngine(engine: StorageEngine | null | undefined): void {
  testEngine = engine;
}

function engine(): StorageEngine | null {
  if (testEngine !== undefined) return testEngine;
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Accessing window.localStorage itself throws when the browser blocks storage for the site.
    return null;
  }
}

export type ReadResult = { ok: true; value: string | null } | { ok: false };

/** Reads a key; `{ ok: false }` when storage is unavailable or throws. */
export function readKey(key: string): ReadResult {
  const store = engine();
  if (!store) return { ok: false };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Writes a key; false when storage is unavailable or the write fails (e.g. quota exceeded). */
export function writeKey(key: string, value: string): boolean {
  const store = engine();
  if (!store) return false;
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key; false when storage is unavailable or throws. */
export function removeKey(key: string): boolean {
  const store = engine();
  if (!store) return false;
  try {
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** A small in-memory engine, for tests and as a model of the interface. */
export function memoryEngine(initial: Record<string, string> = {}): StorageEngine & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
