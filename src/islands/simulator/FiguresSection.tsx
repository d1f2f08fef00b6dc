import { formatDuration, formatNumber, formatPercent } from '../../lib/error-budget';
import type { BudgetFigures } from '../../lib/simulator-figures';
import { memo } from './memo';

/** The budget, what is consumed and left, the burn rate now and when the budget runs out. */
export const FiguresSection = memo(function FiguresSection({
  figures: f,
  uid,
}: {
  figures: BudgetFigures;
  uid: string;
}) {
  const id = (name: string) => `${uid}-${name}`;
  const exhaustion = f.exhaustionSeconds;
  return (
    <section aria-labelledby={id('sim-figures')}>
      <h2 id={id('sim-figures')}>The budget</h2>
      <dl class="figures" aria-live="polite">
        <div>
          <dt>Error budget</dt>
          <dd>
            <output name="budget" data-value={f.budgetSeconds}>
              {formatDuration(f.budgetSeconds)}
            </output>
            {f.requests && (
              <span class="figures__sub" data-testid="budget-requests">
                {formatNumber(f.requests.allowedFailures, 0)} failed requests of {formatNumber(f.requests.total, 0)}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Consumed</dt>
          <dd>
            <output name="consumed" data-value={f.consumed}>
              {formatPercent(f.consumed)}
            </output>
            <span class="figures__sub">{formatDuration(f.consumedSeconds)} of bad time</span>
          </dd>
        </div>
        <div>
          <dt>Remaining</dt>
          <dd>
            <output name="remaining" data-value={f.remaining}>
              {formatPercent(f.remaining)}
            </output>
            <span class="figures__sub">{formatDuration(f.remainingSeconds)}</span>
          </dd>
        </div>
        <div>
          <dt>Burn rate now</dt>
          <dd>
            <output name="burn-rate" data-value={f.burnRateNow}>
              {formatNumber(f.burnRateNow, 2)}×
            </output>
            <span class="figures__sub">over the last hour of the window</span>
          </dd>
        </div>
        <div>
          <dt>Budget gone in</dt>
          <dd>
            <output name="exhaustion" data-value={Number.isFinite(exhaustion) ? exhaustion : ''}>
              {f.remaining <= 0
                ? 'already gone'
                : Number.isFinite(exhaustion)
                  ? formatDuration(exhaustion)
                  : 'never, at this rate'}
            </output>
          </dd>
        </div>
      </dl>
      <p class="hint">Budget = (1 − SLO) × window. A month is counted as 30 days; “now” is the end of the window.</p>
    </section>
  );
});
