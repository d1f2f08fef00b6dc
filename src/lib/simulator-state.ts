/**
 * The simulator's state and its link: `?slo=99.9&days=30&incident=600,45,100&incident=…`, plus optional
 * `rps` (requests per second, for a request-based SLO), `rule=2,60,5,page` (repeatable; replaces the default
 * rules) and `freeze=0&caution=25&postmortem=20` (policy thresholds, percent). Decoding never throws: each
 * unusable parameter, unknown or misspelt ones included, is ignored with a message that names it.
 *
 * The rules here (`…Problem`, `MAX_INCIDENTS`, `MAX_RULES`) are the only ones: the form (`simulator-form.ts`)
 * applies the same functions, and numbers are always written in plain decimal (`plainDecimal`), so whatever the
 * link holds the form can show and read back, and the other way round.
 */
import { daysProblem, formatNumber, MINUTES_PER_DAY, sloProblem } from './error-budget';
import { plainDecimal, plainNumber } from './number';
import { WORKBOOK_RULES, type AlertRule, type Incident } from './simulation';
import type { Preset } from './simulator-presets';

export { daysProblem, sloProblem };

export interface PolicyThresholds {
  /** Remaining budget (percent) at or below which releases freeze. */
  freezePercent: number;
  /** Remaining budget (percent) below which launches need extra care. */
  cautionPercent: number;
  /** Share of the budget (percent) one incident may consume before a postmortem is required. */
  postmortemPercent: number;
}

export const DEFAULT_POLICY: PolicyThresholds = { freezePercent: 0, cautionPercent: 25, postmortemPercent: 20 };

export interface SimulatorState {
  sloPercent: number;
  windowDays: number;
  incidents: Incident[];
  rules: AlertRule[];
  /** Requests per second, for a request-based SLO; null for a time-based one. */
  requestsPerSecond: number | null;
  policy: PolicyThresholds;
}

export const DEFAULT_STATE: SimulatorState = {
  sloPercent: 99.9,
  windowDays: 30,
  incidents: [],
  rules: WORKBOOK_RULES.map((r) => ({ ...r })),
  requestsPerSecond: null,
  policy: { ...DEFAULT_POLICY },
};

/** At most this many incidents and rules are read from a link, and held by the form. */
export const MAX_INCIDENTS = 50;
export const MAX_RULES = 8;

/** The highest request rate the simulator takes, per second. */
export const MAX_REQUESTS_PER_SECOND = 1e9;

/** The link's parameters; any other is reported. */
export const LINK_PARAMETERS = ['slo', 'days', 'incident', 'rule', 'rps', 'freeze', 'caution', 'postmortem'] as const;

/** Parameters that may be repeated; the others are read once. */
const REPEATABLE = new Set(['incident', 'rule']);

const isWhole = (n: number) => Number.isInteger(n);

/** Shortens a value for a message, so a crafted link cannot flood the page. */
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Why an incident is not usable in a window of `windowDays`, or null. */
export function incidentProblem(inc: Incident, windowDays: number): string | null {
  if (![inc.startMinute, inc.durationMinutes, inc.errorPercent].every(Number.isFinite)) return 'needs three numbers';
  if (!isWhole(inc.startMinute) || inc.startMinute < 0) return 'start must be a whole minute from 0';
  if (inc.startMinute >= windowDays * MINUTES_PER_DAY) return 'starts after the window ends';
  if (!isWhole(inc.durationMinutes) || inc.durationMinutes < 1)
    return 'duration must be a whole number of minutes from 1';
  if (inc.errorPercent <= 0 || inc.errorPercent > 100) return 'percent failing must be above 0 and at most 100';
  return null;
}

/** Why a rule is not usable, or null. */
export function ruleProblem(rule: AlertRule): string | null {
  if (!(rule.budgetPercent > 0 && rule.budgetPercent <= 100))
    return 'budget share must be above 0 and at most 100 percent';
  if (!isWhole(rule.longMinutes) || rule.longMinutes < 1 || rule.longMinutes > 525_600)
    return 'long window must be 1 to 525600 minutes';
  if (!isWhole(rule.shortMinutes) || rule.shortMinutes < 1 || rule.shortMinutes > rule.longMinutes) {
    return 'short window must be a whole number of minutes, at most the long window';
  }
  if (rule.severity !== 'page' && rule.severity !== 'ticket') return 'severity must be "page" or "ticket"';
  return null;
}

/** Why a request rate (per second) is not usable, or null. */
export function rpsProblem(requestsPerSecond: number): string | null {
  if (!(requestsPerSecond > 0 && requestsPerSecond <= MAX_REQUESTS_PER_SECOND))
    return `must be above 0 and at most ${formatNumber(MAX_REQUESTS_PER_SECOND)} requests a second`;
  return null;
}

/** Why a policy threshold (percent) is not usable, or null. */
export function policyProblem(percent: number): string | null {
  return percent >= 0 && percent <= 100 ? null : 'must be a percentage from 0 to 100';
}

/** A known parameter that `name` probably meant (another case, or singular for plural), or null. */
function meant(name: string): string | null {
  const lower = name.trim().toLowerCase();
  return LINK_PARAMETERS.find((k) => k === lower || k === lower.replace(/s$/, '') || k === `${lower}s`) ?? null;
}

export interface DecodedState {
  state: SimulatorState;
  /** One sentence per ignored parameter, naming it. */
  problems: string[];
}

/** Reads the simulator's state from a link's query string. Never throws. */
export function decodeSimulatorLink(search: string | URLSearchParams): DecodedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];
  const state: SimulatorState = structuredClone(DEFAULT_STATE);

  // Unknown and repeated parameters first, in the order the link gives them.
  const counted = new Map<string, number>();
  for (const name of params.keys()) counted.set(name, (counted.get(name) ?? 0) + 1);
  for (const [name, count] of counted) {
    if (!(LINK_PARAMETERS as readonly string[]).includes(name)) {
      const guess = meant(name);
      problems.push(
        `The link's parameter “${shown(name)}” was ignored: the simulator does not know it${
          guess ? ` (did you mean “${guess}”?)` : ` (it knows ${LINK_PARAMETERS.join(', ')})`
        }.`,
      );
    } else if (count > 1 && !REPEATABLE.has(name)) {
      problems.push(
        `The link's ${name} appears ${count} times: only the first, “${shown(params.get(name)!)}”, was read.`,
      );
    }
  }

  const slo = params.get('slo');
  if (slo !== null) {
    const v = plainNumber(slo);
    const p = sloProblem(v);
    if (p) problems.push(`The link's slo “${shown(slo)}” was ignored: it ${p}.`);
    else state.sloPercent = v;
  }

  const days = params.get('days');
  if (days !== null) {
    const v = plainNumber(days);
    const p = daysProblem(v);
    if (p) problems.push(`The link's days “${shown(days)}” was ignored: it ${p}.`);
    else state.windowDays = v;
  }

  const incidents = params.getAll('incident');
  incidents.slice(0, MAX_INCIDENTS).forEach((raw, i) => {
    const parts = raw.split(',');
    const [start, duration, errors] = parts.map(plainNumber);
    const inc: Incident = {
      startMinute: start ?? Number.NaN,
      durationMinutes: duration ?? Number.NaN,
      errorPercent: errors ?? Number.NaN,
    };
    const p = parts.length !== 3 ? 'needs start,duration,errors' : incidentProblem(inc, state.windowDays);
    if (p) problems.push(`The link's incident ${i + 1} “${shown(raw)}” was ignored: it ${p}.`);
    else state.incidents.push(inc);
  });
  if (incidents.length > MAX_INCIDENTS)
    problems.push(
      `Only the first ${MAX_INCIDENTS} incidents of the link were read: the simulator holds at most ${MAX_INCIDENTS}, so ${
        incidents.length - MAX_INCIDENTS
      } more ${incidents.length - MAX_INCIDENTS === 1 ? 'was' : 'were'} ignored.`,
    );

  const rules = params.getAll('rule');
  if (rules.length > 0) {
    const read: AlertRule[] = [];
    rules.slice(0, MAX_RULES).forEach((raw, i) => {
      const parts = raw.split(',');
      const [share, long, short, severity] = parts;
      const rule: AlertRule = {
        budgetPercent: plainNumber(share ?? ''),
        longMinutes: plainNumber(long ?? ''),
        shortMinutes: plainNumber(short ?? ''),
        severity: severity === 'ticket' ? 'ticket' : severity === 'page' ? 'page' : (severity as AlertRule['severity']),
      };
      const p = parts.length !== 4 ? 'four parts must be share,long,short,severity' : ruleProblem(rule);
      if (p) problems.push(`The link's rule ${i + 1} “${shown(raw)}” was ignored: its ${p}.`);
      else read.push(rule);
    });
    if (read.length > 0) state.rules = read;
    if (rules.length > MAX_RULES)
      problems.push(
        `Only the first ${MAX_RULES} rules of the link were read: the simulator holds at most ${MAX_RULES}, so ${
          rules.length - MAX_RULES
        } more ${rules.length - MAX_RULES === 1 ? 'was' : 'were'} ignored.`,
      );
  }

  const rps = params.get('rps');
  if (rps !== null) {
    const v = plainNumber(rps);
    const p = rpsProblem(v);
    if (p) problems.push(`The link's rps “${shown(rps)}” was ignored: it ${p}.`);
    else state.requestsPerSecond = v;
  }

  for (const [key, field] of [
    ['freeze', 'freezePercent'],
    ['caution', 'cautionPercent'],
    ['postmortem', 'postmortemPercent'],
  ] as const) {
    const raw = params.get(key);
    if (raw === null) continue;
    const v = plainNumber(raw);
    const p = policyProblem(v);
    if (p) problems.push(`The link's ${key} “${shown(raw)}” was ignored: it ${p}.`);
    else state.policy[field] = v;
  }
  return { state, problems };
}

/** Whether two rules are the same rule. */
export const sameRule = (a: AlertRule, b: AlertRule) =>
  a.budgetPercent === b.budgetPercent &&
  a.longMinutes === b.longMinutes &&
  a.shortMinutes === b.shortMinutes &&
  a.severity === b.severity;

const sameRules = (a: readonly AlertRule[], b: readonly AlertRule[]) =>
  a.length === b.length && a.every((r, i) => sameRule(r, b[i]!));

/** The query string for a state (without "?"); defaults other than slo and days are left out. */
export function encodeSimulatorLink(state: SimulatorState): string {
  const n = plainDecimal;
  const params = new URLSearchParams();
  params.set('slo', n(state.sloPercent));
  params.set('days', n(state.windowDays));
  for (const inc of state.incidents)
    params.append('incident', `${n(inc.startMinute)},${n(inc.durationMinutes)},${n(inc.errorPercent)}`);
  if (!sameRules(state.rules, WORKBOOK_RULES)) {
    for (const r of state.rules)
      params.append('rule', `${n(r.budgetPercent)},${n(r.longMinutes)},${n(r.shortMinutes)},${r.severity}`);
  }
  if (state.requestsPerSecond !== null) params.set('rps', n(state.requestsPerSecond));
  if (state.policy.freezePercent !== DEFAULT_POLICY.freezePercent) params.set('freeze', n(state.policy.freezePercent));
  if (state.policy.cautionPercent !== DEFAULT_POLICY.cautionPercent)
    params.set('caution', n(state.policy.cautionPercent));
  if (state.policy.postmortemPercent !== DEFAULT_POLICY.postmortemPercent) {
    params.set('postmortem', n(state.policy.postmortemPercent));
  }
  return params.toString().replace(/%2C/g, ',');
}

/** A scenario applied to a state: its SLO, window and incidents, with the Workbook's rules; the rest is kept. */
export function withPreset(preset: Preset, base: SimulatorState = DEFAULT_STATE): SimulatorState {
  return {
    ...base,
    sloPercent: preset.sloPercent,
    windowDays: preset.windowDays,
    incidents: preset.incidents.map((i) => ({ ...i })),
    rules: WORKBOOK_RULES.map((r) => ({ ...r })),
    policy: { ...base.policy },
  };
}
