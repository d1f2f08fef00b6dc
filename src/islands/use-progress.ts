import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, type ProgressDoc } from '../lib/progress';
import { $progress } from '../stores/progress';

const EMPTY = emptyProgress();

/**
 * The learner's progress for rendering. The first render returns the empty document, as the server did, so
 * hydration matches the HTML it adopts; stored progress appears on the next render.
 */
export function useProgress(): ProgressDoc {
  const progress = useStore($progress);
  return useHydrated() ? progress : EMPTY;
}

/** False during the first (hydrating) render, true after: browser-only state may show from then on. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
