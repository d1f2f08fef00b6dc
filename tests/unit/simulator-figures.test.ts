import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulation';
import { budgetFigures } from '../../src/lib/simulator-figures';
import { DEFAULT_STATE, type SimulatorState } from '../../src/lib/simulator-state';

const figuresOf = (state: SimulatorState) => budgetFigures(state, simulate(state));

describe('the budget figures', () => {
  it('an untouched budget: nothing consumed, nothing burning, never gone', () => {
    const f = figuresOf(DEFAULT_STATE);
    expect(f).toMatchObject({ consumed: 0, remaining: 1, consumedSeconds: 0, burnRateNow: 0 });
    expect(f.budgetSeconds).toBeCloseTo(2592, 9);
    expect(f.remainingSeconds).toBe(f.budgetSeconds);
    expect(f.exhaustionSeconds).toBe(Infinity);
    expect(f.requests).toBeNull();
  });

  it('a 45-minute outage overspends a 99.9% month: remaining time is never shown below 0', () => {
    const f = figuresOf({
      ...DEFAULT_STATE,
      incidents: [{ startMinute: 600, durationMinutes: 45, errorPercent: 100 }],
    });
    expect(f.consumed).toBeCloseTo(45 / 43.2, 12);
    expect(f.consumedSeconds).toBeCloseTo(2700, 9);
    expect(f.remainingSeconds).toBe(0);
    expect(f.exhaustionSeconds).toBe(0);
  });

  it('burns at the rate of the last hour of the window', () => {
    // 0.2% failing over the last two hours of a 99.9% window: burn rate 2.
    const end = 30 * 1440;
    const f = figuresOf({
      ...DEFAULT_STATE,
      incidents: [{ startMinute: end - 120, durationMinutes: 120, errorPercent: 0.2 }],
    });
    expect(f.burnRateNow).toBeCloseTo(2, 9);
    expect(f.exhaustionSeconds).toBeCloseTo(f.remainingSeconds / (2 * 0.001), 3);
  });

  it('counts requests for a request-based SLO', () => {
    const f = figuresOf({ ...DEFAULT_STATE, windowDays: 45, requestsPerSecond: 200 });
    expect(f.requests).toEqual({ total: 777_600_000, allowedFailures: expect.closeTo(777_600, 6) as number });
  });
});
