import { useStore } from './use-store';
import { bestAttempt } from '../lib/progress';
import { completionDate, hasCompletedPath } from '../lib/progress-summary';
import { passes, PASS_PERCENT } from '../lib/quiz';
import { statusMessage } from '../lib/save-status';
import { $settings, $settingsStatus, MAX_NAME_LENGTH, setLearnerName } from '../stores/settings';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { NeedsScript } from './NeedsScript';

interface Props {
  lessons: { id: string; title: string; href: string }[];
}

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

/** The completion certificate: printable once every knowledge check is passed at 80% or more. */
export default function Certificate({ lessons }: Props) {
  const hydrated = useHydrated();
  const doc = useProgress();
  const settings = useStore($settings);
  const settingsStatus = useStore($settingsStatus);
  const ids = lessons.map((l) => l.id);
  if (!hydrated) return <NeedsScript what="The certificate" />;

  if (!hasCompletedPath(doc, ids)) {
    const open = lessons.filter((l) => {
      const best = bestAttempt(doc.lessons[l.id]?.attempts ?? []);
      return !best || !passes(best.percent);
    });
    return (
      <div data-testid="certificate-locked">
        <StorageNotice />
        <p>
          The certificate is yours once every lesson's knowledge check is passed with {PASS_PERCENT}% or more.{' '}
          {open.length} of {lessons.length} still to pass:
        </p>
        <ul>
          {open.map((l) => {
            const best = bestAttempt(doc.lessons[l.id]?.attempts ?? []);
            return (
              <li key={l.id}>
                <a href={l.href}>{l.title}</a> — {best ? `best so far ${best.percent}%` : 'not taken yet'}
              </li>
            );
          })}
        </ul>
      </div>
    );
  }

  const completed = completionDate(doc, ids);
  const name = settings.learnerName.trim();
  return (
    <div data-testid="certificate">
      <StorageNotice />
      <div class="certificate-form">
        <label for="learner-name">Your name, as it should appear on the certificate</label>
        <input
          id="learner-name"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={settings.learnerName}
          onInput={(e) => setLearnerName((e.target as HTMLInputElement).value)}
        />
        <p class="hint" role="status">
          {statusMessage(settingsStatus, 'Your name') ?? 'Kept in this browser only.'}
        </p>
        <button type="button" class="button" onClick={() => window.print()} disabled={!name}>
          Print the certificate
        </button>
      </div>
      <article class="certificate" aria-label="Certificate of completion">
        <p class="certificate__kicker">Certificate of completion</p>
        <p class="certificate__name" data-testid="certificate-name">
          {name || 'Your name'}
        </p>
        <p>
          has completed the DevOps &amp; SRE Field Guide learning path, passing all {lessons.length} knowledge checks
          with {PASS_PERCENT}% or more.
        </p>
        <p class="certificate__date">{completed ? dayFormat.format(new Date(completed)) : ''}</p>
      </article>
    </div>
  );
}
