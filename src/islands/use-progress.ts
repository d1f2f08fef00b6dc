import { useStore } from './use-store';
import { emptyProgress, type ProgressDoc } from '../lib/progress';
import { $progress } from '../stores/progress';
import { useHydrated } from './use-hydrated';

export { useHydrated };

const EMPTY = emptyProgress();

/**
 * The learner's progress for rendering. The first render returns the empty document, as the server did, so
 * hydration matches the HTML it adopts; stored progress appears on the next render.
 */
export function useProgress(): ProgressDoc {
  const progress = useStore($progress);
  return useHydrated() ? progress : EMPTY;
}
