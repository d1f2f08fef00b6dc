/**
 * The simulator's form: what the learner typed, kept as text so a half-typed value is never lost or rewritten;
 * how it reads into a `SimulatorState` (with a message per field that cannot be used); and the edits the form
 * offers. It applies the link's own rules (`simulator-state.ts`) and writes numbers with `plainDecimal`, so a
 * state the link accepts always shows in the form and reads back unchanged, and a state the form reads always
 * goes into the link and comes back unchanged.
 */
import { formatNumber, MINUTES_PER_DAY, requestsPerSecondOver, requestsPerWindow } from './error-budget';
import { plainDecimal, plainNumber } from './number';
import { WORKBOOK_RULES, type AlertRule, type Incident, type RuleResult, type Severity } from './simulation';
import type { Preset } from './simulator-presets';
import {
  DEFAULT_STATE,
  daysProblem,
  incidentProblem,
  MAX_INCIDENTS,
  MAX_REQUESTS_PER_SECOND,
  MAX_RULES,
  policyProblem,
  rpsProblem,
  ruleProblem,
  sameRule,
  sloProblem,
  withPreset,
  type PolicyThresholds,
  type SimulatorState,
} from './simulator-state';

export interface IncidentRow {
  /** Identifies the row while it is edited (for Preact's lists and the row's message). */
  key: number;
  /** Day of the window, from 1. */
  day: string;
  /** Start time in the day, HH:MM. */
  time: string;
  duration: string;
  errors: string;
}

export interface RuleRow {
  key: number;
  share: string;
  long: string;
  short: string;
  severity: Severity;
}

export type PolicyKey = 'freeze' | 'caution' | 'postmortem';

/** Whether the request field counts requests per second or per window. */
export type VolumeUnit = 'second' | 'window';

export interface SimulatorForm {
  slo: string;
  /** One of `WINDOW_CHOICES`, or "custom" (then `customDays` counts). */
  windowChoice: string;
  customDays: string;
  requestBased: boolean;
  rps: string;
  volumeUnit: VolumeUnit;
  incidents: IncidentRow[];
  rules: RuleRow[];
  policy: Record<PolicyKey, string>;
}

/** Windows offered in the list; any other length is a custom window. */
export const WINDOW_CHOICES = ['7', '28', '30', '90'] as const;

const POLICY_FIELD: Record<PolicyKey, keyof PolicyThresholds> = {
  freeze: 'freezePercent',
  caution: 'cautionPercent',
  postmortem: 'postmortemPercent',
};

export interface FormErrors {
  slo?: string;
  days?: string;
  rps?: string;
  /** By row key. */
  incidents: Record<number, string>;
  rules: Record<number, string>;
  policy: Partial<Record<PolicyKey, string>>;
  /** A problem of the form as a whole. */
  form?: string;
}

export interface ParsedForm {
  /** The state the form describes, or null while a setting it cannot do without is unusable. */
  state: SimulatorState | null;
  errors: FormErrors;
  /** The rule each rule row reads as, or null when the row is left out; in the order of `form.rules`. */
  ruleRows: (AlertRule | null)[];
}

const two = (n: number) => String(n).padStart(2, '0');
const n = plainDecimal;

function incidentRow(inc: Incident, key: number): IncidentRow {
  const minuteOfDay = inc.startMinute % MINUTES_PER_DAY;
  return {
    key,
    day: n(Math.floor(inc.startMinute / MINUTES_PER_DAY) + 1),
    time: `${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}`,
    duration: n(inc.durationMinutes),
    errors: n(inc.errorPercent),
  };
}

function ruleRow(rule: AlertRule, key: number): RuleRow {
  return {
    key,
    share: n(rule.budgetPercent),
    long: n(rule.longMinutes),
    short: n(rule.shortMinutes),
    severity: rule.severity,
  };
}

/** The next free key in a list of rows. */
const nextKey = (rows: readonly { key: number }[]) => rows.reduce((max, r) => Math.max(max, r.key + 1), 0);

/** The form showing a state: every number in plain decimal, so the form reads it back as it is. */
export function formFromState(state: SimulatorState): SimulatorForm {
  const days = n(state.windowDays);
  return {
    slo: n(state.sloPercent),
    windowChoice: (WINDOW_CHOICES as readonly string[]).includes(days) ? days : 'custom',
    customDays: days,
    requestBased: state.requestsPerSecond !== null,
    rps: state.requestsPerSecond === null ? '100' : n(state.requestsPerSecond),
    volumeUnit: 'second',
    incidents: state.incidents.map(incidentRow),
    rules: state.rules.map(ruleRow),
    policy: {
      freeze: n(state.policy.freezePercent),
      caution: n(state.policy.cautionPercent),
      postmortem: n(state.policy.postmortemPercent),
    },
  };
}

/** Minutes from midnight for "HH:MM" (one or two digits for the hour), or null. */
export function clockMinutes(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** The window length the form asks for, as typed. */
const daysText = (form: SimulatorForm) => (form.windowChoice === 'custom' ? form.customDays : form.windowChoice);

/** Reads the form: each field with a problem gets a message; unusable incidents and rules are left out. */
export function parseForm(form: SimulatorForm): ParsedForm {
  const errors: FormErrors = { incidents: {}, rules: {}, policy: {} };

  const slo = plainNumber(form.slo);
  const sloErr = sloProblem(slo);
  if (sloErr) errors.slo = `The SLO ${sloErr}.`;

  const days = plainNumber(daysText(form));
  const daysErr = daysProblem(days);
  if (daysErr) errors.days = `The window ${daysErr}.`;
  // Incidents are checked against the window the link would fall back to while the window is wrong.
  const windowDays = daysErr ? DEFAULT_STATE.windowDays : days;

  let requestsPerSecond: number | null = null;
  if (form.requestBased) {
    const volume = plainNumber(form.rps);
    const perSecond = form.volumeUnit === 'second' ? volume : requestsPerSecondOver(volume, windowDays);
    const p = rpsProblem(perSecond);
    if (p) {
      errors.rps =
        form.volumeUnit === 'second'
          ? `The traffic ${p}.`
          : `The traffic ${p}, so at most ${formatNumber(requestsPerWindow(MAX_REQUESTS_PER_SECOND, windowDays), 0)} in this window.`;
    } else requestsPerSecond = perSecond;
  }

  const incidents: Incident[] = [];
  form.incidents.forEach((row, i) => {
    const day = plainNumber(row.day);
    const clock = clockMinutes(row.time);
    const inc: Incident = {
      startMinute: (day - 1) * MINUTES_PER_DAY + (clock ?? Number.NaN),
      durationMinutes: plainNumber(row.duration),
      errorPercent: plainNumber(row.errors),
    };
    const p =
      i >= MAX_INCIDENTS
        ? `the simulator holds at most ${MAX_INCIDENTS} incidents`
        : !Number.isInteger(day) || day < 1
          ? 'the day must be a whole number from 1'
          : clock === null
            ? 'the time must be HH:MM, from 00:00 to 23:59'
            : incidentProblem(inc, windowDays);
    if (p) errors.incidents[row.key] = `This incident is left out: ${p}.`;
    else incidents.push(inc);
  });

  const ruleRows = form.rules.map((row, i): AlertRule | null => {
    const rule: AlertRule = {
      budgetPercent: plainNumber(row.share),
      longMinutes: plainNumber(row.long),
      shortMinutes: plainNumber(row.short),
      severity: row.severity,
    };
    const p = i >= MAX_RULES ? `the simulator holds at most ${MAX_RULES} rules` : ruleProblem(rule);
    if (!p) return rule;
    errors.rules[row.key] = `This rule is left out: ${i >= MAX_RULES ? '' : 'its '}${p}.`;
    return null;
  });
  const rules = ruleRows.filter((r): r is AlertRule => r !== null);
  // A link without rules means the Workbook's rules, so a form whose every rule is left out has no link.
  if (rules.length === 0) errors.form = "Every alert rule is left out: fix one, or restore the Workbook's four rules.";

  const policy = { ...DEFAULT_STATE.policy };
  for (const key of Object.keys(POLICY_FIELD) as PolicyKey[]) {
    const v = plainNumber(form.policy[key]);
    const p = policyProblem(v);
    if (p) errors.policy[key] = `This threshold ${p}.`;
    else policy[POLICY_FIELD[key]] = v;
  }

  const valid = !errors.slo && !errors.days && !errors.rps && !errors.form && Object.keys(errors.policy).length === 0;
  return {
    errors,
    ruleRows,
    state: valid ? { sloPercent: slo, windowDays: days, incidents, rules, requestsPerSecond, policy } : null,
  };
}

/**
 * The result shown on each rule row, in the order of `form.rules`: the simulation's result for the rule the row
 * reads as, or null when the row is left out or the figures still show other settings.
 */
export function resultsByRow(parsed: ParsedForm, results: readonly RuleResult[]): (RuleResult | null)[] {
  let next = 0;
  return parsed.ruleRows.map((rule) => {
    if (!rule) return null;
    const r = results[next++];
    return r && sameRule(r.rule, rule) ? r : null;
  });
}

/**
 * Switches the request field between per second and per window, keeping the same traffic: the text is
 * converted over the window the figures show (rounded to 10 significant digits, so a switch there and back
 * does not leave 0.30000000000000004 in the field).
 */
export function changeVolumeUnit(form: SimulatorForm, unit: VolumeUnit, windowDays: number): SimulatorForm {
  if (unit === form.volumeUnit) return form;
  const v = plainNumber(form.rps);
  const converted = unit === 'window' ? requestsPerWindow(v, windowDays) : requestsPerSecondOver(v, windowDays);
  return {
    ...form,
    volumeUnit: unit,
    rps: Number.isFinite(converted) ? n(Number(converted.toPrecision(10))) : form.rps,
  };
}

/** Whether the form can take another incident. */
export const canAddIncident = (form: SimulatorForm) => form.incidents.length < MAX_INCIDENTS;

/** Adds an incident (day 1 at noon, 30 minutes, all failing), unless the form holds the most it can. */
export function addIncident(form: SimulatorForm): SimulatorForm {
  if (!canAddIncident(form)) return form;
  const row: IncidentRow = { key: nextKey(form.incidents), day: '1', time: '12:00', duration: '30', errors: '100' };
  return { ...form, incidents: [...form.incidents, row] };
}

/** Removes the incident with this key. */
export function removeIncident(form: SimulatorForm, key: number): SimulatorForm {
  return { ...form, incidents: form.incidents.filter((r) => r.key !== key) };
}

/** Changes fields of the incident with this key. */
export function editIncident(
  form: SimulatorForm,
  key: number,
  patch: Partial<Omit<IncidentRow, 'key'>>,
): SimulatorForm {
  return { ...form, incidents: form.incidents.map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

/** Changes fields of the rule with this key. */
export function editRule(form: SimulatorForm, key: number, patch: Partial<Omit<RuleRow, 'key'>>): SimulatorForm {
  return { ...form, rules: form.rules.map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

/** Changes one policy threshold. */
export function editPolicy(form: SimulatorForm, key: PolicyKey, text: string): SimulatorForm {
  return { ...form, policy: { ...form.policy, [key]: text } };
}

/** Puts back the SRE Workbook's four rules, as new rows. */
export function restoreWorkbookRules(form: SimulatorForm): SimulatorForm {
  const first = nextKey(form.rules);
  return { ...form, rules: WORKBOOK_RULES.map((r, i) => ruleRow(r, first + i)) };
}

/** Loads a scenario over the settings the figures show: its SLO, window and incidents, the Workbook's rules. */
export function applyPreset(preset: Preset, shown: SimulatorState): SimulatorForm {
  return formFromState(withPreset(preset, shown));
}
