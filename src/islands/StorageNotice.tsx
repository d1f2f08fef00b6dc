import { useEffect, useState } from 'preact/hooks';
import type { DocumentStatus } from '../lib/save-status';
import { $saveStatus } from '../stores/progress';
import { useHydrated } from './use-hydrated';
import { useStore } from './use-store';

type Say = (status: DocumentStatus) => string | null;

/**
 * A visible, announced notice when progress is not saved as expected. Renders nothing while all is well; the
 * words load only when there is something to say, so a page where saving works never downloads them.
 */
export function StorageNotice() {
  const status = useStore($saveStatus);
  const hydrated = useHydrated();
  const [say, setSay] = useState<Say | null>(null);
  const trouble = hydrated && status.kind !== 'saved';
  useEffect(() => {
    if (trouble && !say) void import('../lib/save-status').then((m) => setSay(() => m.saveStatusMessage));
  }, [trouble, say]);
  const message = trouble && say ? say(status) : null;
  return (
    <div class="notice-slot" role="status">
      {message && (
        <p class="notice notice--warning" data-testid="storage-notice">
          <strong>Progress: </strong>
          {message}
        </p>
      )}
    </div>
  );
}
