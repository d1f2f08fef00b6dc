import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normaliseResponse, verdictOf, type Question } from '../../lib/quiz';
import { learnerResult } from '../../lib/teach/learner-result';
import { displayOrder } from '../../lib/teach/option-order';
import { encodeResult } from '../../lib/teach/result-code';
import { formatSetId, type QuizSet } from '../../lib/teach/set-link';
import type { JoinedSet } from '../../stores/teach-join';
import { Input, Why } from '../QuestionCard';
import { QrCode } from './QrCode';
import { partsOf } from './question-parts';

interface Props {
  set: QuizSet;
  id: number;
  /** The content's questions, in the set's order. */
  questions: Question[];
  entry: JoinedSet;
  onRestart: () => void;
}

/** Words for a question's outcome on the end screen. */
function outcomeWords(answered: boolean, correct: boolean, score: number): string {
  if (!answered) return 'Not answered.';
  return verdictOf({ correct, credit: score }).text;
}

/**
 * The end of a set on the learner's phone: their own score, each question right or not with its explanation, and
 * the result code (as text to read out or type, and as a QR code to scan). The learner's name is not in the code:
 * the trainer types names on the results page, so nothing about a person travels in it.
 */
export function JoinEnd({ set, id, questions, entry, onRestart }: Props) {
  const result = learnerResult(questions, entry.answers);
  const code = useMemo(
    () => encodeResult({ set, questions, states: result.states, learnerTag: entry.learnerTag }),
    [set, questions, result.states.join(), entry.learnerTag],
  );
  const shown = useMemo(() => questions.map((q) => displayOrder(set.seed, q)), [questions, set.seed]);
  const heading = useRef<HTMLHeadingElement>(null);
  const [asking, setAsking] = useState(false);
  const [copied, setCopied] = useState('');
  useEffect(() => heading.current?.focus(), []);

  const copy = () => {
    void navigator.clipboard?.writeText(code).then(
      () => setCopied('Code copied.'),
      () => setCopied('The code could not be copied here; read it from the screen.'),
    );
  };

  return (
    <div class="join-end" data-testid="join-end">
      <section class="card join-end__code" aria-labelledby="join-code-title">
        <h2 id="join-code-title" tabIndex={-1} ref={heading}>
          Your result code
        </h2>
        <p>
          Show this to your trainer: they scan the QR code, or you read out or send the code. It holds your answers to
          quiz {formatSetId(id)}, not your name.
        </p>
        <p class="join-end__text">
          {/* In the body font, which tells 0 from O and 1 from I: the page has it already, so offline is no matter. */}
          <span class="join-end__code-text" data-result-code>
            {code}
          </span>
        </p>
        <div class="join-end__qr">
          <QrCode text={code} label={`QR code of your result code, ${code}`} size={224} />
        </div>
        <p class="join-end__actions">
          <button type="button" class="button button--secondary" onClick={copy}>
            Copy the code
          </button>
          <span role="status">{copied}</span>
        </p>
      </section>
      <section aria-labelledby="join-score-title">
        <h2 id="join-score-title">Your score</h2>
        <p class="join-end__score" data-testid="join-score">
          <strong>
            {result.points} of {result.total} ({result.percent}%)
          </strong>
          {result.unanswered.length > 0 && ` · ${result.unanswered.length} not answered`}
        </p>
        {!Number.isInteger(result.points) && (
          <p class="join__meta">Each question is worth one point; a partly right answer earns part of it.</p>
        )}
        <ol class="join-end__list">
          {questions.map((q, i) => {
            const row = result.rows[i]!;
            const response = entry.answers[q.id];
            const record = response && {
              response: normaliseResponse(q, response),
              correct: row.correct,
              credit: row.score,
              at: '',
            };
            return (
              <li
                key={q.id}
                class={`question join-end__item${row.answered ? (row.correct ? ' question--right' : ' question--wrong') : ''}`}
                data-question-id={q.id}
                data-correct={row.correct ? 'true' : 'false'}
              >
                <h3 class="question__number">Question {i + 1}</h3>
                <p class="question__prompt">{q.prompt}</p>
                <p class="feedback__verdict">
                  {row.answered && (
                    <span aria-hidden="true">{verdictOf({ correct: row.correct, credit: row.score }).symbol} </span>
                  )}
                  {outcomeWords(row.answered, row.correct, row.score)}
                </p>
                <details class="join-end__details">
                  <summary>{record ? 'Your answer and why' : 'The right answer and why'}</summary>
                  <Input
                    question={q}
                    parts={partsOf(shown[i]!)}
                    name={`end-${q.id}`}
                    response={record ? record.response : []}
                    locked
                    onDraft={() => undefined}
                    announce={() => undefined}
                  />
                  <p>{q.explanation}</p>
                  {record && <Why question={q} record={record} />}
                </details>
              </li>
            );
          })}
        </ol>
      </section>
      <section class="join-end__again" aria-labelledby="join-again-title">
        <h2 id="join-again-title">Answer again</h2>
        {asking ? (
          <div class="notice notice--warning" role="group" aria-label="Answer the quiz again?">
            <p>Your answers and this result code will be replaced by new ones. Has your trainer collected this code?</p>
            <p class="join__nav">
              <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
                Keep my answers
              </button>
              <button type="button" class="button button--danger" onClick={onRestart}>
                Start again
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
              Answer the quiz again
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
