import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { UNKNOWN, type Answers, type Questionnaire } from '../../lib/decide/model';

interface Props {
  q: Questionnaire;
  index: number;
  answers: Answers;
  /** The question's heading, focused when the person moves to another question. */
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (questionId: string, optionId: string) => void;
  onBack: () => void;
  /** Next question, or the result after the last. */
  onNext: () => void;
}

/**
 * One question on the screen: its prompt as a heading, why it is asked, its options and "Don't know" as one
 * radio group with visible labels, back and next. Next without an answer says what to do instead of moving on.
 */
export function Stepper({ q, index, answers, headingRef, onAnswer, onBack, onNext }: Props) {
  const question = q.questions[index]!;
  const total = q.questions.length;
  const chosen = answers[question.id];
  const dimension = q.dimensions.find((d) => d.id === question.dimension);
  const [missing, setMissing] = useState(false);
  const last = index === total - 1;
  const name = `decide-${question.id}`;

  const submit = (e: Event) => {
    e.preventDefault();
    if (chosen === undefined) {
      setMissing(true);
      document.getElementById(`${name}-${question.options[0]!.id}`)?.focus();
      return;
    }
    setMissing(false);
    onNext();
  };
  const choose = (optionId: string) => {
    setMissing(false);
    onAnswer(question.id, optionId);
  };

  return (
    <form class="decide-question" data-question={question.id} onSubmit={submit} noValidate>
      <div class="decide-question__progress">
        <p id="decide-progress-text" class="decide-question__count">
          Question {index + 1} of {total}
          {dimension && <span class="decide-question__area"> · {dimension.label}</span>}
        </p>
        <progress max={total} value={index + 1} aria-labelledby="decide-progress-text" />
      </div>
      <fieldset
        class="decide-question__group"
        aria-describedby={missing ? `${name}-help ${name}-missing` : `${name}-help`}
      >
        <legend class="decide-question__legend">
          <h2 id="decide-question-heading" class="decide-question__prompt" tabIndex={-1} ref={headingRef}>
            {question.prompt}
          </h2>
        </legend>
        <p id={`${name}-help`} class="decide-question__help">
          {question.help}
        </p>
        <div class="decide-options">
          {[...question.options, { id: UNKNOWN, label: 'Don’t know' }].map((o) => (
            <label
              key={o.id}
              class={o.id === UNKNOWN ? 'decide-option decide-option--unknown' : 'decide-option'}
              for={`${name}-${o.id}`}
            >
              <input
                type="radio"
                id={`${name}-${o.id}`}
                name={name}
                value={o.id}
                checked={chosen === o.id}
                onChange={() => choose(o.id)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        {missing && (
          <p id={`${name}-missing`} class="notice notice--warning decide-question__missing" role="alert">
            Choose an answer first, or “Don’t know” if you are not sure: it moves nothing and only lowers the
            confidence.
          </p>
        )}
      </fieldset>
      <div class="decide-question__nav">
        <button type="button" class="button button--secondary" onClick={onBack}>
          {index === 0 ? 'Back to the start' : 'Back'}
        </button>
        <button type="submit" class="button">
          {last ? 'See the result' : 'Next'}
        </button>
      </div>
    </form>
  );
}
