import { addIncident, canAddIncident, editIncident, removeIncident, type IncidentRow } from '../../lib/simulator-form';
import { MAX_INCIDENTS } from '../../lib/simulator-state';
import { NumberField } from '../figures/NumberField';
import type { FormEdit, FormSectionProps } from './form-props';
import { memo } from './memo';

interface RowProps {
  row: IncidentRow;
  /** Position in the list, from 0. */
  index: number;
  error: string | undefined;
  update: (edit: FormEdit) => void;
  uid: string;
}

/** One incident's fields; drawn again only when the row, its number or its message changes. */
const IncidentFields = memo(function IncidentFields({ row, index, error, update, uid }: RowProps) {
  const rowId = `${uid}-incident-${row.key}`;
  const field = (name: 'day' | 'duration' | 'errors', label: string, size: number, whole: boolean) => (
    <NumberField
      id={`${rowId}-${name}`}
      layout="inline"
      label={label}
      size={size}
      whole={whole}
      value={row[name]}
      describedBy={error ? `${rowId}-error` : undefined}
      onInput={(text) => update((f) => editIncident(f, row.key, { [name]: text }))}
    />
  );
  return (
    <li class="incident" data-testid="incident">
      <fieldset>
        <legend>Incident {index + 1}</legend>
        {field('day', 'Day', 4, true)}
        <label>
          Start (HH:MM){' '}
          <input
            type="text"
            size={5}
            value={row.time}
            aria-describedby={error ? `${rowId}-error` : undefined}
            onInput={(e) => {
              const time = (e.target as HTMLInputElement).value;
              update((f) => editIncident(f, row.key, { time }));
            }}
          />
        </label>
        {field('duration', 'Minutes', 6, true)}
        {field('errors', '% failing', 5, false)}
        <button type="button" class="button button--quiet" onClick={() => update((f) => removeIncident(f, row.key))}>
          Remove<span class="visually-hidden"> incident {index + 1}</span>
        </button>
        {error && (
          <p id={`${rowId}-error`} class="field-error">
            {error}
          </p>
        )}
      </fieldset>
    </li>
  );
});

/** The incidents: one row each (day, start, minutes, % failing), added and removed by the learner. */
export function IncidentsSection({ form, errors, update, uid }: FormSectionProps) {
  const id = (name: string) => `${uid}-${name}`;
  const full = !canAddIncident(form);
  return (
    <section aria-labelledby={id('sim-incidents')}>
      <h2 id={id('sim-incidents')}>Incidents</h2>
      {form.incidents.length === 0 && <p>No incidents yet: the budget is untouched. Add one, or load a scenario.</p>}
      <ol class="incident-list">
        {form.incidents.map((row, i) => (
          <IncidentFields
            key={row.key}
            row={row}
            index={i}
            error={errors.incidents[row.key]}
            update={update}
            uid={uid}
          />
        ))}
      </ol>
      <button type="button" class="button" disabled={full} onClick={() => update(addIncident)}>
        Add an incident
      </button>
      {full && <p class="hint">The simulator holds at most {MAX_INCIDENTS} incidents: remove one to add another.</p>}
    </section>
  );
}
