import { encodeAnswers } from '../../lib/decide/link';
import type { Questionnaire } from '../../lib/decide/model';
import { scoreAnswers } from '../../lib/decide/score';
import type { DecideRun } from '../../stores/decide';
import { knownAnswers, recommendationHeadline, withFragment } from '../../lib/recommendation-view';

/**
 * Every finished run kept in this browser, newest first, with its date and recommendation and a link to open it,
 * so that a team can set this quarter's answers beside the last. A run of an earlier questionnaire is listed
 * without a result: its answers may no longer mean what they did.
 */
export function EarlierRuns({ q, runs, pageUrl }: { q: Questionnaire; runs: DecideRun[]; pageUrl: string }) {
  if (runs.length === 0) return null;
  // The date where the person is, in words ("2 December 2026"); a run's time of day adds nothing to compare.
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
  const newestFirst = [...runs].reverse();
  return (
    <section class="decide-section decide-runs" aria-labelledby="decide-runs-title">
      <h3 id="decide-runs-title">Your runs in this browser</h3>
      <ol class="decide-runs__list" reversed>
        {newestFirst.map((run, i) => {
          const when = date.format(new Date(run.at));
          if (run.version !== q.version) {
            return (
              <li key={`${run.at}-${i}`} class="decide-run" data-run={run.at}>
                <span class="decide-run__when">{when}</span>
                <span>answered an earlier version of the questions; its result is not shown.</span>
              </li>
            );
          }
          const answers = knownAnswers(q, run.answers);
          const result = scoreAnswers(q, answers);
          return (
            <li key={`${run.at}-${i}`} class="decide-run" data-run={run.at}>
              <span class="decide-run__when">{when}</span>
              <span class={`badge badge--${result.first}`}>{recommendationHeadline(result)}</span>
              <a href={withFragment(pageUrl, encodeAnswers(q, answers))}>
                Open<span class="visually-hidden"> the result of {when}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
