import type { CertificateSummary } from '../../lib/certificate';
import { PASS_PERCENT } from '../../lib/quiz';
import { ProgressRing } from '../ProgressRing';

interface Props {
  summary: CertificateSummary;
  /** The learning path, for everything past the next few lessons. */
  learnHref: string;
}

/** Lessons named as "next to pass": enough to start with, few enough to read at a glance. */
const NEXT_COUNT = 3;

/** What stands between the learner and the certificate: checks passed, per track, and the next lessons to pass. */
export function CertificateProgress({ summary, learnHref }: Props) {
  const { passed, lessons, open } = summary;
  const next = open.slice(0, NEXT_COUNT);
  const more = open.length - next.length;
  return (
    <section class="cert-status card" aria-labelledby="cert-status-title" data-testid="certificate-locked">
      <ProgressRing percent={lessons === 0 ? 0 : (passed / lessons) * 100} caption="passed" />
      <div class="cert-status__body">
        <h2 class="cert-status__title" id="cert-status-title" data-testid="certificate-passed">
          {passed} of {lessons} checks passed
        </h2>
        <p>
          The certificate is yours once every lesson’s knowledge check is passed with {PASS_PERCENT}% or more:{' '}
          {open.length} of {lessons} still to pass.
        </p>
        <ul class="cert-status__tracks" aria-label="Checks passed per track">
          {summary.tracks.map((t) => (
            <li key={t.id}>
              <span class="cert-status__track-title">{t.title}</span>
              <progress max={t.lessons} value={t.passed} aria-label={`${t.title}: checks passed`} />
              <span class="cert-status__track-count">
                {t.passed} of {t.lessons}
              </span>
            </li>
          ))}
        </ul>
        <h3 class="cert-status__next-title">Next to pass</h3>
        <ol class="cert-status__next" data-testid="certificate-next">
          {next.map((l) => (
            <li key={l.id}>
              <a href={l.href}>{l.title}</a>
              <span class={l.bestPercent === null ? 'badge' : 'badge badge--warn'}>
                {l.bestPercent === null ? 'not taken yet' : `best so far ${l.bestPercent}%`}
              </span>
            </li>
          ))}
        </ol>
        {more > 0 && (
          <p class="cert-status__more">
            And {more} more: <a href={learnHref}>the whole learning path</a>.
          </p>
        )}
      </div>
    </section>
  );
}
