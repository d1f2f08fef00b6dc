/**
 * Every numeric question's answer, computed here from its scenario (with the site's own libraries where they
 * apply). A new numeric question must be added below, so that no unchecked number reaches a learner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { burnRate, errorBudgetRequests, errorBudgetSeconds, timeToExhaustionSeconds } from '../../src/lib/error-budget';
import { burnRateFactor, ruleThreshold, simulate } from '../../src/lib/simulation';
import type { QuizBank } from '../../src/schemas/quiz-bank';

const dir = new URL('../../content/quizzes/', import.meta.url);
const numeric = readdirSync(dir)
  .flatMap((f) => (parse(readFileSync(new URL(f, dir), 'utf8')) as QuizBank).questions)
  .filter((q) => q.type === 'numeric');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const minutes = (seconds: number) => seconds / 60;

/** Question id → the answer computed from its scenario. */
const COMPUTED: Record<string, () => number> = {
  'alert-ticket-threshold-9995': () =>
    ruleThreshold({ budgetPercent: 10, longMinutes: 1440, shortMinutes: 120, severity: 'ticket' }, 99.95, 30) * 100,
  'alert-28-day-factor': () =>
    burnRateFactor({ budgetPercent: 5, longMinutes: 360, shortMinutes: 30, severity: 'page' }, 28),
  'pm-numeric-budget-share': () => ((0.12 * 50 + 0.03 * 40) / minutes(errorBudgetSeconds(99.95, 28))) * 100,
  'cap-numeric-fleet-size': () => Math.ceil((8000 * 1.2 * 1.25) / (500 * 0.6)) + 2,
  'cd-numeric-canary-burn': () => burnRate(1440 / (4000 * 0.05 * 20 * 60), 99.8),
  'ci-numeric-flaky-suite': () => (1 - 0.995 ** 200) * 100,
  'ci-numeric-runners': () => Math.ceil((360 * 3) / 60 / (10 - 4 - 3)),
  'culture-numeric-handoff-wait': () => (60 / (30 + 3 * 480 + 20 + 2 * 480 + 10)) * 100,
  'choose-numeric-incidents-per-shift': () => 98 / (28 * 2),
  'choose-numeric-rotation-size': () => {
    // Primary and secondary every week: each of n engineers is on call 2 ÷ n of the weeks; the cap is 20%.
    let n = 1;
    while (2 / n > 0.2) n += 1;
    return n;
  },
  'vs-numeric-threshold-minutes': () => (0.2 * minutes(errorBudgetSeconds(99.9, 30))) / 0.3,
  'shop-numeric-detection-minutes': () => {
    // The model at one-minute steps: the page fires at the end of the 51st bad minute (50.4 in continuous time).
    const sim = simulate({
      sloPercent: 99.5,
      windowDays: 28,
      incidents: [{ startMinute: 10_000, durationMinutes: 500, errorPercent: 8 }],
      rules: [{ budgetPercent: 2, longMinutes: 60, shortMinutes: 5, severity: 'page' }],
    });
    return sim.rules[0]!.firedAt! - 10_000 + 1;
  },
  'eb-numeric-latency-burn-days': () =>
    timeToExhaustionSeconds(errorBudgetSeconds(99, 28), burnRate(0.028, 99), 99) / 86_400,
  'eb-numeric-remaining-hours': () =>
    timeToExhaustionSeconds(0.4 * errorBudgetSeconds(99.9, 30), burnRate(0.006, 99.9), 99.9) / 3600,
  'ir-numeric-rotation': () => (2 / 6) * 100,
  'iac-numeric-reverted-capacity': () => 2750 - 8 * 250,
  'dora-numeric-cfr-rollbacks': () => (5 / (48 - 3)) * 100,
  'dora-numeric-recovery-median': () => median([12, 150, 30]),
  'obs-numeric-cardinality': () => 4 * 30 * 5 * 16 * 2500,
  'sli-numeric-p90': () => [12, 15, 14, 90, 13, 16, 18, 250, 17, 20].sort((a, b) => a - b)[Math.ceil(0.9 * 10) - 1]!,
  'sli-numeric-bad-windows': () => (1 - 0.995) * ((28 * 1440) / 5),
  'toil-numeric-break-even': () => 90 / ((25 * 12) / 60 - (5 * 12) / 60 - 1),
  'toil-numeric-worth-the-time': () => (3 * 52 * 2 * (20 - 2)) / 60,
  'devops-numeric-release-train': () => (14 * 24) / 2 - 24 / 2,
  'sre-numeric-request-budget': () => errorBudgetRequests(99.95, 80_000_000) - 30_000,
};

describe('numeric questions', () => {
  it('every numeric question has a computation here', () => {
    expect(numeric.map((q) => q.id).filter((id) => !COMPUTED[id])).toEqual([]);
  });

  for (const q of numeric) {
    it(`${q.id}: ${q.answer} ${q.unit} is what the scenario computes to`, () => {
      if (q.type !== 'numeric') return;
      const compute = COMPUTED[q.id];
      if (!compute) return;
      expect(Math.abs(compute() - q.answer)).toBeLessThanOrEqual(q.tolerance + 1e-9);
    });
  }
});
