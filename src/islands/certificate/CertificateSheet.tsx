import type { CertificateSummary } from '../../lib/certificate';
import { PASS_PERCENT } from '../../lib/quiz';
import { Seal } from './Seal';

interface Props {
  summary: CertificateSummary;
  siteName: string;
  /** The site's mark, `favicon.svg#mark` with the base path. */
  markHref: string;
  /** The learner's name as typed; blank shows where it will go. */
  name: string;
  /** The completion date in words with its ISO time, or null on the preview of a certificate not yet earned. */
  completed: { iso: string; text: string } | null;
}

const score = (percent: number | null) => (percent === null ? '—' : `${percent}%`);

/** Names longer than this are set smaller, so that even the longest (80 characters) takes two lines, not four. */
const LONG_NAME = 32;

/**
 * The certificate itself: a landscape sheet on screen and paper (see certificate.css), the preview when not yet
 * earned. It carries the plain statement that it records browser-kept progress and is not a verified credential.
 */
export function CertificateSheet({ summary, siteName, markHref, name, completed }: Props) {
  const preview = completed === null;
  const shownName = name.trim();
  return (
    <article
      class={preview ? 'cert-sheet cert-sheet--preview' : 'cert-sheet'}
      aria-labelledby="cert-sheet-title"
      data-testid="certificate-sheet"
    >
      <p class="cert-sheet__site">
        <svg class="cert-sheet__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <use href={markHref} />
        </svg>
        {siteName}
      </p>
      <h2 class="cert-sheet__title" id="cert-sheet-title">
        Certificate of completion
      </h2>
      <p class="cert-sheet__lead">This certifies that</p>
      <p
        class={`cert-sheet__name${shownName ? '' : ' cert-sheet__name--blank'}${shownName.length > LONG_NAME ? ' cert-sheet__name--long' : ''}`}
        data-testid={preview ? undefined : 'certificate-name'}
      >
        {shownName || 'Your name'}
      </p>
      <p class="cert-sheet__what" data-testid="certificate-what">
        {preview ? 'will have completed' : 'has completed'} the {siteName} learning path: {summary.lessons} lessons in{' '}
        {summary.tracks.length} tracks, passing all {summary.lessons} knowledge checks ({summary.questions} questions)
        with {PASS_PERCENT}% or more.
      </p>
      <ul class="cert-sheet__tracks" aria-label="Tracks completed">
        {summary.tracks.map((t) => (
          <li key={t.id} class={`cert-sheet__track cert-sheet__track--${t.id}`}>
            <span class="cert-sheet__track-title">{t.title}</span>
            <span class="cert-sheet__track-detail">
              {t.lessons} {t.lessons === 1 ? 'lesson' : 'lessons'} · average {score(t.averagePercent)}
            </span>
          </li>
        ))}
      </ul>
      <div class="cert-sheet__foot">
        <p class="cert-sheet__field">
          <span class="cert-sheet__value" data-testid="certificate-date">
            {completed ? <time dateTime={completed.iso}>{completed.text}</time> : 'Not yet'}
          </span>
          <span class="cert-sheet__label">Date of completion</span>
        </p>
        <Seal markHref={markHref} top={siteName.toUpperCase()} bottom="LEARNING PATH" locked={preview} />
        <p class="cert-sheet__field">
          <span class="cert-sheet__value" data-testid="certificate-average">
            {score(summary.averagePercent)}
          </span>
          <span class="cert-sheet__label">Average best score</span>
        </p>
      </div>
      <p class="cert-sheet__note" data-testid="certificate-note">
        This certificate records progress kept in this browser. It is not a verified credential: anyone can edit their
        browser’s storage.
      </p>
    </article>
  );
}
