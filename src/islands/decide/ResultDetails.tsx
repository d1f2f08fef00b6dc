import type { DimensionId, Questionnaire } from '../../lib/decide/model';
import type { Result } from '../../lib/decide/score';
import { DimensionChart } from './DimensionChart';
import { ExternalAnchor } from './ExternalAnchor';

interface Props {
  q: Questionnaire;
  result: Result;
  /** Lesson id → title, for every lesson the questionnaire names. */
  lessons: Record<string, string>;
  /** `/learn/` with the site's base; a lesson is at `${learnHref}${id}/`. */
  learnHref: string;
  idPrefix: string;
  whose: string;
}

const HORIZONS = [30, 60, 90] as const;

/**
 * Everything behind a recommendation: the chart of needs with its table, every answer that moved the result with
 * its weights, first steps for 30, 60 and 90 days, the lessons to read per weak spot and reading elsewhere.
 */
export function ResultDetails({ q, result, lessons, learnHref, idPrefix, whose }: Props) {
  const prompt = new Map(q.questions.map((question) => [question.id, question.prompt]));
  const dimension = new Map(q.dimensions.map((d) => [d.id, d]));
  const label = (id: DimensionId) => dimension.get(id)?.label ?? id;
  const further = result.weakSpots.flatMap((id) => dimension.get(id)?.further ?? []);
  const uniqueFurther = further.filter((l, i) => further.findIndex((m) => m.href === l.href) === i);
  const anySteps = HORIZONS.some((h) => result.steps[h].length > 0);
  return (
    <>
      <section class="decide-section" aria-labelledby={`${idPrefix}-needs`}>
        <h3 id={`${idPrefix}-needs`}>Where the work is</h3>
        <DimensionChart dimensions={result.dimensions} weakSpots={result.weakSpots} idPrefix={idPrefix} whose={whose} />
      </section>

      <section class="decide-section" aria-labelledby={`${idPrefix}-reasons`}>
        <h3 id={`${idPrefix}-reasons`}>Why: every answer that moved the result</h3>
        {result.reasons.length === 0 ? (
          <p>No answer moved the result: every one was “Don’t know” or weighs nothing.</p>
        ) : (
          <ol class="decide-reasons">
            {result.reasons.map((r) => (
              <li key={r.questionId} class="decide-reason" data-reason={r.questionId}>
                <p class="decide-reason__text">{r.text}</p>
                <p class="decide-reason__weights">
                  <span class="visually-hidden">Moves: </span>
                  {r.words}
                </p>
                <p class="decide-reason__question">{prompt.get(r.questionId) ?? ''}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="decide-section" aria-labelledby={`${idPrefix}-steps`}>
        <h3 id={`${idPrefix}-steps`}>First steps</h3>
        {anySteps ? (
          <div class="decide-steps">
            {HORIZONS.map((h) => (
              <section key={h} class="decide-steps__horizon" aria-labelledby={`${idPrefix}-steps-${h}`}>
                <h4 id={`${idPrefix}-steps-${h}`}>In {h} days</h4>
                {result.steps[h].length === 0 ? (
                  <p>Keep going with the steps before.</p>
                ) : (
                  <ul class="decide-steps__list">
                    {result.steps[h].map((a) => (
                      <li key={a.id} class="card decide-step-card" data-advice={a.id}>
                        <p class="decide-step-card__title">
                          <strong>{a.title}</strong>
                          <span class="badge badge--info">{label(a.dimension)}</span>
                        </p>
                        <p>{a.detail}</p>
                        {(a.lessons.length > 0 || a.further.length > 0) && (
                          <ul class="decide-links">
                            {a.lessons.map((id) => (
                              <li key={id}>
                                <a href={`${learnHref}${id}/`}>{lessons[id] ?? id}</a>
                              </li>
                            ))}
                            {a.further.map((l) => (
                              <li key={l.href}>
                                <ExternalAnchor link={l} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        ) : (
          <p>
            Your answers point to no weak spot, so there are no first steps to suggest. Answer more questions (fewer
            “Don’t know”) for a sharper result.
          </p>
        )}
      </section>

      {result.lessons.length > 0 && (
        <section class="decide-section" aria-labelledby={`${idPrefix}-lessons`}>
          <h3 id={`${idPrefix}-lessons`}>Lessons to read on this site</h3>
          <dl class="decide-lessons">
            {result.lessons.map((group) => (
              <div key={group.dimension} class="decide-lessons__group" data-lessons-for={group.dimension}>
                <dt>{label(group.dimension)}</dt>
                <dd>
                  <ul class="decide-links">
                    {group.ids.map((id) => (
                      <li key={id}>
                        <a href={`${learnHref}${id}/`}>{lessons[id] ?? id}</a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {uniqueFurther.length > 0 && (
        <section class="decide-section" aria-labelledby={`${idPrefix}-further`}>
          <h3 id={`${idPrefix}-further`}>Further reading elsewhere</h3>
          <ul class="decide-links decide-further">
            {uniqueFurther.map((l) => (
              <li key={l.href}>
                <ExternalAnchor link={l} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
