import { plainNumber } from '../../lib/number';

/** A labelled number field that keeps what the learner types and says when it is not a usable number. */
export function NumberField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  error?: string | null | undefined;
  unit?: string;
}) {
  return (
    <p class="figure-field">
      <label for={props.id}>{props.label}</label>
      <span>
        <input
          id={props.id}
          type="text"
          inputMode="decimal"
          size={8}
          value={props.value}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        />{' '}
        {props.unit}
      </span>
      {props.error && (
        <span id={`${props.id}-error`} class="field-error">
          {props.error}
        </span>
      )}
    </p>
  );
}

/** A non-negative number typed by a person, or null. */
export function readNumber(text: string): number | null {
  const n = plainNumber(text);
  return n >= 0 ? n : null;
}
