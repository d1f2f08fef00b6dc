import { formatPercent, MINUTES_PER_DAY } from '../../lib/error-budget';
import { chartSeries, dailySummary, type Simulation } from '../../lib/simulation';
import { minuteLabel } from './format';

interface Props {
  sim: Simulation;
  windowDays: number;
  /** Prefix for element ids (one per simulator on the page). */
  uid: string;
}

const W = 800;
const LEFT = 52;
const RIGHT = 12;
const TOP = 18;
const PANEL = 90;
const GAP = 36;
const ALERT_ROW = 18;

/**
 * The window as two panels, error ratio (each step drawn at its highest value, so short spikes stay visible)
 * and budget remaining, then a row per alert rule with fire (▲) and reset (▽) marks. A table below says the
 * same in words.
 */
export function BudgetChart({ sim, windowDays, uid }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  const points = chartSeries(sim);
  const step = points.length > 1 ? points[1]!.minute - points[0]!.minute : sim.minutes;
  const x = (minute: number) => LEFT + (minute / sim.minutes) * (W - LEFT - RIGHT);
  const peak = Math.max(0, ...points.map((p) => p.maxRatio));
  const scale = Math.max(peak, 0.01);
  const yRatio = (r: number) => TOP + PANEL - (r / scale) * PANEL;
  const lowest = Math.min(0, ...points.map((p) => p.remaining));
  const top2 = TOP + PANEL + GAP;
  const yBudget = (r: number) => top2 + ((1 - r) / (1 - lowest)) * PANEL;
  const f = (n: number) => n.toFixed(1);
  const errorPath = `M${f(x(0))},${f(yRatio(0))} ${points
    .map((p) => `L${f(x(p.minute))},${f(yRatio(p.maxRatio))} L${f(x(p.minute + step))},${f(yRatio(p.maxRatio))}`)
    .join(' ')} L${f(x(sim.minutes))},${f(yRatio(0))} Z`;
  const budgetPath = `M${f(x(0))},${f(yBudget(1))} ${points
    .map((p) => `L${f(x(Math.min(sim.minutes, p.minute + step)))},${f(yBudget(p.remaining))}`)
    .join(' ')}`;
  const alertTop = top2 + PANEL + 26;
  const height = alertTop + sim.rules.length * ALERT_ROW + 6;
  const tickEvery = Math.max(1, Math.ceil(windowDays / 10));
  const ticks = Array.from({ length: Math.floor((windowDays - 1) / tickEvery) + 1 }, (_, i) => i * tickEvery);
  const fired = sim.rules.filter((r) => r.episodes.length > 0);
  const summary = `Over ${windowDays} days the error ratio peaks at ${formatPercent(peak, 2)} and ${formatPercent(
    sim.consumed,
  )} of the budget is consumed. ${
    fired.length
      ? `Alerts that fire: ${fired.map((r) => `${r.label}, ${r.episodes.length} time${r.episodes.length === 1 ? '' : 's'}`).join('; ')}.`
      : 'No alert fires.'
  } The table below the chart gives the same data by day.`;

  // The tables follow the figure rather than sit in it: a <figcaption> must be a figure's first or last child.
  return (
    <>
      <figure class="budget-chart">
        <svg
          viewBox={`0 0 ${W} ${height}`}
          role="img"
          aria-labelledby={`${id('chart-title')} ${id('chart-desc')}`}
          class="budget-chart__svg"
        >
          <title id={id('chart-title')}>Error ratio, budget remaining and alerts over the window</title>
          <desc id={id('chart-desc')}>{summary}</desc>
          <text x={LEFT} y={TOP - 5} class="chart-label">
            Error ratio (peak {formatPercent(peak, 2)})
          </text>
          <line x1={LEFT} x2={W - RIGHT} y1={yRatio(0)} y2={yRatio(0)} class="chart-axis" />
          <path d={errorPath} class="chart-error" />
          <text x={LEFT} y={top2 - 6} class="chart-label">
            Budget remaining ({formatPercent(sim.remaining)} at the end)
          </text>
          <line x1={LEFT} x2={W - RIGHT} y1={yBudget(0)} y2={yBudget(0)} class="chart-axis" />
          <text x={LEFT - 4} y={yBudget(1) + 4} class="chart-tick" text-anchor="end">
            100%
          </text>
          <text x={LEFT - 4} y={yBudget(0) + 4} class="chart-tick" text-anchor="end">
            0%
          </text>
          <path d={budgetPath} class="chart-budget" />
          {ticks.map((d) => (
            <text key={d} x={x(d * MINUTES_PER_DAY)} y={top2 + PANEL + 16} class="chart-tick" text-anchor="middle">
              {d === 0 ? 'day 1' : d + 1}
            </text>
          ))}
          {sim.rules.map((r, i) => {
            const y = alertTop + i * ALERT_ROW + 8;
            return (
              <g key={`${r.label}-${i}`}>
                <text x={LEFT - 4} y={y + 4} class="chart-tick" text-anchor="end">
                  {r.label}
                </text>
                <line x1={LEFT} x2={W - RIGHT} y1={y} y2={y} class="chart-axis chart-axis--faint" />
                {r.episodes.map((e) => (
                  <g key={e.firedAt}>
                    <line
                      x1={x(e.firedAt)}
                      x2={x(e.resetAt ?? sim.minutes)}
                      y1={y}
                      y2={y}
                      class={`chart-alert chart-alert--${r.rule.severity}`}
                    />
                    <path
                      d={`M${f(x(e.firedAt) - 5)},${y + 6} h10 L${f(x(e.firedAt))},${y - 6} Z`}
                      class="chart-fire"
                    />
                    {e.resetAt !== null && (
                      <path
                        d={`M${f(x(e.resetAt) - 5)},${y - 6} h10 L${f(x(e.resetAt))},${y + 6} Z`}
                        class="chart-reset"
                      />
                    )}
                  </g>
                ))}
              </g>
            );
          })}
        </svg>
        <figcaption>
          ▲ an alert fires and ▽ it resets; the bar between shows how long it stays on. Each step on the chart covers{' '}
          {step === 1 ? 'one minute' : `${step} minutes, drawn at its highest error ratio`}.
        </figcaption>
      </figure>
      <details class="chart-table">
        <summary>The chart as tables</summary>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
          <table>
            <caption>By day: the highest error ratio, bad minutes and the budget remaining at the day's end</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Highest error ratio</th>
                <th scope="col">Bad minutes</th>
                <th scope="col">Budget remaining</th>
              </tr>
            </thead>
            <tbody>
              {dailySummary(sim).map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  <td>{formatPercent(d.maxRatio, 2)}</td>
                  <td>{d.badMinutes.toFixed(1)}</td>
                  <td>{formatPercent(d.remaining)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
          <table>
            <caption>Alert events</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Fires</th>
                <th scope="col">Resets</th>
              </tr>
            </thead>
            <tbody>
              {sim.rules.flatMap((r) =>
                r.episodes.map((e) => (
                  <tr key={`${r.label}-${e.firedAt}`}>
                    <th scope="row">{r.label}</th>
                    <td>{minuteLabel(e.firedAt)}</td>
                    <td>{e.resetAt === null ? 'still on at the end' : minuteLabel(e.resetAt)}</td>
                  </tr>
                )),
              )}
              {fired.length === 0 && (
                <tr>
                  <td colSpan={3}>No alert fires in this window.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
