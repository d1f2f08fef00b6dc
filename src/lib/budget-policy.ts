/**
 * What an error budget policy says for a simulated window. The wording follows the SRE Workbook's example
 * policy; the thresholds are the team's own.
 */
import { formatPercent } from './error-budget';
import type { PolicyThresholds } from './simulator-state';

export type PolicyLevel = 'normal' | 'caution' | 'freeze';

export interface PolicyOutcome {
  level: PolicyLevel;
  /** What the team does now. */
  action: string;
  /** Why, in one sentence with the numbers. */
  reason: string;
  /** Incidents (1-based) that each consumed more than the postmortem threshold. */
  postmortemsFor: number[];
}

/** The policy's verdict for a budget with `remaining` left (fraction) and per-incident consumption. */
export function evaluatePolicy(
  remaining: number,
  incidentShares: readonly number[],
  t: PolicyThresholds,
): PolicyOutcome {
  const postmortemsFor = incidentShares.map((s, i) => (s * 100 > t.postmortemPercent ? i + 1 : 0)).filter(Boolean);
  const left = formatPercent(Math.max(remaining, -99), 1);
  if (remaining * 100 <= t.freezePercent) {
    return {
      level: 'freeze',
      action:
        'Freeze releases: only urgent fixes (P0 bugs) and security fixes ship, and the team works on reliability until the service is back within its SLO over the window.',
      reason: `The budget left is ${left}, at or below the freeze threshold of ${t.freezePercent}%.`,
      postmortemsFor,
    };
  }
  if (remaining * 100 < t.cautionPercent) {
    return {
      level: 'caution',
      action:
        'Ship with care: risky launches wait or need extra review, and reliability items move to the top of the next plan.',
      reason: `The budget left is ${left}, below the caution threshold of ${t.cautionPercent}% but above the freeze threshold of ${t.freezePercent}%.`,
      postmortemsFor,
    };
  }
  return {
    level: 'normal',
    action: 'Release as planned: the remaining budget can absorb the risk of normal changes and experiments.',
    reason: `The budget left is ${left}, at or above the caution threshold of ${t.cautionPercent}%.`,
    postmortemsFor,
  };
}
