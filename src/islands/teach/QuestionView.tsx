import type { JSX } from 'preact';
import { choiceOptions, instructionOf, isRightOption, letterOf, rightAnswerLines } from '../../lib/teach/right-answer';
import type { SetQuestion } from './use-set';

interface Props {
  question: SetQuestion;
  /** 1-based number in the set. */
  number: number;
  total: number;
  /** Shows the right answer and the explanation. */
  revealed: boolean;
  /** The prompt's heading level: 2 on a slide, 3 in a list. */
  level?: 2 | 3;
  /** Extra class on the root, e.g. for the slide's large type. */
  class?: string;
  /** Puts the right answer behind a disclosure ("Show the answer") instead of hiding it (the builder's preview). */
  disclosure?: boolean;
}

/**
 * One question of a set as the room sees it: number, lesson, the full prompt, what to do, and its options or items
 * lettered in the set's display order. Revealed, the right options are marked in place (in words, not colour
 * alone) and the right answer and explanation follow. Shared by the presenter, the speaker view and the builder's
 * preview, so they all show the same thing.
 */
export function QuestionView({ question, number, total, revealed, level = 2, class: extra, disclosure }: Props) {
  const { canonical, lesson } = question;
  const Heading = `h${level}` as 'h2' | 'h3';
  return (
    <article
      class={`teach-question${extra ? ` ${extra}` : ''}`}
      data-question-id={canonical.id}
      data-type={canonical.type}
      data-revealed={revealed ? 'true' : 'false'}
    >
      <p class="teach-question__meta">
        Question {number} of {total}
        {lesson && <span class="teach-question__lesson"> · {lesson}</span>}
      </p>
      <Heading class="teach-question__prompt">{canonical.prompt}</Heading>
      <p class="teach-question__instruction">{instructionOf(canonical)}</p>
      <Parts question={question} revealed={revealed} />
      {revealed ? (
        <div class="teach-answer" data-answer>
          <p class="teach-answer__title">Right answer</p>
          <Answer question={question} brief />
        </div>
      ) : (
        disclosure && (
          <details class="teach-answer teach-answer--hidden">
            <summary>Show the answer</summary>
            <Answer question={question} brief />
          </details>
        )
      )}
    </article>
  );
}

/** The right answer by the letters shown above it, and the explanation. */
function Answer({ question: { canonical, shown }, brief }: { question: SetQuestion; brief: boolean }) {
  return (
    <>
      <ul class="teach-answer__lines">
        {rightAnswerLines(canonical, shown, brief).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="teach-answer__explanation">{canonical.explanation}</p>
    </>
  );
}

/** The options or items, lettered; right options marked once revealed. */
function Parts({ question: { shown }, revealed }: { question: SetQuestion; revealed: boolean }): JSX.Element | null {
  switch (shown.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const options = choiceOptions(shown);
      return (
        <ol class="teach-options">
          {options.map((o, i) => {
            const right = revealed && isRightOption(shown, o.id);
            return (
              <li
                key={o.id}
                class={`teach-option${right ? ' teach-option--right' : revealed ? ' teach-option--other' : ''}`}
              >
                <span class="teach-option__letter" aria-hidden="true">
                  {letterOf(i)}
                </span>
                <span class="visually-hidden">{letterOf(i)}. </span>
                <span class="teach-option__text">{o.text}</span>
                {right && <span class="badge badge--success">Right</span>}
              </li>
            );
          })}
        </ol>
      );
    }
    case 'order':
    case 'categorise':
      return (
        <ol class="teach-options teach-options--items">
          {shown.items.map((item, i) => (
            <li key={item.id} class="teach-option">
              <span class="teach-option__letter" aria-hidden="true">
                {letterOf(i)}
              </span>
              <span class="visually-hidden">{letterOf(i)}. </span>
              <span class="teach-option__text">{item.text}</span>
            </li>
          ))}
        </ol>
      );
    case 'numeric':
      return null;
  }
}
