import { Printer } from 'lucide';
import {
  formatCompletionDate,
  isEarned,
  summariseCertificate,
  type CertificateLesson,
  type CertificateTrack,
} from '../lib/certificate';
import { statusMessage } from '../lib/save-status';
import { $settings, $settingsStatus, MAX_NAME_LENGTH, setLearnerName } from '../stores/settings';
import { CertificateProgress } from './certificate/CertificateProgress';
import { CertificateSheet } from './certificate/CertificateSheet';
import { Icon } from './Icon';
import { NeedsScript } from './NeedsScript';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { useStore } from './use-store';

interface Props {
  /** The path's tracks, in path order. */
  tracks: CertificateTrack[];
  /** Every lesson of the path, in path order. */
  lessons: CertificateLesson[];
  siteName: string;
  /** The site's mark (`favicon.svg#mark` with the base path), for the sheet and its seal. */
  markHref: string;
  /** The learning path page. */
  learnHref: string;
}

/**
 * The completion certificate: earned once every knowledge check is passed at 80% or more, then named and printed.
 * Until then, what remains and a preview of the sheet.
 */
export default function Certificate({ tracks, lessons, siteName, markHref, learnHref }: Props) {
  const hydrated = useHydrated();
  const doc = useProgress();
  const settings = useStore($settings);
  const settingsStatus = useStore($settingsStatus);
  if (!hydrated) return <NeedsScript what="The certificate" />;

  const summary = summariseCertificate(doc, tracks, lessons);
  const sheet = { summary, siteName, markHref };
  if (!isEarned(summary)) {
    return (
      <div class="cert" data-state="locked">
        <StorageNotice />
        <CertificateProgress summary={summary} learnHref={learnHref} />
        <figure class="cert-preview">
          <figcaption class="cert-preview__caption">
            A preview: your name and the date of completion go here once every check is passed.
          </figcaption>
          <CertificateSheet {...sheet} name="" completed={null} />
        </figure>
      </div>
    );
  }

  const name = settings.learnerName.trim();
  const completed = { iso: summary.completedAt, text: formatCompletionDate(summary.completedAt) };
  return (
    <div class="cert" data-state="earned" data-testid="certificate">
      <StorageNotice />
      <div class="cert-toolbar">
        <label for="learner-name">Your name, as it should appear on the certificate</label>
        <div class="cert-toolbar__row">
          <input
            id="learner-name"
            type="text"
            autoComplete="name"
            maxLength={MAX_NAME_LENGTH}
            value={settings.learnerName}
            aria-describedby="learner-name-hint"
            onInput={(e) => setLearnerName((e.target as HTMLInputElement).value)}
          />
          <button type="button" class="button" onClick={() => window.print()} disabled={!name}>
            <Icon icon={Printer} />
            Print or save as PDF
          </button>
        </div>
        <p class="hint" id="learner-name-hint" role="status">
          {statusMessage(settingsStatus, 'Your name') ??
            (name
              ? 'Kept in this browser only.'
              : 'Type your name to print the certificate. It stays in this browser.')}
        </p>
      </div>
      <CertificateSheet {...sheet} name={name} completed={completed} />
    </div>
  );
}
