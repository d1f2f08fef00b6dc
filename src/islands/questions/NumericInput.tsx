import { MAX_TYPED_ANSWER, type NumericQuestion } from '../../lib/quiz';
import type { InputProps } from './types';

/** A number with its unit. What is typed is normalised when the answer is checked. */
export function NumericInput({ question: q, name, response, locked, onDraft }: InputProps<NumericQuestion>) {
  const id = `${name}-value`;
  return (
    <p class="numeric">
      <label for={id}>Your answer</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={MAX_TYPED_ANSWER}
        value={response[0] ?? ''}
        disabled={locked}
        onInput={(e) => onDraft([(e.target as HTMLInputElement).value])}
      />{' '}
      <span>{q.unit}</span>
    </p>
  );
}
