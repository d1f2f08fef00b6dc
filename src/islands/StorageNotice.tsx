import { useStore } from '@nanostores/preact';
import { saveStatusMessage } from '../lib/save-status';
import { $saveStatus } from '../stores/progress';
import { useHydrated } from './use-progress';

/** A visible, announced notice when progress is not saved as expected. Renders nothing while all is well. */
export function StorageNotice() {
  const status = useStore($saveStatus);
  const message = useHydrated() ? saveStatusMessage(status) : null;
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
