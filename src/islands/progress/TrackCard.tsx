import { whenInWords } from '../../lib/day-words';
import type { TrackFigures } from '../../lib/progress-dashboard';
import { lessonBadgeClass } from '../../lib/progress-summary';

/** One track: lessons read and checks passed as bars, then each lesson with its standing as a badge. */
export function TrackCard({ track: t, today }: { track: TrackFigures; today: string }) {
  const n = t.lessons.length;
  return (
    <section
      class={`card track-card track-card--${t.id}`}
      aria-labelledby={`track-${t.id}`}
      data-testid={`track-${t.id}`}
    >
      <div class="track-card__head">
        <h3 id={`track-${t.id}`} class="card__title">
          {t.title}
        </h3>
        <span class={t.badgeClass}>{t.percent}% complete</span>
      </div>
      <div class="track-card__bars">
        {(
          [
            ['Lessons read', t.read],
            ['Checks passed', t.passed],
          ] as const
        ).map(([what, count]) => (
          <label key={what}>
            <span>
              {what}{' '}
              <strong>
                {count} of {n}
              </strong>
            </span>
            <progress max={n} value={count} />
          </label>
        ))}
      </div>
      <ul class="lesson-list">
        {t.lessons.map((l) => {
          const meta = [
            l.readAt && `Read ${whenInWords(l.readAt, today)}`,
            l.attempts > 0 && `${l.attempts} attempt${l.attempts === 1 ? '' : 's'}`,
            l.due > 0 && `${l.due} due for review`,
          ].filter(Boolean);
          return (
            <li key={l.id} data-testid={`lesson-${l.id}`}>
              <span class="lesson-list__title">
                <a href={l.href}>{l.title}</a>
                {meta.length > 0 && <small>{meta.join(' · ')}</small>}
              </span>
              <span class={lessonBadgeClass(l.state)}>{l.label}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
