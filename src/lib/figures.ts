/**
 * Arithmetic behind the small interactive figures in lessons: automation's return, DORA's delivery metrics
 * from a month of data, and what a bad release costs under each rollout strategy. Pure functions.
 */

export interface AutomationCase {
  minutesPerRun: number;
  runsPerWeek: number;
  /** Share of runs that still need a person afterwards, 0–1. */
  residualShare: number;
  buildHours: number;
  maintenanceHoursPerWeek: number;
  /** How long the task will go on existing. */
  years: number;
}

export interface AutomationReturn {
  hoursPerWeekBefore: number;
  hoursPerWeekSaved: number;
  /** Weeks until the build cost is paid back; Infinity when it never is. */
  breakEvenWeeks: number;
  /** Hours saved over the task's life, after build and maintenance. */
  netHours: number;
}

/** Whether automating a task pays, and when. */
export function automationReturn(c: AutomationCase): AutomationReturn {
  const before = (c.minutesPerRun * c.runsPerWeek) / 60;
  const saved = before * (1 - c.residualShare) - c.maintenanceHoursPerWeek;
  const weeks = c.years * 52;
  return {
    hoursPerWeekBefore: before,
    hoursPerWeekSaved: saved,
    breakEvenWeeks: saved > 0 ? c.buildHours / saved : Infinity,
    netHours: saved * weeks - c.buildHours,
  };
}

export interface DeliveryMonth {
  /** Calendar days the data covers. */
  days: number;
  deployments: number;
  /** Deployments that needed immediate intervention (rollback, hotfix). */
  failedDeployments: number;
  /** Unplanned deployments made because of an incident in production. */
  reworkDeployments: number;
  /** Lead time of each change, commit to production, in hours. */
  leadTimesHours: number[];
  /** Recovery time of each failed deployment, in minutes. */
  recoveryMinutes: number[];
}

/** The middle value (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** DORA's five delivery metrics for a period. */
export function deliveryMetrics(d: DeliveryMonth) {
  return {
    deploymentsPerWeek: d.days > 0 ? (d.deployments / d.days) * 7 : Number.NaN,
    medianLeadTimeHours: median(d.leadTimesHours),
    changeFailureRate: d.deployments > 0 ? d.failedDeployments / d.deployments : Number.NaN,
    medianRecoveryMinutes: median(d.recoveryMinutes),
    reworkRate: d.deployments > 0 ? d.reworkDeployments / d.deployments : Number.NaN,
  };
}

export interface RolloutInput {
  requestsPerSecond: number;
  /** Share of requests the bad version fails, 0–1. */
  badErrorRatio: number;
  /** Minutes from the start of the rollout until someone (or something) notices. */
  detectMinutes: number;
}

export interface RolloutCost {
  id: string;
  name: string;
  /** Share of traffic on the bad version while it is undetected. */
  exposedShare: number;
  /** Minutes from detection until all traffic is back on the good version. */
  rollbackMinutes: number;
  failedRequests: number;
  /** How the numbers were reached, for people. */
  assumption: string;
}

/**
 * Failed requests a bad release causes under each strategy, with stated assumptions: a canary holds 5% of
 * traffic; a rolling update moves 10% more traffic every 2 minutes; blue/green switches back in 1 minute;
 * a big-bang redeploy of the old version takes 10 minutes; a feature flag turns the change off in 1 minute.
 */
export function rolloutCosts(input: RolloutInput): RolloutCost[] {
  const perMinute = input.requestsPerSecond * 60 * input.badErrorRatio;
  const rollingShare = (minute: number) => Math.min(1, 0.1 * (Math.floor(minute / 2) + 1));
  let rollingExposure = 0;
  for (let m = 0; m < input.detectMinutes; m++) rollingExposure += rollingShare(m);
  const rollingNow = rollingShare(Math.max(0, input.detectMinutes - 1));
  const rows: RolloutCost[] = [
    {
      id: 'big-bang',
      name: 'Big bang (replace every instance)',
      exposedShare: 1,
      rollbackMinutes: 10,
      failedRequests: perMinute * (input.detectMinutes + 10),
      assumption: 'All traffic on the new version at once; redeploying the old one takes 10 minutes.',
    },
    {
      id: 'rolling',
      name: 'Rolling update',
      exposedShare: rollingNow,
      rollbackMinutes: 2,
      failedRequests: perMinute * (rollingExposure + rollingNow * 2),
      assumption: '10% more traffic moves every 2 minutes; rolling back the updated share takes 2 minutes.',
    },
    {
      id: 'blue-green',
      name: 'Blue/green',
      exposedShare: 1,
      rollbackMinutes: 1,
      failedRequests: perMinute * (input.detectMinutes + 1),
      assumption: 'All traffic switches to green at once; switching back to blue takes 1 minute.',
    },
    {
      id: 'canary',
      name: 'Canary (5%)',
      exposedShare: 0.05,
      rollbackMinutes: 1,
      failedRequests: perMinute * 0.05 * (input.detectMinutes + 1),
      assumption: '5% of traffic on the new version until the canary is judged; removing it takes 1 minute.',
    },
    {
      id: 'feature-flag',
      name: 'Feature flag (dark launch, 5% of users)',
      exposedShare: 0.05,
      rollbackMinutes: 1,
      failedRequests: perMinute * 0.05 * (input.detectMinutes + 1),
      assumption: 'The code is deployed switched off, then turned on for 5% of users; turning it off takes 1 minute.',
    },
  ];
  return rows;
}
