import { formatDuration, formatNumber, formatPercent } from '../../lib/error-budget';
import type { RuleResult, Severity } from '../../lib/simulation';
import { editRule, restoreWorkbookRules, type RuleRow } from '../../lib/simulator-form';
import { NumberField } from '../figures/NumberField';
import type { FormEdit, FormSectionProps } from './form-props';
import { minuteLabel } from './format';
import { memo } from './memo';

interface Props extends FormSectionProps {
  /** The result shown on each rule row, in the order of `form.rules` (see `resultsByRow`). */
  results: (RuleResult | null)[];
}

interface RowProps {
  row: RuleRow;
  /** Position in the table, from 0. */
  index: number;
  error: string | undefined;
  /** The rule's result, or null when the row is left out or the figures show other settings. */
  result: RuleResult | null;
  update: (edit: FormEdit) => void;
  uid: string;
}

/** One rule's fields and result; drawn again only when the row, its result or its message changes. */
const RuleFields = memo(function RuleFields({ row, index, error, result: r, update, uid }: RowProps) {
  const rowId = `${uid}-rule-${row.key}`;
  const describedBy = error ? `${rowId}-error` : undefined;
  const field = (name: 'share' | 'long' | 'short', label: string, size: number) => (
    <td>
      <NumberField
        id={`${rowId}-${name}`}
        layout="cell"
        label={`Rule ${index + 1} ${label}`}
        size={size}
        whole={name !== 'share'}
        value={row[name]}
        describedBy={describedBy}
        onInput={(text) => update((f) => editRule(f, row.key, { [name]: text }))}
      />
    </td>
  );
  return (
    <tr data-alert={r?.label} data-fired-at={r?.firedAt ?? ''}>
      <th scope="row">{r?.label ?? `Rule ${index + 1}`}</th>
      {field('share', 'budget share', 4)}
      {field('long', 'long window in minutes', 5)}
      {field('short', 'short window in minutes', 4)}
      <td>
        <select
          aria-label={`Rule ${index + 1} severity`}
          value={row.severity}
          onChange={(e) => {
            const severity = (e.target as HTMLSelectElement).value as Severity;
            update((f) => editRule(f, row.key, { severity }));
          }}
        >
          <option value="page">page</option>
          <option value="ticket">ticket</option>
        </select>
      </td>
      {r ? (
        <>
          <td>{formatNumber(r.factor, 2)}×</td>
          <td>{r.firedAt === null ? 'never' : minuteLabel(r.firedAt)}</td>
          <td>{r.firedAt === null ? '—' : r.resetAt === null ? 'still on at the end' : minuteLabel(r.resetAt)}</td>
          <td>{r.detectionMinutes === null ? '—' : formatDuration(r.detectionMinutes * 60 + 60)}</td>
          <td>{r.consumedAtFire === null ? '—' : formatPercent(r.consumedAtFire)}</td>
        </>
      ) : (
        <td colSpan={5} id={`${rowId}-error`} class={error ? 'field-error' : undefined}>
          {error ?? 'Not evaluated yet: the figures still show the last valid settings.'}
        </td>
      )}
    </tr>
  );
});

/** The multi-window, multi-burn-rate alert rules: editable, with when each fires and resets. */
export function AlertsSection({ form, errors, update, uid, results }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  return (
    <section aria-labelledby={id('sim-alerts')}>
      <h2 id={id('sim-alerts')}>Burn-rate alerts</h2>
      <p>
        Each rule fires when the error ratio over both its long and its short window reaches its threshold: the burn
        rate that would spend the rule's share of the budget within the long window.
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
        <table class="alerts-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Budget share (%)</th>
              <th scope="col">Long window (min)</th>
              <th scope="col">Short window (min)</th>
              <th scope="col">Severity</th>
              <th scope="col">Burn rate</th>
              <th scope="col">First fires</th>
              <th scope="col">Resets</th>
              <th scope="col">Detected after</th>
              <th scope="col">Budget used then</th>
            </tr>
          </thead>
          <tbody>
            {form.rules.map((row, i) => (
              <RuleFields
                key={row.key}
                row={row}
                index={i}
                error={errors.rules[row.key]}
                result={results[i] ?? null}
                update={update}
                uid={uid}
              />
            ))}
          </tbody>
        </table>
      </div>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <p class="hint">
        “Detected after” counts from the start of the incident under way to the end of the minute the rule fires.
      </p>
      <button type="button" class="button button--quiet" onClick={() => update(restoreWorkbookRules)}>
        Restore the Workbook's four rules
      </button>
    </section>
  );
}
