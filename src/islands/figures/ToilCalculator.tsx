import { useState } from 'preact/hooks';
import { automationReturn } from '../../lib/figures';
import { useHydrated } from '../use-hydrated';
import { NumberField, readNumber } from './NumberField';

const FIELDS = [
  ['minutes', 'Minutes per run', 'min', '12'],
  ['runs', 'Runs per week', '', '25'],
  ['residual', 'Runs still done by hand afterwards', '%', '20'],
  ['build', 'Hours to build the automation', 'h', '90'],
  ['maintain', 'Hours a week to maintain it', 'h', '1'],
  ['years', 'Years the task will exist', 'years', '2'],
] as const;

type Key = (typeof FIELDS)[number][0];

/** Does automating this toil pay? Break-even and net hours over the task's life. */
export default function ToilCalculator({ uid }: { uid: string }) {
  const [v, setV] = useState<Record<Key, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f[0], f[3]])) as Record<Key, string>,
  );
  const n = Object.fromEntries(FIELDS.map(([k]) => [k, readNumber(v[k])])) as Record<Key, number | null>;
  const bad = FIELDS.filter(([k]) => n[k] === null || (k === 'residual' && n[k]! > 100));
  const r =
    bad.length === 0
      ? automationReturn({
          minutesPerRun: n.minutes!,
          runsPerWeek: n.runs!,
          residualShare: n.residual! / 100,
          buildHours: n.build!,
          maintenanceHoursPerWeek: n.maintain!,
          years: n.years!,
        })
      : null;
  const f1 = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 1 });
  return (
    <div class="figure" data-testid="toil-calculator" data-ready={useHydrated() ? 'true' : undefined}>
      <p class="figure__title">Toil calculator: does automating it pay?</p>
      <div class="figure__fields">
        {FIELDS.map(([k, label, unit]) => (
          <NumberField
            key={k}
            id={`${uid}-${k}`}
            label={label}
            unit={unit}
            value={v[k]}
            onInput={(x) => setV({ ...v, [k]: x })}
            error={
              bad.some(([b]) => b === k)
                ? k === 'residual'
                  ? 'Enter a percentage from 0 to 100.'
                  : 'Enter a number, 0 or more.'
                : null
            }
          />
        ))}
      </div>
      <p aria-live="polite" data-testid="toil-result">
        {r === null
          ? 'Fix the values marked above to see the result.'
          : r.hoursPerWeekSaved <= 0
            ? `The task costs ${f1(r.hoursPerWeekBefore)} h a week, and the automation would not save any time once maintenance is counted. Leave it manual, or make the automation cheaper to keep.`
            : `The task costs ${f1(r.hoursPerWeekBefore)} h a week; automated, it saves ${f1(r.hoursPerWeekSaved)} h a week. It pays back after ${f1(r.breakEvenWeeks)} weeks, and over ${f1(n.years!)} years it saves ${f1(r.netHours)} h net${r.netHours < 0 ? ': less than it costs' : ''}.`}
      </p>
    </div>
  );
}
