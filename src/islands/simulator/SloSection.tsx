import { SLO_MAX, SLO_MIN } from '../../lib/error-budget';
import { changeVolumeUnit, WINDOW_CHOICES, type VolumeUnit } from '../../lib/simulator-form';
import { NumberField } from '../figures/NumberField';
import type { FormSectionProps } from './form-props';

interface Props extends FormSectionProps {
  /** The window the figures show, to convert the traffic when its unit changes. */
  shownDays: number;
  /** The figures keep the last valid settings while the form has a problem. */
  stale: boolean;
}

/** The SLO, its window, and whether it counts time or requests. */
export function SloSection({ form, errors, update, uid, shownDays, stale }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  return (
    <section aria-labelledby={id('sim-slo')}>
      <h2 id={id('sim-slo')}>The SLO</h2>
      <div class="form-grid">
        <NumberField
          id={id('slo')}
          label="SLO target (%)"
          value={form.slo}
          onInput={(slo) => update((f) => ({ ...f, slo }))}
          hint={`From ${SLO_MIN} to ${SLO_MAX}`}
          error={errors.slo}
        />
        <p>
          <label for={id('window')}>Window</label>
          <select
            id={id('window')}
            value={form.windowChoice}
            onChange={(e) => {
              const windowChoice = (e.target as HTMLSelectElement).value;
              update((f) => ({ ...f, windowChoice }));
            }}
          >
            {WINDOW_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
        </p>
        {form.windowChoice === 'custom' && (
          <NumberField
            id={id('custom-days')}
            label="Days (1–365)"
            whole
            value={form.customDays}
            onInput={(customDays) => update((f) => ({ ...f, customDays }))}
            error={errors.days}
          />
        )}
        <fieldset class="inline-choice">
          <legend>The SLO counts</legend>
          <label>
            <input
              type="radio"
              name={id('slo-kind')}
              checked={!form.requestBased}
              onChange={() => update((f) => ({ ...f, requestBased: false }))}
            />{' '}
            time (bad minutes)
          </label>
          <label>
            <input
              type="radio"
              name={id('slo-kind')}
              checked={form.requestBased}
              onChange={() => update((f) => ({ ...f, requestBased: true }))}
            />{' '}
            requests
          </label>
        </fieldset>
        {form.requestBased && (
          <>
            <NumberField
              id={id('rps')}
              label="Requests"
              value={form.rps}
              onInput={(rps) => update((f) => ({ ...f, rps }))}
              error={errors.rps}
            />
            <p>
              <label for={id('volume-unit')}>Counted</label>
              <select
                id={id('volume-unit')}
                value={form.volumeUnit}
                onChange={(e) => {
                  const unit = (e.target as HTMLSelectElement).value as VolumeUnit;
                  update((f) => changeVolumeUnit(f, unit, shownDays));
                }}
              >
                <option value="second">per second</option>
                <option value="window">per window</option>
              </select>
            </p>
          </>
        )}
      </div>
      {stale && <p class="notice">The figures below still show the last valid settings.</p>}
    </section>
  );
}
