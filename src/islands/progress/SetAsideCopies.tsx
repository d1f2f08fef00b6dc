import { useState } from 'preact/hooks';
import type { BackupCopy } from '../../stores/persisted-document';
import { progressDocument } from '../../stores/progress';
import { restoreSetAsideCopy } from '../../stores/progress-transfer';
import { downloadFile } from '../download';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Restores a copy and says, in words, what became of it. */
async function restore(copy: BackupCopy): Promise<string> {
  const r = await restoreSetAsideCopy(copy);
  if (!r.ok) {
    return r.reason === 'future-version'
      ? 'This copy was saved by a newer version of this site; reload the page to get that version, then restore it.'
      : 'Nothing in this copy can be read, so it cannot be restored. Download it to keep it.';
  }
  const left = [
    r.dropped.lessons && plural(r.dropped.lessons, 'damaged lesson'),
    r.dropped.reviews && plural(r.dropped.reviews, 'damaged review item'),
  ].filter(Boolean);
  const what = `${plural(r.lessons, 'lesson')} and ${plural(r.reviews, 'review item')}`;
  const dropped = r.dropped.lessons + r.dropped.reviews;
  const omitted = left.length
    ? `; ${left.join(' and ')} could not be read and ${dropped === 1 ? 'was' : 'were'} left out`
    : '';
  return r.saved
    ? `Restored: ${what} merged into your progress${omitted}.`
    : `${what} were read${omitted}, but could not be saved: they show on this page only.`;
}

/**
 * Copies of progress this browser could not read, kept aside instead of being thrown away: each can be
 * downloaded as it is, restored (whatever still reads is merged into the current progress) or deleted.
 */
export function SetAsideCopies({ locked }: { locked: boolean }) {
  const [copies, setCopies] = useState(() => progressDocument.backups());
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  if (copies.length === 0 && !message) return null;

  function remove(slot: string) {
    setConfirming(null);
    setMessage(progressDocument.deleteBackup(slot) ? 'The copy was deleted.' : 'The copy could not be deleted.');
    setCopies(progressDocument.backups());
  }

  return (
    <section class="card dash-section" aria-labelledby="set-aside" data-testid="set-aside">
      <h2 id="set-aside" class="card__title">
        Set-aside copies
      </h2>
      <p>
        When saved progress could not be read, it was kept here instead of being thrown away. Download a copy to keep
        it, restore it to bring back whatever still reads, or delete it once you no longer need it.
      </p>
      <ul class="set-aside-list">
        {copies.map((copy, i) => (
          <li key={copy.slot} data-testid="set-aside-copy">
            <p>
              Copy {i + 1}: {copy.at ? `set aside ${dateFormat.format(new Date(copy.at))}` : 'set aside earlier'},{' '}
              {plural(copy.text.length, 'character')}.
            </p>
            <p class="dash-actions">
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => downloadFile(`field-guide-set-aside-copy-${i + 1}.txt`, copy.text, 'text/plain')}
              >
                Download copy {i + 1}
              </button>{' '}
              <button
                type="button"
                class="button button--secondary button--small"
                disabled={locked}
                onClick={() => void restore(copy).then(setMessage)}
              >
                Restore copy {i + 1}
              </button>{' '}
              {confirming === copy.slot ? (
                <span role="group" aria-label={`Delete copy ${i + 1}?`}>
                  <button type="button" class="button button--danger button--small" onClick={() => remove(copy.slot)}>
                    Yes, delete copy {i + 1}
                  </button>{' '}
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => setConfirming(null)}
                  >
                    Keep it
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="button button--secondary button--small"
                  disabled={locked}
                  onClick={() => setConfirming(copy.slot)}
                >
                  Delete copy {i + 1}…
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" data-testid="set-aside-status">
        {message}
      </p>
    </section>
  );
}
