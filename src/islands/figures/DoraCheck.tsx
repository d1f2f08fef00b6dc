import { useState } from 'preact/hooks';
import { deliveryMetrics } from '../../lib/figures';
import { useHydrated } from '../use-hydrated';
import { NumberField, readNumber } from './NumberField';

const list = (text: string) => {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const nums = parts.map(readNumber);
  return nums.every((x) => x !== null) ? (nums as number[]) : null;
};

/** Your team's DORA metrics from a period's raw counts: a self-check, with no ranking of teams. */
export default function DoraCheck({ uid }: { uid: string }) {
  const [days, setDays] = useState('30');
  const [deploys, setDeploys] = useState('16');
  const [failed, setFailed] = useState('3');
  const [rework, setRework] = useState('4');
  const [lead, setLead] = useState('5, 2, 30, 6, 4, 8, 3');
  const [recovery, setRecovery] = useState('40, 25, 90');
  const d = readNumber(days);
  const n = readNumber(deploys);
  const f = readNumber(failed);
  const w = readNumber(rework);
  const leads = list(lead);
  const recs = list(recovery);
  const errors = {
    days: d === null || d < 1 ? 'Enter a number of days, 1 or more.' : null,
    deploys: n === null || !Number.isInteger(n) ? 'Enter a whole number of deployments.' : null,
    failed:
      f === null || !Number.isInteger(f) || (n !== null && f > n) ? 'A whole number, at most the deployments.' : null,
    rework:
      w === null || !Number.isInteger(w) || (n !== null && w > n) ? 'A whole number, at most the deployments.' : null,
    lead: leads === null ? 'Numbers separated by commas.' : null,
    recovery: recs === null ? 'Numbers separated by commas.' : null,
  };
  const ok = Object.values(errors).every((e) => e === null);
  const m = ok
    ? deliveryMetrics({
        days: d!,
        deployments: n!,
        failedDeployments: f!,
        reworkDeployments: w!,
        leadTimesHours: leads!,
        recoveryMinutes: recs!,
      })
    : null;
  const fmt = (x: number, unit: string, digits = 1) =>
    Number.isNaN(x) ? 'no data' : `${x.toLocaleString('en', { maximumFractionDigits: digits })}${unit}`;
  return (
    <div class="figure" data-testid="dora-check" data-ready={useHydrated() ? 'true' : undefined}>
      <p class="figure__title">DORA self-check: your five metrics from one period</p>
      <div class="figure__fields">
        <NumberField id={`${uid}-days`} label="Days covered" value={days} onInput={setDays} error={errors.days} />
        <NumberField
          id={`${uid}-deploys`}
          label="Production deployments"
          value={deploys}
          onInput={setDeploys}
          error={errors.deploys}
        />
        <NumberField
          id={`${uid}-failed`}
          label="…that needed a rollback or hotfix"
          value={failed}
          onInput={setFailed}
          error={errors.failed}
        />
        <NumberField
          id={`${uid}-rework`}
          label="…unplanned, made because of an incident"
          value={rework}
          onInput={setRework}
          error={errors.rework}
        />
        <NumberField
          id={`${uid}-lead`}
          label="Lead times of changes (hours)"
          value={lead}
          onInput={setLead}
          error={errors.lead}
        />
        <NumberField
          id={`${uid}-recovery`}
          label="Recovery times (minutes)"
          value={recovery}
          onInput={setRecovery}
          error={errors.recovery}
        />
      </div>
      {m ? (
        <dl class="figure__results" aria-live="polite" data-testid="dora-result">
          <div>
            <dt>Deployment frequency</dt>
            <dd>{fmt(m.deploymentsPerWeek, ' a week')}</dd>
          </div>
          <div>
            <dt>Lead time for changes (median)</dt>
            <dd>{fmt(m.medianLeadTimeHours, ' h')}</dd>
          </div>
          <div>
            <dt>Change failure rate</dt>
            <dd>{fmt(m.changeFailureRate * 100, '%')}</dd>
          </div>
          <div>
            <dt>Failed deployment recovery time (median)</dt>
            <dd>{fmt(m.medianRecoveryMinutes, ' min')}</dd>
          </div>
          <div>
            <dt>Rework rate</dt>
            <dd>{fmt(m.reworkRate * 100, '%')}</dd>
          </div>
        </dl>
      ) : (
        <p aria-live="polite">Fix the values marked above to see your metrics.</p>
      )}
      <p class="hint">
        Compare a service with its own past, not with other teams: DORA no longer sorts teams into clusters in its Quick
        Check.
      </p>
    </div>
  );
}
