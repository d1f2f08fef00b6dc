/**
 * The geometry of the simulator's chart: two panels (error ratio, budget remaining) and a row per alert rule,
 * drawn in a coordinate system as wide as the chart is on screen, so one unit is one CSS pixel and a 12-unit label
 * is 12 px on a phone as on a laptop.
 *
 * Each series is one SVG path with a point only where the line changes: a window of 525,600 minutes with one
 * incident is a handful of points, not one per minute or per bucket. Minutes are grouped into buckets of about a
 * pixel each (`chartSeries`), each drawn at its highest error ratio so short spikes stay visible.
 */
import { MINUTES_PER_DAY } from './error-budget';
import { bucketMaxima, consumedBy, type Simulation } from './simulation';

/** Room for the rule labels at the left, and a margin at the right. */
export const CHART_LEFT = 60;
const RIGHT = 12;
const TOP = 20;
const GAP = 38;
const ALERT_ROW = 20;
/** The narrowest and widest the chart is drawn, in CSS pixels (narrower screens scale it down a little). */
export const CHART_MIN_WIDTH = 260;
export const CHART_MAX_WIDTH = 1400;
/** Room each day label along the time axis needs, in pixels ("day 1", "365"). */
const TICK_ROOM = 56;

export interface ChartGeometry {
  width: number;
  height: number;
  left: number;
  /** Right edge of the plot. */
  right: number;
  /** Minutes each bucket covers. */
  step: number;
  /** Where a minute of the window is along the time axis. */
  x: (minute: number) => number;
  /** Highest error ratio of the window. */
  peak: number;
  errorPath: string;
  budgetPath: string;
  /** Baseline of the error panel and the 100% and 0% lines of the budget panel. */
  ratioBaseY: number;
  budgetTopY: number;
  budgetZeroY: number;
  /** Top of the budget panel (its title sits above it). */
  budgetPanelY: number;
  /** Day labels along the time axis. */
  ticks: { x: number; label: string }[];
  tickY: number;
  /** Centre line of each rule's row of alert marks, in the order of the rules. */
  alertY: number[];
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The chart for a simulation drawn `width` CSS pixels wide (clamped to the limits above). */
export function chartGeometry(sim: Simulation, windowDays: number, width: number): ChartGeometry {
  const w = Math.round(Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, width)));
  const right = w - RIGHT;
  const plot = right - CHART_LEFT;
  // About one bucket per pixel: more would draw nothing the eye can see.
  const step = Math.max(1, Math.ceil(sim.minutes / Math.max(50, Math.ceil(plot))));
  const maxima = bucketMaxima(sim, step);
  const remainingAt = (b: number) => 1 - consumedBy(sim, Math.min(sim.minutes, (b + 1) * step) - 1);
  const panel = Math.round(Math.min(130, Math.max(80, w * 0.12)));
  const x = (minute: number) => f(CHART_LEFT + (minute / sim.minutes) * plot);

  // The budget only falls, so its lowest point is at the end.
  const peak = Math.max(0, ...maxima);
  const lowest = Math.min(0, sim.remaining);
  const scale = Math.max(peak, 0.01);
  const ratioBaseY = TOP + panel;
  const yRatio = (r: number) => f(ratioBaseY - (r / scale) * panel);
  const budgetPanelY = ratioBaseY + GAP;
  const yBudget = (r: number) => f(budgetPanelY + ((1 - r) / (1 - lowest)) * panel);

  // The error ratio as steps: a horizontal run to where the value changes, then up or down to the new value.
  let errorPath = `M${x(0)},${yRatio(0)}`;
  let level = yRatio(0);
  maxima.forEach((max, b) => {
    const y = yRatio(max);
    if (y !== level) {
      errorPath += `H${x(b * step)}V${y}`;
      level = y;
    }
  });
  errorPath += `H${x(sim.minutes)}V${yRatio(0)}Z`;

  // The budget as a line through each bucket's end, leaving out points in the middle of a flat run.
  const budgetY = (b: number) => yBudget(remainingAt(b));
  let budgetPath = `M${x(0)},${yBudget(1)}`;
  maxima.forEach((_, b) => {
    const y = budgetY(b);
    if (b === maxima.length - 1 || y !== budgetY(b - 1) || y !== budgetY(b + 1)) {
      budgetPath += `L${x(Math.min(sim.minutes, (b + 1) * step))},${y}`;
    }
  });

  const budgetZeroY = yBudget(0);
  const tickY = budgetPanelY + panel + 16;
  const most = Math.max(2, Math.floor(plot / TICK_ROOM));
  const every = Math.max(1, Math.ceil(windowDays / most));
  const ticks: { x: number; label: string }[] = [];
  for (let d = 0; d < windowDays; d += every) {
    ticks.push({ x: x(d * MINUTES_PER_DAY), label: d === 0 ? 'day 1' : String(d + 1) });
  }

  const alertTop = tickY + 14;
  const alertY = sim.rules.map((_, i) => alertTop + i * ALERT_ROW + 10);

  return {
    width: w,
    height: alertTop + sim.rules.length * ALERT_ROW + 8,
    left: CHART_LEFT,
    right,
    step,
    x,
    peak,
    errorPath,
    budgetPath,
    ratioBaseY,
    budgetTopY: yBudget(1),
    budgetZeroY,
    budgetPanelY,
    ticks,
    tickY,
    alertY,
  };
}
