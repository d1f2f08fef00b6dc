import type { ReadableAtom } from 'nanostores';
import { memoryEngine, setStorageEngine, type StorageEngine } from '../../src/stores/storage';

/**
 * Mounts stores the way an island does (a live subscriber), so actions run against a mounted store: no reload
 * from storage before each action, as happens when an unmounted store is read. Returns the unmount function.
 */
export function mount(...stores: ReadableAtom<unknown>[]): () => void {
  const stops = stores.map((s) => s.listen(() => undefined));
  return () => stops.forEach((stop) => stop());
}

/** A memory engine installed as the site's storage. */
export function useMemoryStorage(initial: Record<string, string> = {}) {
  const engine = memoryEngine(initial);
  setStorageEngine(engine);
  return engine;
}

/** A storage engine whose writes fail (a full quota) while `full()` says so. */
export function quotaEngine(
  initial: Record<string, string>,
  full: () => boolean,
): StorageEngine & {
  data: Map<string, string>;
} {
  const engine = memoryEngine(initial);
  return {
    ...engine,
    setItem: (k, v) => {
      if (full()) throw new DOMException('full', 'QuotaExceededError');
      engine.setItem(k, v);
    },
  };
}

/** What a `storage` event from another tab carries. */
export function storageEvent(key: string | null, newValue: string | null): StorageEvent {
  return Object.assign(new Event('storage'), { key, newValue, oldValue: null }) as StorageEvent;
}
