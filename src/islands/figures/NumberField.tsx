import { plainNumber } from '../../lib/number';

interface Props {
  /**
   * The input's id; its message, when shown here, is `${id}-error`. Needed by the stacked layout (its label
   * points at it) and for a message shown with the field.
   */
  id?: string | undefined;
  label: string;
  /** The text as typed: kept as it is, so a half-typed value is never rewritten. */
  value: string;
  onInput: (text: string) => void;
  /** A message shown with the field; it marks the field invalid. */
  error?: string | null | undefined;
  /** The id of a message shown elsewhere that the field should be read with (e.g. its row's message). */
  describedBy?: string | undefined;
  /** Marks the field invalid when its message is shown elsewhere. */
  invalid?: boolean | undefined;
  unit?: string | undefined;
  hint?: string | undefined;
  /** Whole numbers only: phones show a keypad without a decimal point. */
  whole?: boolean | undefined;
  size?: number | undefined;
  /**
   * stacked: label above, message below (a grid of fields); inline: label then input, in a row of fields;
   * cell: no visible label, for a table cell whose column heading says what it is.
   */
  layout?: 'stacked' | 'inline' | 'cell' | undefined;
}

/**
 * The site's one number field (simulator, figures, compact calculator): text kept as typed, `inputMode` for
 * phones, and its problem tied to it with `aria-invalid` and `aria-describedby`.
 */
export function NumberField(props: Props) {
  const { id, label, error, layout = 'stacked' } = props;
  const input = (
    <input
      id={id}
      type="text"
      inputMode={props.whole ? 'numeric' : 'decimal'}
      size={props.size ?? 8}
      value={props.value}
      aria-label={layout === 'cell' ? label : undefined}
      aria-invalid={error || props.invalid ? 'true' : undefined}
      aria-describedby={error && id ? `${id}-error` : props.describedBy}
      onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
    />
  );
  if (layout === 'cell') return input;
  const message = error && (
    <span id={id && `${id}-error`} class="field-error">
      {error}
    </span>
  );
  if (layout === 'inline') {
    return (
      <>
        <label>
          {label} {input}
          {props.unit && ` ${props.unit}`}
        </label>
        {message}
      </>
    );
  }
  return (
    <p class="figure-field">
      <label for={id}>{label}</label>
      <span>
        {input}
        {props.unit && ` ${props.unit}`}
      </span>
      {props.hint && <span class="hint">{props.hint}</span>}
      {message}
    </p>
  );
}

/** A non-negative number typed by a person, or null. */
export function readNumber(text: string): number | null {
  const n = plainNumber(text);
  return n >= 0 ? n : null;
}
