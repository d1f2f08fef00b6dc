import { useEffect, useState } from 'preact/hooks';
import type { DocumentStatus } from '../../lib/save-status';
import { $decideStatus } from '../../stores/decide';
import { useHydrated } from '../use-hydrated';
import { useStore } from '../use-store';

type Say = (status: DocumentStatus, name?: string) => string | null;

/**
 * A visible, announced notice when the answers are not kept as expected (storage off, full, or written by a
 * newer version in another tab). The words load only when there is something to say, as on the progress pages.
 */
export function DecideStorageNotice() {
  const status = useStore($decideStatus);
  const hydrated = useHydrated();
  const [say, setSay] = useState<Say | null>(null);
  const trouble = hydrated && status.kind !== 'saved';
  useEffect(() => {
    if (trouble && !say) void import('../../lib/save-status').then((m) => setSay(() => m.statusMessage));
  }, [trouble, say]);
  const message = trouble && say ? say(status, 'Your questionnaire') : null;
  return (
    <div class="notice-slot" role="status">
      {message && (
        <p class="notice notice--warning" data-testid="storage-notice">
          <strong>Answers: </strong>
          {message}
        </p>
      )}
    </div>
  );
}
