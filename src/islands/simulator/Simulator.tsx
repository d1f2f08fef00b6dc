import { useEffect, useMemo, useState } from 'preact/hooks';
import { evaluatePolicy } from '../../lib/budget-policy';
import {
  burnRate,
  errorBudgetRequests,
  formatDuration,
  formatNumber,
  formatPercent,
  MINUTES_PER_DAY,
  SLO_MAX,
  SLO_MIN,
  timeToExhaustionSeconds,
} from '../../lib/error-budget';
import {
  incidentBudgetShares,
  simulate,
  windowRatio,
  WORKBOOK_RULES,
  type AlertRule,
  type Incident,
} from '../../lib/simulation';
import { PRESETS } from '../../lib/simulator-presets';
import {
  daysProblem,
  decodeSimulatorLink,
  encodeSimulatorLink,
  incidentProblem,
  ruleProblem,
  sloProblem,
  type PolicyThresholds,
  type SimulatorState,
} from '../../lib/simulator-state';
import { plainNumber } from '../../lib/number';
import { BudgetChart } from './BudgetChart';
import { ExportPanel } from './ExportPanel';
import { minuteLabel } from './format';
import { NinesTable } from './NinesTable';

interface Props {
  /** Read the state from the page's link and keep the link up to date (the simulator page). */
  syncUrl?: boolean;
  /** Starting state as a query string, e.g. from a preset (lessons). */
  initial?: string;
  /** Link to the full simulator page, shown when embedded. */
  fullHref?: string;
  /** Prefix for element ids, unique on the page: a lesson may embed the simulator more than once. */
  uid?: string;
}

/** Form fields as typed: kept as text so a half-typed value is never lost or rewritten. */
interface IncidentRow {
  key: number;
  day: string;
  time: string;
  duration: string;
  errors: string;
}
interface RuleRow {
  key: number;
  share: string;
  long: string;
  short: string;
  severity: AlertRule['severity'];
}
interface Form {
  slo: string;
  windowChoice: string;
  customDays: string;
  requestBased: boolean;
  rps: string;
  /** Whether `rps` is per second or per window. */
  volumeUnit: 'second' | 'window';
  incidents: IncidentRow[];
  rules: RuleRow[];
  policy: { freeze: string; caution: string; postmortem: string };
}

const WINDOW_CHOICES = ['7', '28', '30', '90'];
let keys = 0;
const two = (n: number) => String(n).padStart(2, '0');

function toForm(s: SimulatorState): Form {
  return {
    slo: String(s.sloPercent),
    windowChoice: WINDOW_CHOICES.includes(String(s.windowDays)) ? String(s.windowDays) : 'custom',
    customDays: String(s.windowDays),
    requestBased: s.requestsPerSecond !== null,
    rps: s.requestsPerSecond === null ? '100' : String(s.requestsPerSecond),
    volumeUnit: 'second',
    incidents: s.incidents.map((i) => ({
      key: keys++,
      day: String(Math.floor(i.startMinute / MINUTES_PER_DAY) + 1),
      time: `${two(Math.floor((i.startMinute % MINUTES_PER_DAY) / 60))}:${two(i.startMinute % 60)}`,
      duration: String(i.durationMinutes),
      errors: String(i.errorPercent),
    })),
    rules: s.rules.map((r) => ({
      key: keys++,
      share: String(r.budgetPercent),
      long: String(r.longMinutes),
      short: String(r.shortMinutes),
      severity: r.severity,
    })),
    policy: {
      freeze: String(s.policy.freezePercent),
      caution: String(s.policy.cautionPercent),
      postmortem: String(s.policy.postmortemPercent),
    },
  };
}

const num = plainNumber;

interface Parsed {
  state: SimulatorState | null;
  /** Problems by field key, for messages beside the fields. */
  errors: Record<string, string>;
}

/** Reads the form; fields with problems get a message, and invalid incidents or rules are left out. */
function parseForm(form: Form): Parsed {
  const errors: Record<string, string> = {};
  const slo = num(form.slo);
  const sloErr = sloProblem(slo);
  if (sloErr) errors['slo'] = `The SLO ${sloErr}.`;
  const days = num(form.windowChoice === 'custom' ? form.customDays : form.windowChoice);
  const daysErr = daysProblem(days);
  if (daysErr) errors['days'] = `The window ${daysErr}.`;
  const volume = num(form.rps);
  if (form.requestBased && !(volume > 0)) errors['rps'] = 'The number of requests must be above 0.';
  const windowDays = daysErr ? 30 : days;
  const incidents: Incident[] = [];
  form.incidents.forEach((row) => {
    const [h, m] = row.time.split(':').map(Number);
    const day = num(row.day);
    const timeOk = /^\d{1,2}:\d{2}$/.test(row.time) && h! < 24 && m! < 60;
    const inc: Incident = {
      startMinute: (day - 1) * MINUTES_PER_DAY + (timeOk ? h! * 60 + m! : Number.NaN),
      durationMinutes: num(row.duration),
      errorPercent: num(row.errors),
    };
    const p =
      !Number.isInteger(day) || day < 1
        ? 'the day must be a whole number from 1'
        : !timeOk
          ? 'the time must be HH:MM'
          : incidentProblem(inc, windowDays);
    if (p) errors[`incident-${row.key}`] = `This incident is left out: ${p}.`;
    else incidents.push(inc);
  });
  const rules: AlertRule[] = [];
  form.rules.forEach((row) => {
    const rule: AlertRule = {
      budgetPercent: num(row.share),
      longMinutes: num(row.long),
      shortMinutes: num(row.short),
      severity: row.severity,
    };
    const p = ruleProblem(rule);
    if (p) errors[`rule-${row.key}`] = `This rule is left out: its ${p}.`;
    else rules.push(rule);
  });
  const policy: PolicyThresholds = {
    freezePercent: num(form.policy.freeze),
    cautionPercent: num(form.policy.caution),
    postmortemPercent: num(form.policy.postmortem),
  };
  for (const [k, v] of Object.entries(policy))
    if (!(v >= 0 && v <= 100)) errors[`policy-${k}`] = 'Enter a percentage from 0 to 100.';
  const valid = !sloErr && !daysErr && !errors['rps'] && !Object.keys(errors).some((k) => k.startsWith('policy-'));
  return {
    errors,
    state: valid
      ? {
          sloPercent: slo,
          windowDays: days,
          incidents,
          rules,
          // Requests per window are stored per second: the link and the model use one unit.
          requestsPerSecond: form.requestBased
            ? form.volumeUnit === 'second'
              ? volume
              : volume / (days * 86_400)
            : null,
          policy,
        }
      : null,
  };
}

/** The error-budget simulator: budget, burn, multi-window alerts, policy, nines and exports. */
export default function Simulator({ syncUrl = false, initial = '', fullHref, uid = 'sim' }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  // The first render matches the server's HTML (built from `initial`); a link's state is read once mounted.
  const [start] = useState(() => decodeSimulatorLink(initial));
  const [problems, setProblems] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [form, setForm] = useState<Form>(() => toForm(start.state));
  const [last, setLast] = useState<SimulatorState>(start.state);
  useEffect(() => {
    if (syncUrl) {
      const fromLink = decodeSimulatorLink(location.search);
      setForm(toForm(fromLink.state));
      setLast(fromLink.state);
      setProblems(fromLink.problems);
    }
    setReady(true);
  }, [syncUrl]);
  const parsed = useMemo(() => parseForm(form), [form]);
  const state = parsed.state ?? last;
  useEffect(() => {
    if (parsed.state) setLast(parsed.state);
  }, [parsed.state]);
  const sim = useMemo(
    () =>
      simulate({
        sloPercent: state.sloPercent,
        windowDays: state.windowDays,
        incidents: state.incidents,
        rules: state.rules,
      }),
    [state],
  );
  const link = encodeSimulatorLink(state);
  useEffect(() => {
    if (syncUrl && ready && parsed.state) history.replaceState(null, '', `?${link}`);
  }, [link, syncUrl, ready, parsed.state]);

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const setIncident = (key: number, patch: Partial<IncidentRow>) =>
    setForm((f) => ({ ...f, incidents: f.incidents.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const setRule = (key: number, patch: Partial<RuleRow>) =>
    setForm((f) => ({ ...f, rules: f.rules.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));

  // "Now" is the end of the window: burn rate over its last hour.
  const lastMinute = sim.minutes - 1;
  const hourRatio = windowRatio(sim.prefix, lastMinute, 60);
  const rateNow = burnRate(hourRatio, state.sloPercent);
  const remainingSeconds = sim.remaining * sim.budgetSeconds;
  const exhaustion = timeToExhaustionSeconds(remainingSeconds, rateNow, state.sloPercent);
  const requests = state.requestsPerSecond === null ? null : state.requestsPerSecond * state.windowDays * 86_400;
  const policy = evaluatePolicy(sim.remaining, incidentBudgetShares(sim, state.incidents), state.policy);

  return (
    <div class="simulator" data-testid="simulator" data-ready={ready ? 'true' : undefined}>
      {problems.length > 0 && (
        <div class="notice" role="alert" data-testid="link-problems">
          <p>
            <strong>Parts of this link could not be used:</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby={id('sim-slo')}>
        <h2 id={id('sim-slo')}>The SLO</h2>
        <div class="form-grid">
          <p>
            <label for={id('slo')}>SLO target (%)</label>
            <input
              id={id('slo')}
              type="text"
              inputMode="decimal"
              value={form.slo}
              aria-describedby={parsed.errors['slo'] ? id('slo-error') : undefined}
              aria-invalid={parsed.errors['slo'] ? 'true' : undefined}
              onInput={(e) => set({ slo: (e.target as HTMLInputElement).value })}
            />
            <span class="hint">
              From {SLO_MIN} to {SLO_MAX}
            </span>
            {parsed.errors['slo'] && (
              <span id={id('slo-error')} class="field-error">
                {parsed.errors['slo']}
              </span>
            )}
          </p>
          <p>
            <label for={id('window')}>Window</label>
            <select
              id={id('window')}
              value={form.windowChoice}
              onChange={(e) => set({ windowChoice: (e.target as HTMLSelectElement).value })}
            >
              {WINDOW_CHOICES.map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
              <option value="custom">Custom…</option>
            </select>
          </p>
          {form.windowChoice === 'custom' && (
            <p>
              <label for={id('custom-days')}>Days (1–365)</label>
              <input
                id={id('custom-days')}
                type="text"
                inputMode="numeric"
                value={form.customDays}
                aria-invalid={parsed.errors['days'] ? 'true' : undefined}
                aria-describedby={parsed.errors['days'] ? id('days-error') : undefined}
                onInput={(e) => set({ customDays: (e.target as HTMLInputElement).value })}
              />
              {parsed.errors['days'] && (
                <span id={id('days-error')} class="field-error">
                  {parsed.errors['days']}
                </span>
              )}
            </p>
          )}
          <fieldset class="inline-choice">
            <legend>The SLO counts</legend>
            <label>
              <input
                type="radio"
                name="slo-kind"
                checked={!form.requestBased}
                onChange={() => set({ requestBased: false })}
              />{' '}
              time (bad minutes)
            </label>
            <label>
              <input
                type="radio"
                name="slo-kind"
                checked={form.requestBased}
                onChange={() => set({ requestBased: true })}
              />{' '}
              requests
            </label>
          </fieldset>
          {form.requestBased && (
            <p>
              <label for={id('rps')}>Requests</label>
              <input
                id={id('rps')}
                type="text"
                inputMode="decimal"
                value={form.rps}
                aria-invalid={parsed.errors['rps'] ? 'true' : undefined}
                aria-describedby={parsed.errors['rps'] ? id('rps-error') : undefined}
                onInput={(e) => set({ rps: (e.target as HTMLInputElement).value })}
              />
              {parsed.errors['rps'] && (
                <span id={id('rps-error')} class="field-error">
                  {parsed.errors['rps']}
                </span>
              )}
            </p>
          )}
          {form.requestBased && (
            <p>
              <label for={id('volume-unit')}>Counted</label>
              <select
                id={id('volume-unit')}
                value={form.volumeUnit}
                onChange={(e) => {
                  const unit = (e.target as HTMLSelectElement).value as Form['volumeUnit'];
                  // Keep the same traffic when the unit changes.
                  const seconds = (parsed.state ?? last).windowDays * 86_400;
                  const v = num(form.rps);
                  const converted = Number.isFinite(v) ? (unit === 'window' ? v * seconds : v / seconds) : Number.NaN;
                  set({
                    volumeUnit: unit,
                    rps: Number.isFinite(converted) ? String(Number(converted.toPrecision(10))) : form.rps,
                  });
                }}
              >
                <option value="second">per second</option>
                <option value="window">per window</option>
              </select>
            </p>
          )}
        </div>
        {!parsed.state && <p class="notice">The figures below still show the last valid settings.</p>}
      </section>

      <section aria-labelledby={id('sim-figures')}>
        <h2 id={id('sim-figures')}>The budget</h2>
        <dl class="figures" aria-live="polite">
          <div>
            <dt>Error budget</dt>
            <dd>
              <output name="budget" data-value={sim.budgetSeconds}>
                {formatDuration(sim.budgetSeconds)}
              </output>
              {requests !== null && (
                <span class="figures__sub" data-testid="budget-requests">
                  {formatNumber(errorBudgetRequests(state.sloPercent, requests), 0)} failed requests of{' '}
                  {formatNumber(requests, 0)}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Consumed</dt>
            <dd>
              <output name="consumed" data-value={sim.consumed}>
                {formatPercent(sim.consumed)}
              </output>
              <span class="figures__sub">{formatDuration(sim.consumed * sim.budgetSeconds)} of bad time</span>
            </dd>
          </div>
          <div>
            <dt>Remaining</dt>
            <dd>
              <output name="remaining" data-value={sim.remaining}>
                {formatPercent(sim.remaining)}
              </output>
              <span class="figures__sub">{formatDuration(Math.max(0, remainingSeconds))}</span>
            </dd>
          </div>
          <div>
            <dt>Burn rate now</dt>
            <dd>
              <output name="burn-rate" data-value={rateNow}>
                {formatNumber(rateNow, 2)}×
              </output>
              <span class="figures__sub">over the last hour of the window</span>
            </dd>
          </div>
          <div>
            <dt>Budget gone in</dt>
            <dd>
              <output name="exhaustion" data-value={Number.isFinite(exhaustion) ? exhaustion : ''}>
                {sim.remaining <= 0
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

      <section aria-labelledby={id('sim-presets')}>
        <h2 id={id('sim-presets')}>Scenarios</h2>
        <ul class="presets">
          {PRESETS.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                class="button button--quiet"
                data-preset={p.id}
                onClick={() =>
                  setForm(
                    toForm({
                      ...state,
                      sloPercent: p.sloPercent,
                      windowDays: p.windowDays,
                      incidents: p.incidents,
                      rules: WORKBOOK_RULES.map((r) => ({ ...r })),
                    }),
                  )
                }
              >
                {p.title}
              </button>
              <span class="presets__text">{p.lesson}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={id('sim-incidents')}>
        <h2 id={id('sim-incidents')}>Incidents</h2>
        {form.incidents.length === 0 && <p>No incidents yet: the budget is untouched. Add one, or load a scenario.</p>}
        <ol class="incident-list">
          {form.incidents.map((row, i) => (
            <li key={row.key} class="incident" data-testid="incident">
              <fieldset>
                <legend>Incident {i + 1}</legend>
                <label>
                  Day{' '}
                  <input
                    type="text"
                    inputMode="numeric"
                    size={4}
                    value={row.day}
                    onInput={(e) => setIncident(row.key, { day: (e.target as HTMLInputElement).value })}
                  />
                </label>
                <label>
                  Start (HH:MM){' '}
                  <input
                    type="text"
                    size={5}
                    value={row.time}
                    onInput={(e) => setIncident(row.key, { time: (e.target as HTMLInputElement).value })}
                  />
                </label>
                <label>
                  Minutes{' '}
                  <input
                    type="text"
                    inputMode="numeric"
                    size={6}
                    value={row.duration}
                    onInput={(e) => setIncident(row.key, { duration: (e.target as HTMLInputElement).value })}
                  />
                </label>
                <label>
                  % failing{' '}
                  <input
                    type="text"
                    inputMode="decimal"
                    size={5}
                    value={row.errors}
                    onInput={(e) => setIncident(row.key, { errors: (e.target as HTMLInputElement).value })}
                  />
                </label>
                <button
                  type="button"
                  class="button button--quiet"
                  onClick={() => setForm((f) => ({ ...f, incidents: f.incidents.filter((r) => r.key !== row.key) }))}
                >
                  Remove<span class="visually-hidden"> incident {i + 1}</span>
                </button>
                {parsed.errors[`incident-${row.key}`] && (
                  <p class="field-error">{parsed.errors[`incident-${row.key}`]}</p>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          class="button"
          onClick={() =>
            setForm((f) => ({
              ...f,
              incidents: [...f.incidents, { key: keys++, day: '1', time: '12:00', duration: '30', errors: '100' }],
            }))
          }
        >
          Add an incident
        </button>
      </section>

      <section aria-labelledby={id('sim-chart')}>
        <h2 id={id('sim-chart')}>Timeline</h2>
        <BudgetChart sim={sim} windowDays={state.windowDays} uid={uid} />
      </section>

      <section aria-labelledby={id('sim-alerts')}>
        <h2 id={id('sim-alerts')}>Burn-rate alerts</h2>
        <p>
          Each rule fires when the error ratio over both its long and its short window reaches its threshold: the burn
          rate that would spend the rule's share of the budget within the long window.
        </p>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
          <table class="alerts-table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Budget share (%)</th>
                <th scope="col">Long window (min)</th>
                <th scope="col">Short window (min)</th>
                <th scope="col">Severity</th>
                <th scope="col">Burn rate</th>
                <th scope="col">First fires</th>
                <th scope="col">Resets</th>
                <th scope="col">Detected after</th>
                <th scope="col">Budget used then</th>
              </tr>
            </thead>
            <tbody>
              {form.rules.map((row, i) => {
                const valid = !parsed.errors[`rule-${row.key}`];
                const index = form.rules.slice(0, i).filter((r) => !parsed.errors[`rule-${r.key}`]).length;
                const r = valid ? sim.rules[index] : undefined;
                return (
                  <tr key={row.key} data-alert={r?.label} data-fired-at={r?.firedAt ?? ''}>
                    <th scope="row">{r?.label ?? `Rule ${i + 1}`}</th>
                    <td>
                      <input
                        aria-label={`Rule ${i + 1} budget share`}
                        size={4}
                        value={row.share}
                        onInput={(e) => setRule(row.key, { share: (e.target as HTMLInputElement).value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Rule ${i + 1} long window in minutes`}
                        size={5}
                        value={row.long}
                        onInput={(e) => setRule(row.key, { long: (e.target as HTMLInputElement).value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Rule ${i + 1} short window in minutes`}
                        size={4}
                        value={row.short}
                        onInput={(e) => setRule(row.key, { short: (e.target as HTMLInputElement).value })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`Rule ${i + 1} severity`}
                        value={row.severity}
                        onChange={(e) =>
                          setRule(row.key, { severity: (e.target as HTMLSelectElement).value as AlertRule['severity'] })
                        }
                      >
                        <option value="page">page</option>
                        <option value="ticket">ticket</option>
                      </select>
                    </td>
                    {r ? (
                      <>
                        <td>{formatNumber(r.factor, 2)}×</td>
                        <td>{r.firedAt === null ? 'never' : minuteLabel(r.firedAt)}</td>
                        <td>
                          {r.firedAt === null
                            ? '—'
                            : r.resetAt === null
                              ? 'still on at the end'
                              : minuteLabel(r.resetAt)}
                        </td>
                        <td>{r.detectionMinutes === null ? '—' : formatDuration(r.detectionMinutes * 60 + 60)}</td>
                        <td>{r.consumedAtFire === null ? '—' : formatPercent(r.consumedAtFire)}</td>
                      </>
                    ) : (
                      <td colSpan={5} class="field-error">
                        {parsed.errors[`rule-${row.key}`]}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p class="hint">
          “Detected after” counts from the start of the incident under way to the end of the minute the rule fires.
        </p>
        <button
          type="button"
          class="button button--quiet"
          onClick={() =>
            setForm((f) => ({ ...f, rules: toForm({ ...state, rules: WORKBOOK_RULES.map((r) => ({ ...r })) }).rules }))
          }
        >
          Restore the Workbook's four rules
        </button>
      </section>

      <section aria-labelledby={id('sim-policy')}>
        <h2 id={id('sim-policy')}>Error budget policy</h2>
        <div class="form-grid">
          {(
            [
              ['freeze', 'Freeze releases at or below (% left)'],
              ['caution', 'Ship with care below (% left)'],
              ['postmortem', 'Postmortem when one incident uses more than (%)'],
            ] as const
          ).map(([k, label]) => (
            <p key={k}>
              <label for={id(`policy-${k}`)}>{label}</label>
              <input
                id={id(`policy-${k}`)}
                type="text"
                inputMode="decimal"
                size={5}
                value={form.policy[k]}
                onInput={(e) => set({ policy: { ...form.policy, [k]: (e.target as HTMLInputElement).value } })}
              />
              {parsed.errors[`policy-${k}Percent`] && (
                <span class="field-error">{parsed.errors[`policy-${k}Percent`]}</span>
              )}
            </p>
          ))}
        </div>
        <div class={`policy policy--${policy.level}`} data-testid="policy" data-level={policy.level}>
          <p>
            <strong>
              {policy.level === 'freeze' ? 'Freeze.' : policy.level === 'caution' ? 'Caution.' : 'Normal.'}
            </strong>{' '}
            {policy.action}
          </p>
          <p>{policy.reason}</p>
          {policy.postmortemsFor.length > 0 && (
            <p>
              A postmortem is required for incident{policy.postmortemsFor.length === 1 ? '' : 's'}{' '}
              {policy.postmortemsFor.join(', ')}: each used more than {state.policy.postmortemPercent}% of the budget on
              its own.
            </p>
          )}
        </div>
      </section>

      <NinesTable sloPercent={state.sloPercent} uid={uid} />

      <ExportPanel state={state} uid={uid} />

      <p class="hint">
        {syncUrl ? 'The address of this page always holds the whole scenario: copy it to share.' : null}
        {fullHref && (
          <a href={`${fullHref}?${link}`} data-testid="open-full">
            Open this scenario in the full simulator
          </a>
        )}
      </p>
    </div>
  );
}
