/**
 * The simulator's state and its link: `?slo=99.9&days=30&incident=600,45,100&incident=…`, plus optional
 * `rps` (requests per second, for a request-based SLO), `rule=2,60,5,page` (repeatable; replaces the default
 * rules) and `freeze=0&caution=25&postmortem=20` (policy thresholds, percent). Decoding never throws: each
 * unusable parameter is ignored with a message that names it.
 */
import { daysProblem, MINUTES_PER_DAY, sloProblem } from './error-budget';
import { plainNumber } from './number';

export { daysProblem, sloProblem };
import { WORKBOOK_RULES, type AlertRule, type Incident } from './simulation';

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

/** At most this many incidents and rules are read from a link. */
export const MAX_INCIDENTS = 50;
export const MAX_RULES = 8;

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
    problems.push(`Only the first ${MAX_INCIDENTS} incidents of the link were read.`);

  const rules = params.getAll('rule');
  if (rules.length > 0) {
    const read: AlertRule[] = [];
    rules.slice(0, MAX_RULES).forEach((raw, i) => {
      const [share, long, short, severity] = raw.split(',');
      const rule: AlertRule = {
        budgetPercent: plainNumber(share ?? ''),
        longMinutes: plainNumber(long ?? ''),
        shortMinutes: plainNumber(short ?? ''),
        severity: severity === 'ticket' ? 'ticket' : severity === 'page' ? 'page' : (severity as AlertRule['severity']),
      };
      const p = ruleProblem(rule);
      if (p) problems.push(`The link's rule ${i + 1} “${shown(raw)}” was ignored: its ${p}.`);
      else read.push(rule);
    });
    if (read.length > 0) state.rules = read;
  }

  const rps = params.get('rps');
  if (rps !== null) {
    const v = plainNumber(rps);
    if (!(v > 0 && v <= 1e9))
      problems.push(`The link's rps “${shown(rps)}” was ignored: it must be a number of requests per second above 0.`);
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
    if (!(v >= 0 && v <= 100))
      problems.push(`The link's ${key} “${shown(raw)}” was ignored: it must be a percentage from 0 to 100.`);
    else state.policy[field] = v;
  }
  return { state, problems };
}

const sameRules = (a: readonly AlertRule[], b: readonly AlertRule[]) =>
  a.length === b.length &&
  a.every((r, i) => {
    const o = b[i]!;
    return (
      r.budgetPercent === o.budgetPercent &&
      r.longMinutes === o.longMinutes &&
      r.shortMinutes === o.shortMinutes &&
      r.severity === o.severity
    );
  });

/** The query string for a state (without "?"); defaults other than slo and days are left out. */
export function encodeSimulatorLink(state: SimulatorState): string {
  const params = new URLSearchParams();
  params.set('slo', String(state.sloPercent));
  params.set('days', String(state.windowDays));
  for (const inc of state.incidents)
    params.append('incident', `${inc.startMinute},${inc.durationMinutes},${inc.errorPercent}`);
  if (!sameRules(state.rules, WORKBOOK_RULES)) {
    for (const r of state.rules)
      params.append('rule', `${r.budgetPercent},${r.longMinutes},${r.shortMinutes},${r.severity}`);
  }
  if (state.requestsPerSecond !== null) params.set('rps', String(state.requestsPerSecond));
  if (state.policy.freezePercent !== DEFAULT_POLICY.freezePercent)
    params.set('freeze', String(state.policy.freezePercent));
  if (state.policy.cautionPercent !== DEFAULT_POLICY.cautionPercent)
    params.set('caution', String(state.policy.cautionPercent));
  if (state.policy.postmortemPercent !== DEFAULT_POLICY.postmortemPercent) {
    params.set('postmortem', String(state.policy.postmortemPercent));
  }
  return params.toString().replace(/%2C/g, ',');
}
