import type { Dashboard } from '../../lib/progress-dashboard';
import { ProgressRing } from '../ProgressRing';

interface Props {
  d: Dashboard;
  /** Set once every check is passed. */
  certificateHref: string | null;
  learnHref: string;
}

/** The path at a glance: the completion ring, where to carry on, and the figures in a row. */
export function Overview({ d, certificateHref, learnHref }: Props) {
  const of = ` of ${d.lessons}`;
  const stats: [string, number, string?][] = [
    ['Lessons read', d.read, of],
    ['Checks passed', d.checksPassed, of],
    ['Questions answered', d.answered],
    ['Due for review', d.due],
  ];
  return (
    <section aria-labelledby="overall" data-testid="overall">
      <div class="card dash-overall">
        <ProgressRing percent={d.completion} caption="complete" />
        <div>
          <h2 id="overall">Overall</h2>
          <p>A lesson is complete when you have read it and passed its knowledge check.</p>
          <p class="dash-actions">
            {d.next && (
              <a class="button" href={d.next.href}>
                {d.read ? 'Continue with' : 'Start with'} {d.next.title}
              </a>
            )}
            {certificateHref && (
              <a class="button" href={certificateHref}>
                Your certificate
              </a>
            )}
            <a class="button button--ghost" href={learnHref}>
              The learning path
            </a>
          </p>
        </div>
      </div>
      <ul class="stats">
        {stats.map(([label, value, total]) => (
          <li class="stat" key={label}>
            <p class="stat__label">{label}</p>
            <p class="stat__value">
              {value}
              {total && <small>{total}</small>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
