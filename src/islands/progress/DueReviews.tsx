import { dueSummary } from '../../lib/progress-dashboard';

interface Props {
  due: number;
  /** The next day something falls due after today (YYYY-MM-DD, UTC), or null. */
  nextDue: string | null;
  /** Today as review days count it (UTC). */
  today: string;
  practiceHref: string;
}

/** How many review questions are due now, when the next fall due, and the way to the review. */
export function DueReviews({ due, nextDue, today, practiceHref }: Props) {
  return (
    <section class="card dash-card" aria-labelledby="due">
      <h2 id="due" class="card__title">
        Due for review
      </h2>
      <p data-testid="due-summary">{dueSummary(due, nextDue, today)}</p>
      <p>
        <a class={due > 0 ? 'button' : 'button button--secondary'} href={practiceHref}>
          {due > 0 ? 'Start the review' : 'Go to practice'}
        </a>
      </p>
    </section>
  );
}
