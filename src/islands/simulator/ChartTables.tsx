import { formatPercent } from '../../lib/error-budget';
import { dailySummary, type Simulation } from '../../lib/simulation';
import { minuteLabel } from './format';

/** The chart in words: the window day by day, and every time an alert fires and resets. */
export function ChartTables({ sim }: { sim: Simulation }) {
  const fired = sim.rules.some((r) => r.episodes.length > 0);
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
        <table>
          <caption>By day: the highest error ratio, bad minutes and the budget remaining at the day's end</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Highest error ratio</th>
              <th scope="col">Bad minutes</th>
              <th scope="col">Budget remaining</th>
            </tr>
          </thead>
          <tbody>
            {dailySummary(sim).map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{formatPercent(d.maxRatio, 2)}</td>
                <td>{d.badMinutes.toFixed(1)}</td>
                <td>{formatPercent(d.remaining)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Scrollable table">
        <table>
          <caption>Alert events</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Fires</th>
              <th scope="col">Resets</th>
            </tr>
          </thead>
          <tbody>
            {sim.rules.flatMap((r, i) =>
              r.episodes.map((e) => (
                <tr key={`${i}-${e.firedAt}`}>
                  <th scope="row">{r.label}</th>
                  <td>{minuteLabel(e.firedAt)}</td>
                  <td>{e.resetAt === null ? 'still on at the end' : minuteLabel(e.resetAt)}</td>
                </tr>
              )),
            )}
            {!fired && (
              <tr>
                <td colSpan={3}>No alert fires in this window.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
