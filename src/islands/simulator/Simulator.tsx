import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluatePolicy } from '../../lib/budget-policy';
import { errorTimeline, incidentBudgetShares, simulate } from '../../lib/simulation';
import { budgetFigures } from '../../lib/simulator-figures';
import { applyPreset, formFromState, parseForm, resultsByRow, type SimulatorForm } from '../../lib/simulator-form';
import type { Preset } from '../../lib/simulator-presets';
import { decodeSimulatorLink, encodeSimulatorLink, type SimulatorState } from '../../lib/simulator-state';
import { AlertsSection } from './AlertsSection';
import { BudgetChart } from './BudgetChart';
import { ExportPanel } from './ExportPanel';
import { FiguresSection } from './FiguresSection';
import { HydrateLater } from './HydrateLater';
import { IncidentsSection } from './IncidentsSection';
import { NinesTable } from './NinesTable';
import { PolicySection } from './PolicySection';
import { PresetsSection } from './PresetsSection';
import { SloSection } from './SloSection';
import { useDeferred, useEditedAfterPaint } from './use-deferred';

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

/**
 * The error-budget simulator: budget, burn, multi-window alerts, policy, nines and exports.
 *
 * A keystroke redraws only what it changes: every derived value is kept until what it is computed from changes
 * (the window's minute-by-minute errors until the window or an incident changes, the simulation until the SLO or
 * a rule does too), and the sections render again only when their own props change (`memo`).
 */
export default function Simulator({ syncUrl = false, initial = '', fullHref, uid = 'sim' }: Props) {
  // The first render matches the server's HTML (built from `initial`); a link's state is read once mounted.
  const [start] = useState(() => decodeSimulatorLink(initial).state);
  const [problems, setProblems] = useState<string[]>([]);
  const [linkRead, setLinkRead] = useState(false);
  // A keystroke changes the form at once and draws it after the browser has painted the letter (see
  // `useEditedAfterPaint`): the key is answered by the next frame, whatever the edit goes on to redraw.
  const [form, edit, editWaiting] = useEditedAfterPaint<SimulatorForm>(() => formFromState(start));
  // The simulator marks its root itself, not through Preact's props: `data-pending` while it catches up with its
  // fields (from the key on: an edit marks it at once, before anything is drawn), `data-ready` once every part
  // answers and shows the link's own settings, and from then on.
  const root = useRef<HTMLDivElement>(null);
  // What the last render left to do.
  const left = useRef({ pending: false, canBeReady: false });
  function markRoot() {
    const el = root.current;
    if (!el) return;
    const busy = left.current.pending || editWaiting();
    if (busy) el.setAttribute('data-pending', 'true');
    else el.removeAttribute('data-pending');
    if (!busy && left.current.canBeReady) el.setAttribute('data-ready', 'true');
  }
  const update = useCallback(
    (change: (f: SimulatorForm) => SimulatorForm) => {
      root.current?.setAttribute('data-pending', 'true');
      edit(change);
    },
    [edit],
  );
  useEffect(() => {
    if (syncUrl) {
      const fromLink = decodeSimulatorLink(location.search);
      // A link that says what the page already shows changes no derived value (they are keyed on the link).
      update(() => formFromState(fromLink.state));
      if (fromLink.problems.length > 0) setProblems(fromLink.problems);
    }
    setLinkRead(true);
  }, [syncUrl]);

  const parsed = useMemo(() => parseForm(form), [form]);
  // The figures keep the last valid settings while the form has a problem.
  const lastValid = useRef<SimulatorState>(start);
  if (parsed.state) lastValid.current = parsed.state;
  const link = encodeSimulatorLink(parsed.state ?? lastValid.current);
  // One state object per link: an edit that reads as the same settings (e.g. "99.90" for "99.9") changes nothing.
  const typed = useMemo(() => parsed.state ?? lastValid.current, [link]);
  // The fields answer at once; everything computed from them follows in the next task (see `useDeferred`).
  const state = useDeferred(typed);
  const shownForm = useDeferred(parsed);
  const pending = state !== typed || shownForm !== parsed;
  // The parts come alive in tasks of their own after the page is painted (`HydrateLater`); their timers were set
  // before this one (a component's effects run after its children's), and timers of one delay run in order.
  const [allLive, setAllLive] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAllLive(true), 0);
    return () => clearTimeout(timer);
  }, []);
  left.current = { pending, canBeReady: allLive && linkRead };
  useLayoutEffect(markRoot);

  // Each derived value is kept until what it is computed from changes, compared by value.
  const incidentsKey = JSON.stringify(state.incidents);
  const rulesKey = JSON.stringify(state.rules);
  const timeline = useMemo(() => errorTimeline(state.windowDays, state.incidents), [state.windowDays, incidentsKey]);
  const rules = useMemo(() => state.rules, [rulesKey]);
  const sim = useMemo(
    () =>
      simulate(
        { sloPercent: state.sloPercent, windowDays: state.windowDays, incidents: state.incidents, rules },
        timeline,
      ),
    [timeline, state.sloPercent, rules],
  );
  const figures = useMemo(() => budgetFigures(state, sim), [sim, state.requestsPerSecond]);
  const policy = useMemo(
    () => evaluatePolicy(sim.remaining, incidentBudgetShares(sim, state.incidents), state.policy),
    [sim, state],
  );
  // Each rule row with its result, both as of the frame shown.
  const results = useMemo(() => resultsByRow(shownForm, sim.rules), [shownForm, sim]);
  useEffect(() => {
    // Only the query changes: the path and the #fragment the learner came with stay.
    if (syncUrl && linkRead && parsed.state) history.replaceState(history.state, '', `?${link}${location.hash}`);
  }, [link, syncUrl, linkRead, parsed.state]);

  // A scenario keeps the settings typed so far (read when chosen, even if not drawn yet).
  const choose = useCallback(
    (preset: Preset) => update((f) => applyPreset(preset, parseForm(f).state ?? lastValid.current)),
    [update],
  );
  const sections = { form, errors: parsed.errors, update, uid };

  return (
    <div class="simulator" data-testid="simulator" ref={root}>
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
      {/* Each part comes alive in a task of its own after the page is painted. */}
      <HydrateLater form>
        <SloSection {...sections} shownDays={typed.windowDays} stale={!parsed.state} />
      </HydrateLater>
      <HydrateLater>
        <FiguresSection figures={figures} uid={uid} />
      </HydrateLater>
      <HydrateLater>
        <PresetsSection onChoose={choose} uid={uid} />
      </HydrateLater>
      <HydrateLater form>
        <IncidentsSection {...sections} />
      </HydrateLater>
      <HydrateLater>
        <section aria-labelledby={`${uid}-sim-chart`}>
          <h2 id={`${uid}-sim-chart`}>Timeline</h2>
          <BudgetChart sim={sim} windowDays={state.windowDays} uid={uid} />
        </section>
      </HydrateLater>
      <HydrateLater form>
        <AlertsSection {...sections} results={results} />
      </HydrateLater>
      <HydrateLater form>
        <PolicySection {...sections} outcome={policy} postmortemPercent={state.policy.postmortemPercent} />
      </HydrateLater>
      <HydrateLater form>
        <NinesTable sloPercent={state.sloPercent} uid={uid} />
      </HydrateLater>
      <HydrateLater form>
        <ExportPanel sloPercent={state.sloPercent} windowDays={state.windowDays} rules={rules} uid={uid} />
      </HydrateLater>
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
