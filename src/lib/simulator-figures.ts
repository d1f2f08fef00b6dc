/**
 * The figures the simulator shows for a state and its simulation: the budget, what is consumed and left, the
 * burn rate "now" (the end of the window) and when the budget would be gone at that rate.
 */
import { burnRate, errorBudgetRequests, requestsPerWindow, timeToExhaustionSeconds } from './error-budget';
import { windowRatio, type Simulation } from './simulation';
import type { SimulatorState } from './simulator-state';

export interface BudgetFigures {
  budgetSeconds: number;
  /** Fractions of the budget; consumed may exceed 1, and remaining go below 0. */
  consumed: number;
  remaining: number;
  consumedSeconds: number;
  /** Bad time still allowed, never below 0. */
  remainingSeconds: number;
  /** Burn rate over the last hour of the window. */
  burnRateNow: number;
  /** Seconds until the budget is gone at that rate: 0 when gone, Infinity when nothing burns. */
  exhaustionSeconds: number;
  /** For a request-based SLO: requests in the window and the failed requests the budget allows. */
  requests: { total: number; allowedFailures: number } | null;
}

/** Minutes over which "burn rate now" is measured. */
const NOW_MINUTES = 60;

/** The simulator's figures for a state and its simulation. */
export function budgetFigures(state: SimulatorState, sim: Simulation): BudgetFigures {
  const rate = burnRate(windowRatio(sim.prefix, sim.minutes - 1, NOW_MINUTES), state.sloPercent);
  const remainingSeconds = sim.remaining * sim.budgetSeconds;
  const total = state.requestsPerSecond === null ? null : requestsPerWindow(state.requestsPerSecond, state.windowDays);
  return {
    budgetSeconds: sim.budgetSeconds,
    consumed: sim.consumed,
    remaining: sim.remaining,
    consumedSeconds: sim.consumed * sim.budgetSeconds,
    remainingSeconds: Math.max(0, remainingSeconds),
    burnRateNow: rate,
    exhaustionSeconds: timeToExhaustionSeconds(remainingSeconds, rate, state.sloPercent),
    requests: total === null ? null : { total, allowedFailures: errorBudgetRequests(state.sloPercent, total) },
  };
}
