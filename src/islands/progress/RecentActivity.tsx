import { whenInWords } from '../../lib/day-words';
import type { Activity } from '../../lib/progress-dashboard';
import { lessonBadgeClass, scoreSummary } from '../../lib/progress-summary';

/** The latest lessons read and checks finished, newest first, each with its day in words. */
export function RecentActivity({ recent, today }: { recent: Activity[]; today: string }) {
  return (
    <section class="card dash-card" aria-labelledby="recent">
      <h2 id="recent" class="card__title">
        Recent activity
      </h2>
      {recent.length === 0 ? (
        <p>Nothing yet. Lessons you read and knowledge checks you finish show here.</p>
      ) : (
        <ol class="activity" data-testid="activity">
          {recent.map((a) => (
            <li key={a.kind + a.at + a.lesson.id}>
              <span>
                {a.kind === 'read' ? 'Read ' : 'Knowledge check of '}
                <a href={a.lesson.href}>{a.lesson.title}</a>
                {a.kind !== 'read' && ' '}
                {a.percent !== undefined && (
                  <span class={lessonBadgeClass(a.kind)}>{scoreSummary(a.percent).text}</span>
                )}
              </span>{' '}
              <time dateTime={a.at}>{whenInWords(a.at, today)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
