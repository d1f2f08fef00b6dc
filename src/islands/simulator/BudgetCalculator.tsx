import { useState } from 'preact/hooks';
import { plainNumber } from '../../lib/number';
import { useHydrated } from '../use-hydrated';
import {
  daysProblem,
  errorBudgetSeconds,
  formatDuration,
  PERIODS,
  SECONDS_PER_DAY,
  sloProblem,
} from '../../lib/error-budget';

interface Props {
  slo?: number;
  days?: number;
  /** The full simulator page, to continue there. */
  fullHref: string;
}

/** A compact error-budget calculator for lessons: SLO and window in, budget out. */
export default function BudgetCalculator({ slo = 99.9, days = 30, fullHref }: Props) {
  const [sloText, setSlo] = useState(String(slo));
  const [daysText, setDays] = useState(String(days));
  const s = plainNumber(sloText);
  const d = plainNumber(daysText);
  const sloError = sloProblem(s);
  const daysError = daysProblem(d);
  const problem = sloError ? `The SLO ${sloError}.` : daysError ? `The window ${daysError}.` : null;
  return (
    <div class="calculator" data-testid="budget-calculator" data-ready={useHydrated() ? 'true' : undefined}>
      <p class="calculator__inputs">
        <label>
          SLO (%){' '}
          <input
            type="text"
            inputMode="decimal"
            size={7}
            value={sloText}
            onInput={(e) => setSlo((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <label>
          Window (days){' '}
          <input
            type="text"
            inputMode="numeric"
            size={4}
            value={daysText}
            onInput={(e) => setDays((e.target as HTMLInputElement).value)}
          />
        </label>
      </p>
      <p aria-live="polite">
        {problem ?? (
          <>
            Error budget: <strong data-testid="calculator-budget">{formatDuration(errorBudgetSeconds(s, d))}</strong> of
            full downtime in {d} days; per day {formatDuration((1 - s / 100) * SECONDS_PER_DAY)}, per year{' '}
            {formatDuration((1 - s / 100) * PERIODS[5].days * SECONDS_PER_DAY)}.
          </>
        )}
      </p>
      <p>
        <a href={`${fullHref}?slo=${encodeURIComponent(sloText)}&days=${encodeURIComponent(daysText)}`}>
          Play it out in the simulator
        </a>
      </p>
    </div>
  );
}
