import { useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import type { Question } from '../../lib/quiz';
import type { ClassResults } from '../../lib/teach/class-results';
import { isRightOption } from '../../lib/teach/right-answer';
import { learnerRows, optionLabel, rankLearners } from '../../lib/teach/results-view';
import type { ResultEntry } from '../../stores/teach-results';

interface Props {
  questions: Question[];
  /** The table, read from `entries` in their order. */
  results: ClassResults;
  /** The codes kept for the set. */
  entries: ResultEntry[];
  onRename: (entryId: string, name: string) => void;
  onRemove: (entryId: string) => void;
}

/** Shortens a prompt to its first sentence or so, for a table cell (the full text is in the discussion list). */
const short = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);

/**
 * The class's figures: the average, the most-missed questions to discuss (with their explanations), every
 * question's percent correct and answer counts, and every learner's score. No ranking unless the trainer asks.
 */
export function ResultsReport({ questions, results, entries, onRename, onRemove }: Props) {
  const [ranked, setRanked] = useState(false);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rows = learnerRows(results, entries);
  const learners = ranked ? rankLearners(rows) : rows.map((l) => ({ ...l, rank: 0 }));
  const average = results.classAverage;
  return (
    <div class="class-results__report" data-testid="results-report">
      <section aria-labelledby="results-summary-title">
        <h2 id="results-summary-title">The class</h2>
        <ul class="stats">
          <li class="stat">
            <p class="stat__label">Class average</p>
            <p class="stat__value">
              <output name="class-average" data-value={average === null ? '' : String(average)}>
                {average === null ? '–' : `${average}%`}
              </output>
            </p>
          </li>
          <li class="stat">
            <p class="stat__label">{results.learners === 1 ? 'Learner' : 'Learners'}</p>
            <p class="stat__value">{results.learners}</p>
          </li>
          <li class="stat">
            <p class="stat__label">Questions</p>
            <p class="stat__value">{questions.length}</p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="results-missed-title">
        <h2 id="results-missed-title">To discuss: most missed first</h2>
        <ol class="class-results__missed" data-testid="most-missed">
          {results.mostMissed.map((r) => {
            const q = byId.get(r.questionId)!;
            return (
              <li key={r.questionId} data-missed-id={r.questionId}>
                <strong>
                  Question {r.position}: {r.percentCorrect}% right
                </strong>{' '}
                ({r.correct} of {plural(r.answered, 'answer')})<p>{q.prompt}</p>
                <p>
                  <em>Why:</em> {q.explanation}
                </p>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="results-questions-title">
        <h2 id="results-questions-title">Each question</h2>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="results-questions-title">
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Question</th>
                <th scope="col">Right</th>
                <th scope="col">Answered</th>
                <th scope="col">How many chose each answer</th>
              </tr>
            </thead>
            <tbody>
              {results.questions.map((r) => {
                const q = byId.get(r.questionId)!;
                return (
                  <tr key={r.questionId} data-question-id={r.questionId} data-percent-correct={r.percentCorrect}>
                    <td>{r.position}</td>
                    <td>{short(q.prompt)}</td>
                    <td>{r.percentCorrect}%</td>
                    <td>
                      {r.answered} of {results.learners}
                    </td>
                    <td>
                      {r.choices.length > 0 ? (
                        <ul class="class-results__options">
                          {r.choices.map((c) => (
                            <li key={c.id} data-option-id={c.id} data-count={c.count}>
                              {optionLabel(q, c.id)}
                              {isRightOption(q, c.id) && <strong> (right)</strong>}: {c.count}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="results-learners-title">
        <h2 id="results-learners-title">Each learner</h2>
        <label class="class-results__rank">
          <input type="checkbox" checked={ranked} onChange={(e) => setRanked(e.currentTarget.checked)} /> Rank learners
          by score
        </label>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="results-learners-title">
          <table>
            <thead>
              <tr>
                {ranked && <th scope="col">Rank</th>}
                <th scope="col">Name</th>
                <th scope="col">Code</th>
                <th scope="col">Score</th>
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {learners.map((l) => (
                <tr
                  key={l.entryId}
                  data-learner-code={l.code}
                  data-percent={l.score?.percent}
                  data-counted={l.counted ? 'true' : 'false'}
                >
                  {ranked && <td>{l.counted ? l.rank : '—'}</td>}
                  <td>
                    <input
                      class="class-results__name"
                      type="text"
                      value={l.name ?? ''}
                      aria-label={`Name for code ${l.shown}`}
                      placeholder={`Learner ${l.number}`}
                      maxLength={60}
                      onChange={(e) => onRename(l.entryId, e.currentTarget.value)}
                    />
                  </td>
                  <td>
                    <code>{l.shown}</code>
                    {l.message && <p class="class-results__flag">{l.message}</p>}
                  </td>
                  <td>{l.score ? `${l.score.points} of ${l.score.total} (${l.score.percent}%)` : '—'}</td>
                  <td>
                    <button
                      type="button"
                      class="button button--ghost button--small"
                      aria-label={`Remove code ${l.shown}`}
                      onClick={() => onRemove(l.entryId)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
