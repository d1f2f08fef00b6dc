import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import type { DocumentStatus } from '../lib/save-status';
import { $saveStatus } from '../stores/progress';
import { useHydrated } from './use-hydrated';
import { useStore } from './use-store';

type Say = (status: DocumentStatus, name?: string) => string | null;

interface Props {
  /** The status of the persisted document this notice speaks for (default: progress). */
  status?: ReadableAtom<DocumentStatus>;
  /** What the document is, as the notice's label and in its sentences, e.g. "Progress", "Your questionnaire". */
  label?: string;
  name?: string;
}

/**
 * A visible, announced notice when a document (progress, the questionnaire's answers) is not saved as expected.
 * Renders nothing while all is well; the words load only when there is something to say, so a page where saving
 * works never downloads them.
 */
export function StorageNotice({ status: store = $saveStatus, label = 'Progress', name }: Props = {}) {
  const status = useStore(store);
  const hydrated = useHydrated();
  const [say, setSay] = useState<Say | null>(null);
  const trouble = hydrated && status.kind !== 'saved';
  useEffect(() => {
    if (trouble && !say) void import('../lib/save-status').then((m) => setSay(() => m.statusMessage));
  }, [trouble, say]);
  const message = trouble && say ? say(status, name) : null;
  return (
    <div class="notice-slot" role="status">
      {message && (
        <p class="notice notice--warning" data-testid="storage-notice">
          <strong>{label}: </strong>
          {message}
        </p>
      )}
    </div>
  );
}
