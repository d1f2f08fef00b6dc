/**
 * Error-budget arithmetic: budgets, burn rates, the nines. Pure functions with units in their names.
 *
 * Conventions: a day is 86,400 s; a week 7 days; a month 30 days (the common SLO convention; 28-day windows
 * are listed separately); a quarter 91.25 days and a year 365 days (a quarter is a quarter of that year).
 */

export const SECONDS_PER_DAY = 86_400;
export const MINUTES_PER_DAY = 1_440;

/** Periods for the nines table, in days. */
export const PERIODS = [
  { id: 'day', label: 'Day', days: 1 },
  { id: 'week', label: 'Week', days: 7 },
  { id: '28d', label: '28 days', days: 28 },
  { id: '30d', label: '30 days (month)', days: 30 },
  { id: 'quarter', label: 'Quarter', days: 91.25 },
  { id: 'year', label: 'Year', days: 365 },
] as const;

/** Availability targets shown in the nines table, in percent. */
export const NINES = [90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999] as const;

/** The lowest and highest SLO the simulator accepts, in percent. */
export const SLO_MIN = 90;
export const SLO_MAX = 99.999;

/** Why a value is not a valid SLO, or null. */
export function sloProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a number';
  if (value < SLO_MIN || value > SLO_MAX) return `must be from ${SLO_MIN} to ${SLO_MAX}`;
  return null;
}

/** Why a value is not a valid window length in days, or null. */
export function daysProblem(value: number): string | null {
  if (!Number.isInteger(value)) return 'must be a whole number of days';
  if (value < 1 || value > 365) return 'must be from 1 to 365';
  return null;
}

/** Share of events (or time) the SLO allows to be bad: 1 − slo/100. */
export const allowedErrorRatio = (sloPercent: number) => 1 - sloPercent / 100;

/** Length of a period of `days` days, in seconds. */
export const periodSeconds = (days: number) => days * SECONDS_PER_DAY;

/** Error budget over a window, in seconds: (1 − slo/100) × days × 86,400. */
export function errorBudgetSeconds(sloPercent: number, windowDays: number): number {
  return allowedErrorRatio(sloPercent) * periodSeconds(windowDays);
}

/** Requests in a window of `windowDays` at a steady `requestsPerSecond`. */
export function requestsPerWindow(requestsPerSecond: number, windowDays: number): number {
  return requestsPerSecond * periodSeconds(windowDays);
}

/** The steady rate, per second, that adds up to `requests` over a window of `windowDays`. */
export function requestsPerSecondOver(requests: number, windowDays: number): number {
  return requests / periodSeconds(windowDays);
}

/** Error budget in failed requests for a request-based SLO: (1 − slo/100) × valid requests. */
export function errorBudgetRequests(sloPercent: number, validRequests: number): number {
  return allowedErrorRatio(sloPercent) * validRequests;
}

/** Burn rate: observed error ratio ÷ (1 − slo/100). At 1 the budget lasts exactly the window. */
export function burnRate(errorRatio: number, sloPercent: number): number {
  return errorRatio / allowedErrorRatio(sloPercent);
}

/** Seconds until the remaining budget is gone at a constant burn rate; Infinity when nothing burns. */
export function timeToExhaustionSeconds(remainingBudgetSeconds: number, rate: number, sloPercent: number): number {
  if (remainingBudgetSeconds <= 0) return 0;
  const badSecondsPerSecond = rate * allowedErrorRatio(sloPercent);
  return badSecondsPerSecond <= 0 ? Infinity : remainingBudgetSeconds / badSecondsPerSecond;
}

/** Availability in percent when `downtimeSeconds` of a period of `periodDays` is down. */
export function availabilityFromDowntime(downtimeSeconds: number, periodDays: number): number {
  return (1 - downtimeSeconds / periodSeconds(periodDays)) * 100;
}

/**
 * A duration for people, e.g. "43 min 12 s", "4 min 19.2 s", "7 h 12 min", "3 d 15 h 36 min". Seconds keep one
 * decimal when they have one; parts that are zero are left out.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never';
  if (seconds < 0) return `−${formatDuration(-seconds)}`;
  const rounded = Math.round(seconds * 10) / 10;
  if (rounded === 0) return '0 s';
  const d = Math.floor(rounded / SECONDS_PER_DAY);
  const h = Math.floor((rounded % SECONDS_PER_DAY) / 3600);
  const m = Math.floor((rounded % 3600) / 60);
  const s = Math.round((rounded % 60) * 10) / 10;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  // Seconds are noise next to days.
  if (s && !d) parts.push(`${s} s`);
  return parts.join(' ') || '0 s';
}

/**
 * A number with thousands separators and at most `digits` decimals, exactly as
 * `value.toLocaleString('en', { maximumFractionDigits: digits })` writes it: the shortest decimal that reads back as
 * the number, rounded half away from zero ("1.005" → "1.01"), "-0" for a negative that rounds to zero.
 *
 * Written out rather than asking `Intl`: the first `Intl.NumberFormat` a page makes loads the browser's locale data,
 * measured at 180 ms of a phone's main thread while the simulator hydrates, and each `toLocaleString` with options
 * makes a new one (about 30 µs).
 */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  // 1 / -0 is -Infinity: negative zero keeps its sign, as Intl writes it.
  const sign = 1 / value < 0 ? '-' : '';
  // The shortest round-trip decimal, e.g. "1.005", "1.5e-7", "1e+21": its digits and where the point goes.
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let all = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  const keep = point + digits;
  let kept = all.slice(0, keep).padEnd(keep, '0');
  // Half away from zero: a 5 or more after the last digit kept rounds up ("0999" + 1 → "1000").
  if (all.length > keep && all[keep]! >= '5') kept = String(BigInt(kept) + 1n).padStart(kept.length, '0');
  const intDigits = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '') || '0';
  const fracDigits = kept.slice(kept.length - digits).replace(/0+$/, '');
  const grouped = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fracDigits ? `.${fracDigits}` : ''}`;
}

/** A fraction as a percentage for people, e.g. 0.4629 → "46.3%". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(fraction * 100, digits)}%`;
}
