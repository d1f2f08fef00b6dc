import { useState } from 'preact/hooks';
import { rolloutCosts } from '../../lib/figures';
import { useHydrated } from '../use-hydrated';
import { NumberField, readNumber } from './NumberField';

/** What a bad release costs under each rollout strategy, for the traffic and detection time you enter. */
export default function RolloutRisk({ uid }: { uid: string }) {
  const [rps, setRps] = useState('2000');
  const [errors, setErrors] = useState('20');
  const [detect, setDetect] = useState('5');
  const r = readNumber(rps);
  const e = readNumber(errors);
  const d = readNumber(detect);
  const problems = {
    rps: r === null ? 'Enter requests per second.' : null,
    errors: e === null || e > 100 ? 'Enter a percentage from 0 to 100.' : null,
    detect: d === null || !Number.isInteger(d) || d > 1440 ? 'Enter whole minutes, up to 1440.' : null,
  };
  const rows = Object.values(problems).every((p) => p === null)
    ? rolloutCosts({ requestsPerSecond: r!, badErrorRatio: e! / 100, detectMinutes: d! })
    : null;
  const max = rows ? Math.max(...rows.map((x) => x.failedRequests), 1) : 1;
  return (
    <div class="figure" data-testid="rollout-risk" data-ready={useHydrated() ? 'true' : undefined}>
      <p class="figure__title">Rollout strategies: what one bad release costs</p>
      <div class="figure__fields">
        <NumberField
          id={`${uid}-rps`}
          label="Traffic"
          unit="requests/s"
          value={rps}
          onInput={setRps}
          error={problems.rps}
        />
        <NumberField
          id={`${uid}-errors`}
          label="Requests the bad version fails"
          unit="%"
          value={errors}
          onInput={setErrors}
          error={problems.errors}
        />
        <NumberField
          id={`${uid}-detect`}
          label="Minutes until it is noticed"
          unit="min"
          value={detect}
          onInput={setDetect}
          error={problems.detect}
        />
      </div>
      {rows ? (
        <ul class="rollout-rows" aria-live="polite">
          {rows.map((row) => (
            <li key={row.id} data-strategy={row.id} data-failed={Math.round(row.failedRequests)}>
              <span class="rollout-rows__name">{row.name}</span>
              <meter min={0} max={max} value={row.failedRequests} aria-hidden="true" />
              <span>
                <strong>{Math.round(row.failedRequests).toLocaleString('en')}</strong> failed requests
              </span>
              <span class="hint">{row.assumption}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p aria-live="polite">Fix the values marked above to compare the strategies.</p>
      )}
    </div>
  );
}
