import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import type { DocumentStatus } from '../../lib/save-status';
import { useHydrated } from '../use-hydrated';
import { useStore } from '../use-store';

type Say = (status: DocumentStatus, name?: string) => string | null;

interface Props {
  /** The persisted document's status store. */
  status: ReadableAtom<DocumentStatus>;
  /** What the document is called at the start of a sentence ("Your answers"). */
  name: string;
  /** The notice's lead word ("Answers: "). */
  label: string;
}

/**
 * A visible, announced notice when a teach document is not kept as expected (storage off, full, or written by a
 * newer version in another tab). The words load only when there is something to say, as on the progress pages.
 */
export function StatusNotice({ status: $status, name, label }: Props) {
  const status = useStore($status);
  const hydrated = useHydrated();
  const [say, setSay] = useState<Say | null>(null);
  const trouble = hydrated && status.kind !== 'saved';
  useEffect(() => {
    if (trouble && !say) void import('../../lib/save-status').then((m) => setSay(() => m.statusMessage));
  }, [trouble, say]);
  const message = trouble && say ? say(status, name) : null;
  return (
    <div class="notice-slot" role="status">
      {message && (
        <p class="notice notice--warning" data-testid="storage-notice">
          <strong>{label} </strong>
          {message}
        </p>
      )}
    </div>
  );
}
