import { useState } from 'preact/hooks';
import {
  availabilityFromDowntime,
  errorBudgetSeconds,
  formatDuration,
  formatNumber,
  NINES,
  PERIODS,
  periodSeconds,
} from '../../lib/error-budget';
import { plainNumber } from '../../lib/number';
import { NumberField } from '../figures/NumberField';
import { memo } from './memo';

const UNITS = [
  { id: 's', label: 'seconds', seconds: 1 },
  { id: 'min', label: 'minutes', seconds: 60 },
  { id: 'h', label: 'hours', seconds: 3600 },
] as const;

/** The nines: allowed downtime per period for common targets (the current SLO marked), and the reverse. */
export const NinesTable = memo(function NinesTable({ sloPercent, uid }: { sloPercent: number; uid: string }) {
  const id = (name: string) => `${uid}-${name}`;
  const rows = [...new Set<number>([...NINES, sloPercent])].sort((a, b) => a - b);
  const [amount, setAmount] = useState('43.2');
  const [unit, setUnit] = useState<(typeof UNITS)[number]['id']>('min');
  const [period, setPeriod] = useState<(typeof PERIODS)[number]['id']>('30d');
  const value = plainNumber(amount);
  const seconds = value * UNITS.find((u) => u.id === unit)!.seconds;
  const days = PERIODS.find((p) => p.id === period)!.days;
  const tooLong = seconds > periodSeconds(days);
  return (
    <section aria-labelledby={id('sim-nines')}>
      <h2 id={id('sim-nines')}>The nines</h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
        <table class="nines-table" data-testid="nines">
          <caption>Allowed downtime at each availability target</caption>
          <thead>
            <tr>
              <th scope="col">Availability</th>
              {PERIODS.map((p) => (
                <th key={p.id} scope="col">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((slo) => (
              <tr
                key={slo}
                class={slo === sloPercent ? 'is-current' : undefined}
                aria-current={slo === sloPercent ? 'true' : undefined}
              >
                <th scope="row">
                  {slo}%{slo === sloPercent ? ' (your SLO)' : ''}
                </th>
                {PERIODS.map((p) => (
                  <td key={p.id}>{formatDuration(errorBudgetSeconds(slo, p.days))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">A month is 30 days; a quarter is 91.25 days (a quarter of 365); a year is 365 days.</p>
      <h3>From downtime to availability</h3>
      <div class="form-grid">
        <NumberField
          id={id('downtime')}
          label="Downtime"
          value={amount}
          onInput={setAmount}
          invalid={!(value >= 0)}
          describedBy={id('availability')}
        />
        <p>
          <label for={id('downtime-unit')}>Unit</label>
          <select
            id={id('downtime-unit')}
            value={unit}
            onChange={(e) => setUnit((e.target as HTMLSelectElement).value as typeof unit)}
          >
            {UNITS.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for={id('downtime-period')}>Per</label>
          <select
            id={id('downtime-period')}
            value={period}
            onChange={(e) => setPeriod((e.target as HTMLSelectElement).value as typeof period)}
          >
            {PERIODS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p id={id('availability')} aria-live="polite" data-testid="availability">
        {!(value >= 0)
          ? 'Enter the downtime as a number, 0 or more, e.g. 43.2.'
          : tooLong
            ? 'That is more downtime than the period has.'
            : `Availability: ${formatNumber(availabilityFromDowntime(seconds, days), 5)}%`}
      </p>
    </section>
  );
});
