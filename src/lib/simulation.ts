/**
 * The error-budget simulation: uniform traffic, one-minute steps over `days × 1440` minutes. This module is the
 * reference for the simulator page's link contract (see the README of the simulator and issue "3 of 4").
 *
 * - The error ratio of a minute is the sum of the ratios of the incidents covering it, capped at 1; minutes
 *   before the window are error-free; an incident running past the window's end is cut there.
 * - Consumed = Σ ratio × 60 s / budget (a fraction, may exceed 1); remaining = 1 − consumed.
 * - A rule taking share s of the budget over long window L has burn-rate factor f = s × window / L; its
 *   threshold is f × (1 − slo/100). The ratio of a window of W minutes at minute i is the sum of the ratios of
 *   minutes i−W+1 … i divided by W. A rule fires at the first minute where both its long and its short window
 *   are at or above the threshold, and resets at the first later minute where either is below it.
 */
import { allowedErrorRatio, errorBudgetSeconds, MINUTES_PER_DAY } from './error-budget';

export interface Incident {
  /** Minute from the window's start. */
  startMinute: number;
  durationMinutes: number;
  /** Percent of requests failing, 0–100. */
  errorPercent: number;
}

export type Severity = 'page' | 'ticket';

export interface AlertRule {
  /** Share of the budget the rule is about, in percent (2 means 2%). */
  budgetPercent: number;
  longMinutes: number;
  shortMinutes: number;
  severity: Severity;
}

/** The SRE Workbook's four multi-window, multi-burn-rate rules. */
export const WORKBOOK_RULES: readonly AlertRule[] = [
  { budgetPercent: 2, longMinutes: 60, shortMinutes: 5, severity: 'page' },
  { budgetPercent: 5, longMinutes: 360, shortMinutes: 30, severity: 'page' },
  { budgetPercent: 10, longMinutes: 1440, shortMinutes: 120, severity: 'ticket' },
  { budgetPercent: 10, longMinutes: 4320, shortMinutes: 360, severity: 'ticket' },
];

/** A window length for people and for `data-alert`: 60 → "1h", 1440 → "1d", 4320 → "3d", 30 → "30m". */
export function windowLabel(minutes: number): string {
  if (minutes % MINUTES_PER_DAY === 0) return `${minutes / MINUTES_PER_DAY}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** "1h/5m" for the Workbook's first rule. */
export const ruleLabel = (rule: AlertRule) => `${windowLabel(rule.longMinutes)}/${windowLabel(rule.shortMinutes)}`;

/** Burn-rate factor f = s × window / L (14.4 for 2% of a 30-day budget in 1 h). */
export function burnRateFactor(rule: AlertRule, windowDays: number): number {
  return ((rule.budgetPercent / 100) * windowDays * MINUTES_PER_DAY) / rule.longMinutes;
}

/** Error-ratio threshold of a rule: f × (1 − slo/100). */
export function ruleThreshold(rule: AlertRule, sloPercent: number, windowDays: number): number {
  return burnRateFactor(rule, windowDays) * allowedErrorRatio(sloPercent);
}

export interface AlertEpisode {
  firedAt: number;
  /** The minute the condition stopped holding, or null when it held to the window's end. */
  resetAt: number | null;
}

export interface RuleResult {
  rule: AlertRule;
  label: string;
  factor: number;
  threshold: number;
  /** First minute the rule fires, or null. */
  firedAt: number | null;
  resetAt: number | null;
  /** Minutes from the start of the incident that was under way when it fired. */
  detectionMinutes: number | null;
  /** Budget consumed (fraction) by the end of the minute it fired. */
  consumedAtFire: number | null;
  episodes: AlertEpisode[];
}

export interface SimulationInput {
  sloPercent: number;
  windowDays: number;
  incidents: readonly Incident[];
  rules: readonly AlertRule[];
}

export interface Simulation {
  minutes: number;
  budgetSeconds: number;
  /** Error ratio per minute. */
  ratio: Float64Array;
  /** prefix[i] = Σ ratio[0 … i−1]; length minutes + 1. */
  prefix: Float64Array;
  /** Budget consumed by the end of the window (fraction, may exceed 1). */
  consumed: number;
  remaining: number;
  rules: RuleResult[];
}

/**
 * Floating-point sums can land a hair below a threshold they equal in exact arithmetic (0.02 × 720 × 0.001
 * is not exactly 0.0144 in binary). Comparisons allow this relative slack.
 */
const SLACK = 1e-9;

/** Error ratio per minute from the incidents. */
export function errorRatios(minutes: number, incidents: readonly Incident[]): Float64Array {
  const ratio = new Float64Array(minutes);
  for (const inc of incidents) {
    const from = Math.max(0, Math.floor(inc.startMinute));
    const to = Math.min(minutes, Math.floor(inc.startMinute + inc.durationMinutes));
    const r = inc.errorPercent / 100;
    for (let i = from; i < to; i++) ratio[i]! += r;
  }
  for (let i = 0; i < minutes; i++) if (ratio[i]! > 1) ratio[i] = 1;
  return ratio;
}

/** Prefix sums of the ratios, for O(1) window sums. */
export function prefixSums(ratio: Float64Array): Float64Array {
  const prefix = new Float64Array(ratio.length + 1);
  for (let i = 0; i < ratio.length; i++) prefix[i + 1] = prefix[i]! + ratio[i]!;
  return prefix;
}

/** Ratio of the window of `w` minutes ending at minute i (minutes before the window count as error-free). */
export function windowRatio(prefix: Float64Array, i: number, w: number): number {
  return (prefix[i + 1]! - prefix[Math.max(0, i - w + 1)]!) / w;
}

/** Budget consumed (fraction) by the end of minute i. */
export function consumedBy(sim: Pick<Simulation, 'prefix' | 'budgetSeconds'>, i: number): number {
  return (sim.prefix[Math.min(i + 1, sim.prefix.length - 1)]! * 60) / sim.budgetSeconds;
}

function evaluateRule(
  rule: AlertRule,
  prefix: Float64Array,
  minutes: number,
  input: SimulationInput,
  budgetSeconds: number,
): RuleResult {
  const factor = burnRateFactor(rule, input.windowDays);
  const threshold = factor * allowedErrorRatio(input.sloPercent);
  const bar = threshold * (1 - SLACK);
  const episodes: AlertEpisode[] = [];
  let open: AlertEpisode | null = null;
  for (let i = 0; i < minutes; i++) {
    const on = windowRatio(prefix, i, rule.longMinutes) >= bar && windowRatio(prefix, i, rule.shortMinutes) >= bar;
    if (on && !open) {
      open = { firedAt: i, resetAt: null };
      episodes.push(open);
    } else if (!on && open) {
      open.resetAt = i;
      open = null;
    }
  }
  const first = episodes[0];
  let detectionMinutes: number | null = null;
  if (first) {
    const active =
      input.incidents
        .filter((inc) => inc.startMinute <= first.firedAt)
        .sort((a, b) => b.startMinute - a.startMinute)
        .find((inc) => inc.startMinute + inc.durationMinutes > first.firedAt) ??
      input.incidents
        .filter((inc) => inc.startMinute <= first.firedAt)
        .sort((a, b) => b.startMinute - a.startMinute)[0];
    detectionMinutes = active ? first.firedAt - active.startMinute : null;
  }
  return {
    rule,
    label: ruleLabel(rule),
    factor,
    threshold,
    firedAt: first?.firedAt ?? null,
    resetAt: first?.resetAt ?? null,
    detectionMinutes,
    consumedAtFire: first ? (prefix[first.firedAt + 1]! * 60) / budgetSeconds : null,
    episodes,
  };
}

/** Runs the whole simulation. */
export function simulate(input: SimulationInput): Simulation {
  const minutes = Math.round(input.windowDays * MINUTES_PER_DAY);
  const budgetSeconds = errorBudgetSeconds(input.sloPercent, input.windowDays);
  const ratio = errorRatios(minutes, input.incidents);
  const prefix = prefixSums(ratio);
  const consumed = (prefix[minutes]! * 60) / budgetSeconds;
  return {
    minutes,
    budgetSeconds,
    ratio,
    prefix,
    consumed,
    remaining: 1 - consumed,
    rules: input.rules.map((rule) => evaluateRule(rule, prefix, minutes, input, budgetSeconds)),
  };
}

/**
 * Share of the budget (fraction) each incident consumes on its own: its failing share × its minutes inside
 * the window × 60 s ÷ budget. Overlaps are not capped here; the policy uses this for per-incident triggers.
 */
export function incidentBudgetShares(
  sim: Pick<Simulation, 'minutes' | 'budgetSeconds'>,
  incidents: readonly Incident[],
): number[] {
  return incidents.map((i) => {
    const minutes = Math.max(0, Math.min(i.durationMinutes, sim.minutes - i.startMinute));
    return (((minutes * i.errorPercent) / 100) * 60) / sim.budgetSeconds;
  });
}

export interface ChartPoint {
  /** First minute of the bucket. */
  minute: number;
  /** Highest error ratio in the bucket, so short spikes stay visible. */
  maxRatio: number;
  /** Budget remaining (fraction) at the bucket's end. */
  remaining: number;
}

/** At most `maxPoints` points for the chart: minutes grouped into equal buckets. */
export function chartSeries(sim: Simulation, maxPoints = 2000): ChartPoint[] {
  const size = Math.max(1, Math.ceil(sim.minutes / maxPoints));
  const points: ChartPoint[] = [];
  for (let start = 0; start < sim.minutes; start += size) {
    const end = Math.min(sim.minutes, start + size);
    let max = 0;
    for (let i = start; i < end; i++) if (sim.ratio[i]! > max) max = sim.ratio[i]!;
    points.push({ minute: start, maxRatio: max, remaining: 1 - consumedBy(sim, end - 1) });
  }
  return points;
}

/** Per-day summary for the chart's table equivalent. */
export function dailySummary(
  sim: Simulation,
): { day: number; maxRatio: number; badMinutes: number; remaining: number }[] {
  const days: { day: number; maxRatio: number; badMinutes: number; remaining: number }[] = [];
  for (let start = 0; start < sim.minutes; start += MINUTES_PER_DAY) {
    const end = Math.min(sim.minutes, start + MINUTES_PER_DAY);
    let max = 0;
    let bad = 0;
    for (let i = start; i < end; i++) {
      if (sim.ratio[i]! > max) max = sim.ratio[i]!;
      bad += sim.ratio[i]!;
    }
    days.push({
      day: start / MINUTES_PER_DAY + 1,
      maxRatio: max,
      badMinutes: bad,
      remaining: 1 - consumedBy(sim, end - 1),
    });
  }
  return days;
}
