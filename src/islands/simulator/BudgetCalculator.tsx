import { useState } from 'preact/hooks';
import { daysProblem, errorBudgetSeconds, formatDuration, PERIODS, sloProblem } from '../../lib/error-budget';
import { plainNumber } from '../../lib/number';
import { DEFAULT_STATE, encodeSimulatorLink } from '../../lib/simulator-state';
import { NumberField } from '../figures/NumberField';
import { useHydrated } from '../use-hydrated';

interface Props {
  slo?: number;
  days?: number;
  /** The full simulator page, to continue there. */
  fullHref: string;
}

const YEAR_DAYS = PERIODS.find((p) => p.id === 'year')!.days;

/** A compact error-budget calculator for lessons: SLO and window in, budget out. */
export default function BudgetCalculator({ slo = 99.9, days = 30, fullHref }: Props) {
  const [sloText, setSlo] = useState(String(slo));
  const [daysText, setDays] = useState(String(days));
  const s = plainNumber(sloText);
  const d = plainNumber(daysText);
  const sloError = sloProblem(s);
  const daysError = daysProblem(d);
  const problem = sloError ? `The SLO ${sloError}.` : daysError ? `The window ${daysError}.` : null;
  // The link carries what is usable; a field with a problem is left to the simulator's default.
  const link = encodeSimulatorLink({
    ...DEFAULT_STATE,
    sloPercent: sloError ? DEFAULT_STATE.sloPercent : s,
    windowDays: daysError ? DEFAULT_STATE.windowDays : d,
  });
  return (
    <div class="calculator" data-testid="budget-calculator" data-ready={useHydrated() ? 'true' : undefined}>
      <p class="calculator__inputs">
        <NumberField
          layout="inline"
          label="SLO (%)"
          size={7}
          value={sloText}
          onInput={setSlo}
          invalid={sloError !== null}
        />{' '}
        <NumberField
          layout="inline"
          label="Window (days)"
          size={4}
          whole
          value={daysText}
          onInput={setDays}
          invalid={daysError !== null}
        />
      </p>
      {/* A lesson may hold several calculators and no unique ids: the message is announced, not linked. */}
      <p aria-live="polite">
        {problem ?? (
          <>
            Error budget: <strong data-testid="calculator-budget">{formatDuration(errorBudgetSeconds(s, d))}</strong> of
            full downtime in {d} days; per day {formatDuration(errorBudgetSeconds(s, 1))}, per year{' '}
            {formatDuration(errorBudgetSeconds(s, YEAR_DAYS))}.
          </>
        )}
      </p>
      <p>
        <a href={`${fullHref}?${link}`}>Play it out in the simulator</a>
      </p>
    </div>
  );
}
