import { describe, expect, it } from 'vitest';
import { automationReturn, deliveryMetrics, median, rolloutCosts } from '../../src/lib/figures';

describe('toil calculator', () => {
  it('matches the toil lesson’s worked example: 25 tickets × 12 min, 90 h build, 1 in 5 left, 1 h/week upkeep', () => {
    const r = automationReturn({
      minutesPerRun: 12,
      runsPerWeek: 25,
      residualShare: 0.2,
      buildHours: 90,
      maintenanceHoursPerWeek: 1,
      years: 2,
    });
    expect(r.hoursPerWeekBefore).toBe(5);
    expect(r.hoursPerWeekSaved).toBeCloseTo(3, 9);
    expect(r.breakEvenWeeks).toBeCloseTo(30, 9);
    expect(r.netHours).toBeCloseTo(3 * 104 - 90, 9);
  });

  it('never breaks even when upkeep eats the saving', () => {
    expect(
      automationReturn({
        minutesPerRun: 5,
        runsPerWeek: 6,
        residualShare: 0,
        buildHours: 10,
        maintenanceHoursPerWeek: 1,
        years: 1,
      }).breakEvenWeeks,
    ).toBe(Infinity);
  });
});

describe('DORA self-check', () => {
  it('computes the five metrics from raw counts', () => {
    const m = deliveryMetrics({
      days: 28,
      deployments: 16,
      failedDeployments: 3,
      reworkDeployments: 4,
      leadTimesHours: [5, 2, 30, 6],
      recoveryMinutes: [40, 25, 90],
    });
    expect(m.deploymentsPerWeek).toBe(4);
    expect(m.medianLeadTimeHours).toBe(5.5);
    expect(m.changeFailureRate).toBeCloseTo(0.1875, 9);
    expect(m.medianRecoveryMinutes).toBe(40);
    expect(m.reworkRate).toBe(0.25);
    expect(median([])).toBeNaN();
  });
});

describe('rollout risk', () => {
  const rows = rolloutCosts({ requestsPerSecond: 1000, badErrorRatio: 0.1, detectMinutes: 5 });
  const cost = (id: string) => rows.find((r) => r.id === id)!.failedRequests;

  it('follows its stated assumptions', () => {
    // 1000 rps × 60 × 10% = 6,000 failed requests a minute at full exposure.
    expect(cost('big-bang')).toBe(6000 * 15);
    expect(cost('blue-green')).toBe(6000 * 6);
    expect(cost('canary')).toBeCloseTo(6000 * 0.05 * 6, 9);
    // Rolling: 10%, 10%, 20%, 20%, 30% over five minutes, then 2 minutes to roll back 30%.
    expect(cost('rolling')).toBeCloseTo(6000 * (0.9 + 0.3 * 2), 9);
  });

  it('ranks a canary below blue/green below big bang for the same failure', () => {
    expect(cost('canary')).toBeLessThan(cost('blue-green'));
    expect(cost('blue-green')).toBeLessThan(cost('big-bang'));
  });
});
