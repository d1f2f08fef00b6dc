import { useEffect, useState } from 'preact/hooks';

/** False during the first (hydrating) render, true after: browser-only state may show from then on. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
