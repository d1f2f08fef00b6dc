import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * A store's value for a component, re-rendered on every change. Subscribing mounts the store, as an island
 * does. (A few lines in place of `@nanostores/preact`, whose key-tracking the site does not use.)
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState(0);
  useEffect(() => store.subscribe(() => rerender((n) => n + 1)), [store]);
  return store.get();
}
