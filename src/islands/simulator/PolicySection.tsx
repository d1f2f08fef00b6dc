import type { PolicyOutcome } from '../../lib/budget-policy';
import { editPolicy, type PolicyKey } from '../../lib/simulator-form';
import { NumberField } from '../figures/NumberField';
import type { FormSectionProps } from './form-props';

interface Props extends FormSectionProps {
  outcome: PolicyOutcome;
  /** The postmortem threshold the outcome was reached with, in percent. */
  postmortemPercent: number;
}

const FIELDS: readonly [PolicyKey, string][] = [
  ['freeze', 'Freeze releases at or below (% left)'],
  ['caution', 'Ship with care below (% left)'],
  ['postmortem', 'Postmortem when one incident uses more than (%)'],
];

/** The error budget policy: its thresholds, and what it says for this window. */
export function PolicySection({ form, errors, update, uid, outcome, postmortemPercent }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  return (
    <section aria-labelledby={id('sim-policy')}>
      <h2 id={id('sim-policy')}>Error budget policy</h2>
      <div class="form-grid">
        {FIELDS.map(([key, label]) => (
          <NumberField
            key={key}
            id={id(`policy-${key}`)}
            label={label}
            size={5}
            value={form.policy[key]}
            onInput={(text) => update((f) => editPolicy(f, key, text))}
            error={errors.policy[key]}
          />
        ))}
      </div>
      <div class={`policy policy--${outcome.level}`} data-testid="policy" data-level={outcome.level}>
        <p>
          <strong>
            {outcome.level === 'freeze' ? 'Freeze.' : outcome.level === 'caution' ? 'Caution.' : 'Normal.'}
          </strong>{' '}
          {outcome.action}
        </p>
        <p>{outcome.reason}</p>
        {outcome.postmortemsFor.length > 0 && (
          <p>
            A postmortem is required for incident{outcome.postmortemsFor.length === 1 ? '' : 's'}{' '}
            {outcome.postmortemsFor.join(', ')}: each used more than {postmortemPercent}% of the budget on its own.
          </p>
        )}
      </div>
    </section>
  );
}
