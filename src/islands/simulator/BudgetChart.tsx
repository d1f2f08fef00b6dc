import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../../lib/error-budget';
import type { Simulation } from '../../lib/simulation';
import { chartGeometry } from '../../lib/simulator-chart';
import { ChartTables } from './ChartTables';
import { memo } from './memo';

interface Props {
  sim: Simulation;
  windowDays: number;
  /** Prefix for element ids (one per simulator on the page). */
  uid: string;
}

/**
 * The window as two panels, error ratio (each step drawn at its highest value, so short spikes stay visible)
 * and budget remaining, then a row per alert rule with fire (▲) and reset (▽) marks. It is drawn as wide as it is
 * on screen, so its labels keep their size on a phone. Tables below say the same in words; they are built only
 * when opened (a year is 365 rows).
 */
export const BudgetChart = memo(function BudgetChart({ sim, windowDays, uid }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  const figure = useRef<HTMLElement>(null);
  // 800 until the browser has measured the chart (the server's HTML).
  const [width, setWidth] = useState(800);
  const [tablesOpen, setTablesOpen] = useState(false);
  useEffect(() => {
    const el = figure.current;
    if (!el) return;
    // A part off screen is not laid out (`content-visibility`) and measures 0: it keeps its width until shown.
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width);
      if (w) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const g = useMemo(() => chartGeometry(sim, windowDays, width), [sim, windowDays, width]);
  const fired = sim.rules.filter((r) => r.episodes.length > 0);
  const summary = `Over ${windowDays} days the error ratio peaks at ${formatPercent(g.peak, 2)} and ${formatPercent(
    sim.consumed,
  )} of the budget is consumed. ${
    fired.length
      ? `Alerts that fire: ${fired.map((r) => `${r.label}, ${r.episodes.length} time${r.episodes.length === 1 ? '' : 's'}`).join('; ')}.`
      : 'No alert fires.'
  } The tables below the chart give the same data by day.`;

  // The tables sit after the figure: a figure's caption must be its first or last child.
  return (
    <>
      <figure class="budget-chart" ref={figure}>
        <svg
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="img"
          aria-labelledby={`${id('chart-title')} ${id('chart-desc')}`}
          class="budget-chart__svg"
        >
          <title id={id('chart-title')}>Error ratio, budget remaining and alerts over the window</title>
          <desc id={id('chart-desc')}>{summary}</desc>
          <text x={g.left} y={14} class="chart-label">
            Error ratio (peak {formatPercent(g.peak, 2)})
          </text>
          <line x1={g.left} x2={g.right} y1={g.ratioBaseY} y2={g.ratioBaseY} class="chart-axis" />
          <path d={g.errorPath} class="chart-error" />
          <text x={g.left} y={g.budgetPanelY - 8} class="chart-label">
            Budget remaining ({formatPercent(sim.remaining)} at the end)
          </text>
          <line x1={g.left} x2={g.right} y1={g.budgetZeroY} y2={g.budgetZeroY} class="chart-axis" />
          <text x={g.left - 9} y={g.budgetTopY + 4} class="chart-tick" text-anchor="end">
            100%
          </text>
          <text x={g.left - 9} y={g.budgetZeroY + 4} class="chart-tick" text-anchor="end">
            0%
          </text>
          <path d={g.budgetPath} class="chart-budget" />
          {g.ticks.map((t) => (
            <text key={t.label} x={t.x} y={g.tickY} class="chart-tick" text-anchor="middle">
              {t.label}
            </text>
          ))}
          {sim.rules.map((r, i) => {
            const y = g.alertY[i]!;
            return (
              <g key={i}>
                <text x={g.left - 9} y={y + 4} class="chart-tick" text-anchor="end">
                  {r.label}
                </text>
                <line x1={g.left} x2={g.right} y1={y} y2={y} class="chart-axis chart-axis--faint" />
                {r.episodes.map((e) => {
                  const fire = g.x(e.firedAt);
                  const reset = e.resetAt === null ? null : g.x(e.resetAt);
                  return (
                    <g key={e.firedAt}>
                      <line
                        x1={fire}
                        x2={reset ?? g.right}
                        y1={y}
                        y2={y}
                        class={`chart-alert chart-alert--${r.rule.severity}`}
                      />
                      <path d={`M${fire - 5},${y + 6}h10L${fire},${y - 6}Z`} class="chart-fire" />
                      {reset !== null && (
                        <path d={`M${reset - 5},${y - 6}h10L${reset},${y + 6}Z`} class="chart-reset" />
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <figcaption>
          ▲ an alert fires and ▽ it resets; the bar between shows how long it stays on. Each step on the chart covers{' '}
          {g.step === 1 ? 'one minute' : `${g.step} minutes, drawn at its highest error ratio`}.
        </figcaption>
      </figure>
      <details class="chart-table" onToggle={(e) => setTablesOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>The chart as tables</summary>
        {tablesOpen && <ChartTables sim={sim} />}
      </details>
    </>
  );
});
