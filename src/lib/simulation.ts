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
  /** Sorted [from, to) stretches of minutes outside which the error ratio is 0 (see `ErrorTimeline`). */
  errorSpans: [from: number, to: number][];
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

/**
 * Sorted [from, to) stretches of minutes, each made `reach` minutes longer (cut at `minutes`), merged where they
 * meet or overlap.
 */
function mergeSpans(
  spans: readonly (readonly [number, number, ...number[]])[],
  reach: number,
  minutes: number,
): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const end = Math.min(minutes, to + reach);
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([from, end]);
  }
  return merged;
}

function evaluateRule(
  rule: AlertRule,
  timeline: ErrorTimeline,
  input: SimulationInput,
  budgetSeconds: number,
): RuleResult {
  const { prefix, minutes } = timeline;
  const factor = burnRateFactor(rule, input.windowDays);
  const threshold = factor * allowedErrorRatio(input.sloPercent);
  const bar = threshold * (1 - SLACK);
  const episodes: AlertEpisode[] = [];
  let open: AlertEpisode | null = null;
  // Minute by minute only where errors can be seen (a 365-day window has 525,600 minutes, most of them calm); a
  // rule still on when such a stretch ends resets on the next minute. A threshold of 0 or less would hold on
  // error-free minutes too: then every minute is looked at.
  // Outside the stretches of errors, made as much longer as the rule's windows reach back, both windows sum to
  // exactly 0 (adding 0 leaves a prefix sum as it is), so no rule with a threshold above 0 can be on there.
  const reach = Math.max(rule.longMinutes, rule.shortMinutes);
  const spans = bar > 0 ? mergeSpans(timeline.errorSpans, reach, minutes) : [[0, minutes] as const];
  for (const [from, to] of spans) {
    for (let i = from; i < to; i++) {
      const on = windowRatio(prefix, i, rule.longMinutes) >= bar && windowRatio(prefix, i, rule.shortMinutes) >= bar;
      if (on && !open) {
        open = { firedAt: i, resetAt: null };
        episodes.push(open);
      } else if (!on && open) {
        open.resetAt = i;
        open = null;
      }
    }
    if (open && to < minutes) {
      open.resetAt = to;
      open = null;
    }
  }
  const first = episodes[0];
  let detectionMinutes: number | null = null;
  if (first) {
    // The latest incident under way when it fired, or else the latest one before.
    const started = input.incidents
      .filter((inc) => inc.startMinute <= first.firedAt)
      .sort((a, b) => b.startMinute - a.startMinute);
    const active = started.find((inc) => inc.startMinute + inc.durationMinutes > first.firedAt) ?? started[0];
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

/**
 * What a window and its incidents make, before any SLO or rule: the error ratio of each minute, its prefix sums,
 * and the stretches where it is above 0. The simulator page keeps it while only the SLO or the rules change.
 */
export interface ErrorTimeline {
  minutes: number;
  ratio: Float64Array;
  prefix: Float64Array;
  /** Sorted, merged [from, to) stretches of minutes outside which the ratio is 0. */
  errorSpans: [from: number, to: number][];
}

/** The error timeline of a window of `windowDays` with these incidents. */
export function errorTimeline(windowDays: number, incidents: readonly Incident[]): ErrorTimeline {
  const minutes = Math.round(windowDays * MINUTES_PER_DAY);
  // Each incident's minutes inside the window and its failing share.
  const parts = incidents.map((inc): [number, number, number] => [
    Math.max(0, Math.floor(inc.startMinute)),
    Math.min(minutes, Math.floor(inc.startMinute + inc.durationMinutes)),
    inc.errorPercent / 100,
  ]);
  const errorSpans = mergeSpans(
    parts.filter(([from, to, r]) => r !== 0 && to > from).sort((a, b) => a[0] - b[0]),
    0,
    minutes,
  );
  // As `errorRatios` and `prefixSums`, minute by minute only where errors are: elsewhere a ratio is 0 and the
  // prefix sum stays as it is (a year is 525,600 minutes; an incident a few hundred).
  const ratio = new Float64Array(minutes);
  for (const [from, to, r] of parts) for (let i = from; i < to; i++) ratio[i]! += r;
  const prefix = new Float64Array(minutes + 1);
  let sum = 0;
  let done = 0;
  for (const [from, to] of errorSpans) {
    prefix.fill(sum, done + 1, from + 1);
    for (let i = from; i < to; i++) {
      if (ratio[i]! > 1) ratio[i] = 1;
      sum += ratio[i]!;
      prefix[i + 1] = sum;
    }
    done = to;
  }
  prefix.fill(sum, done + 1, minutes + 1);
  return { minutes, ratio, prefix, errorSpans };
}

/**
 * Runs the whole simulation. `timeline` may be passed when it is already known for the same window and
 * incidents (the simulator page keeps it while the SLO or the rules are edited).
 */
export function simulate(
  input: SimulationInput,
  timeline: ErrorTimeline = errorTimeline(input.windowDays, input.incidents),
): Simulation {
  const { minutes, ratio, prefix, errorSpans } = timeline;
  const budgetSeconds = errorBudgetSeconds(input.sloPercent, input.windowDays);
  const consumed = (prefix[minutes]! * 60) / budgetSeconds;
  return {
    minutes,
    budgetSeconds,
    ratio,
    prefix,
    consumed,
    remaining: 1 - consumed,
    rules: input.rules.map((rule) => evaluateRule(rule, timeline, input, budgetSeconds)),
    errorSpans,
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

/**
 * The highest error ratio of each bucket of `size` minutes, looking only at the minutes where errors are (the
 * rest are 0): a year of calm minutes costs nothing.
 */
export function bucketMaxima(sim: Simulation, size: number): Float64Array {
  const max = new Float64Array(Math.ceil(sim.minutes / size));
  for (const [from, to] of sim.errorSpans) {
    for (let i = from; i < to; i++) {
      const b = Math.floor(i / size);
      if (sim.ratio[i]! > max[b]!) max[b] = sim.ratio[i]!;
    }
  }
  return max;
}

/** At most `maxPoints` points for the chart: minutes grouped into equal buckets. */
export function chartSeries(sim: Simulation, maxPoints = 2000): ChartPoint[] {
  const size = Math.max(1, Math.ceil(sim.minutes / maxPoints));
  const max = bucketMaxima(sim, size);
  const points: ChartPoint[] = [];
  for (let b = 0; b < max.length; b++) {
    const end = Math.min(sim.minutes, (b + 1) * size);
    points.push({ minute: b * size, maxRatio: max[b]!, remaining: 1 - consumedBy(sim, end - 1) });
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
