import { useEffect, useMemo, useState } from 'preact/hooks';
import { evaluatePolicy } from '../../lib/budget-policy';
import { incidentBudgetShares, simulate } from '../../lib/simulation';
import { budgetFigures } from '../../lib/simulator-figures';
import { applyPreset, formFromState, parseForm, resultsByRow, type SimulatorForm } from '../../lib/simulator-form';
import { decodeSimulatorLink, encodeSimulatorLink, type SimulatorState } from '../../lib/simulator-state';
import { AlertsSection } from './AlertsSection';
import { BudgetChart } from './BudgetChart';
import { ExportPanel } from './ExportPanel';
import { FiguresSection } from './FiguresSection';
import type { FormEdit } from './form-props';
import { IncidentsSection } from './IncidentsSection';
import { NinesTable } from './NinesTable';
import { PolicySection } from './PolicySection';
import { PresetsSection } from './PresetsSection';
import { SloSection } from './SloSection';

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

/** The error-budget simulator: budget, burn, multi-window alerts, policy, nines and exports. */
export default function Simulator({ syncUrl = false, initial = '', fullHref, uid = 'sim' }: Props) {
  const id = (name: string) => `${uid}-${name}`;
  // The first render matches the server's HTML (built from `initial`); a link's state is read once mounted.
  const [start] = useState(() => decodeSimulatorLink(initial).state);
  const [problems, setProblems] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [form, setForm] = useState<SimulatorForm>(() => formFromState(start));
  // The figures keep the last valid settings while the form has a problem.
  const [last, setLast] = useState<SimulatorState>(start);
  useEffect(() => {
    if (syncUrl) {
      const fromLink = decodeSimulatorLink(location.search);
      setForm(formFromState(fromLink.state));
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
    // Only the query changes: the path and the #fragment the learner came with stay.
    if (syncUrl && ready && parsed.state) history.replaceState(history.state, '', `?${link}${location.hash}`);
  }, [link, syncUrl, ready, parsed.state]);

  const update = (edit: FormEdit) => setForm(edit);
  const sections = { form, errors: parsed.errors, update, uid };
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
      <SloSection {...sections} shownDays={state.windowDays} stale={!parsed.state} />
      <FiguresSection figures={budgetFigures(state, sim)} uid={uid} />
      <PresetsSection onChoose={(preset) => setForm(applyPreset(preset, state))} uid={uid} />
      <IncidentsSection {...sections} />
      <section aria-labelledby={id('sim-chart')}>
        <h2 id={id('sim-chart')}>Timeline</h2>
        <BudgetChart sim={sim} windowDays={state.windowDays} uid={uid} />
      </section>
      <AlertsSection {...sections} results={resultsByRow(parsed, sim.rules)} />
      <PolicySection {...sections} outcome={policy} postmortemPercent={state.policy.postmortemPercent} />
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
