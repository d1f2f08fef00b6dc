import type { QuestionSpread } from '../../lib/decide/team';
import { disagreementWords } from '../../lib/recommendation-view';

/** Width in the bars' own units (the SVG scales to its box). */
const BAR = 100;

/**
 * How one question's answers spread across the team: each answer with how many gave it, as a bar and a number
 * in a table (the table is the text; the bars only draw its numbers).
 */
export function TeamSpread({ spread, index }: { spread: QuestionSpread; index: number }) {
  const most = Math.max(1, ...spread.counts.map((c) => c.count));
  const titleId = `spread-${spread.questionId}`;
  return (
    <li class="card decide-spread" data-spread={spread.questionId} data-disagreement={spread.disagreement.toFixed(2)}>
      <h3 id={titleId} class="decide-spread__prompt">
        <span class="visually-hidden">{index + 1}. </span>
        {spread.prompt}
      </h3>
      <p class="decide-spread__verdict">
        <strong>{disagreementWords(spread.disagreement, spread.answered)}</strong>
        {spread.answered > 1 && <> · disagreement {Math.round(spread.disagreement * 100)} of 100</>}
      </p>
      <table class="decide-spread__table" aria-labelledby={titleId}>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">Answer</th>
            <th scope="col">People</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {spread.counts.map((c) => (
            <tr key={c.optionId} data-option={c.optionId}>
              <th scope="row">{c.label}</th>
              <td class="decide-spread__count">{c.count}</td>
              <td class="decide-spread__bar-cell">
                <svg class="decide-spread__bar" viewBox={`0 0 ${BAR} 10`} preserveAspectRatio="none" aria-hidden="true">
                  <rect class="decide-spread__track" x="0" y="0" width={BAR} height="10" />
                  {c.count > 0 && (
                    <rect class="decide-spread__fill" x="0" y="0" width={(c.count / most) * BAR} height="10" />
                  )}
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}
