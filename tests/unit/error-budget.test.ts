import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  availabilityFromDowntime,
  burnRate,
  errorBudgetRequests,
  errorBudgetSeconds,
  formatDuration,
  formatNumber,
  periodSeconds,
  requestsPerSecondOver,
  requestsPerWindow,
  timeToExhaustionSeconds,
} from '../../src/lib/error-budget';
import { evaluatePolicy } from '../../src/lib/budget-policy';
import { PRESETS } from '../../src/lib/simulator-presets';
import {
  burnRateFactor,
  chartSeries,
  dailySummary,
  errorRatios,
  errorTimeline,
  incidentBudgetShares,
  prefixSums,
  ruleLabel,
  ruleThreshold,
  simulate,
  windowRatio,
  WORKBOOK_RULES,
  type Incident,
} from '../../src/lib/simulation';
import { DEFAULT_POLICY } from '../../src/lib/simulator-state';

describe('facts from CONTENT.md', () => {
  it.each([
    [99.9, 30, 2592, '43 min 12 s'],
    [99.9, 28, 2419.2, '40 min 19.2 s'],
    [99.99, 30, 259.2, '4 min 19.2 s'],
    [99.95, 30, 1296, '21 min 36 s'],
  ])('%s%% over %s days allows %s s (%s)', (slo, days, seconds, text) => {
    expect(errorBudgetSeconds(slo, days)).toBeCloseTo(seconds, 6);
    expect(formatDuration(errorBudgetSeconds(slo, days))).toBe(text);
  });

  it('request-based budgets are (1 − SLO) × valid requests', () => {
    expect(errorBudgetRequests(99.9, 10_000_000)).toBeCloseTo(10_000, 6);
  });

  it('burn rate is the error ratio over (1 − SLO); at 1 the budget lasts the window', () => {
    expect(burnRate(0.001, 99.9)).toBeCloseTo(1, 9);
    expect(burnRate(0.0144, 99.9)).toBeCloseTo(14.4, 9);
    const budget = errorBudgetSeconds(99.9, 30);
    expect(timeToExhaustionSeconds(budget, 1, 99.9)).toBeCloseTo(30 * 86400, 3);
    expect(timeToExhaustionSeconds(budget, 10, 99.9)).toBeCloseTo(3 * 86400, 3);
    expect(timeToExhaustionSeconds(budget, 0, 99.9)).toBe(Infinity);
  });

  it('the Workbook rules have factors 14.4, 6, 3 and 1 over 30 days', () => {
    expect(WORKBOOK_RULES.map((r) => Number(burnRateFactor(r, 30).toFixed(9)))).toEqual([14.4, 6, 3, 1]);
    expect(WORKBOOK_RULES.map(ruleLabel)).toEqual(['1h/5m', '6h/30m', '1d/2h', '3d/6h']);
    expect(ruleThreshold(WORKBOOK_RULES[0]!, 99.9, 30)).toBeCloseTo(0.0144, 12);
  });

  it('14.4× for one hour spends 2% of a 30-day budget', () => {
    const sim = simulate({
      sloPercent: 99.9,
      windowDays: 30,
      incidents: [{ startMinute: 0, durationMinutes: 60, errorPercent: 1.44 }],
      rules: WORKBOOK_RULES,
    });
    expect(sim.consumed).toBeCloseTo(0.02, 9);
    // Exactly at the threshold for a full hour: the 1h/5m rule fires at the end of that hour.
    expect(sim.rules[0]!.firedAt).toBe(59);
  });

  it('converts downtime back to availability', () => {
    expect(availabilityFromDowntime(2592, 30)).toBeCloseTo(99.9, 9);
    expect(availabilityFromDowntime(0, 1)).toBe(100);
  });

  it('formats durations for people', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(7 * 3600 + 12 * 60)).toBe('7 h 12 min');
    expect(formatDuration(3 * 86400 + 3600)).toBe('3 d 1 h');
    expect(formatDuration(Infinity)).toBe('never');
  });
});

describe('the simulation model', () => {
  const base = { sloPercent: 99.9, windowDays: 30, rules: WORKBOOK_RULES };

  it('sums overlapping incidents, caps a minute at 1, and cuts incidents at the window end', () => {
    const sim = simulate({
      ...base,
      windowDays: 1,
      incidents: [
        { startMinute: 10, durationMinutes: 10, errorPercent: 70 },
        { startMinute: 15, durationMinutes: 10, errorPercent: 70 },
        { startMinute: 1430, durationMinutes: 100, errorPercent: 50 },
      ],
    });
    expect(sim.minutes).toBe(1440);
    expect(sim.ratio[12]).toBeCloseTo(0.7);
    expect(sim.ratio[17]).toBe(1);
    expect(sim.ratio[22]).toBeCloseTo(0.7);
    // 5×0.7 + 5×1 + 5×0.7 bad minutes, plus 10 minutes at 50% before the window ends.
    expect(sim.prefix[1440]).toBeCloseTo(3.5 + 5 + 3.5 + 5, 9);
    expect(sim.consumed).toBeCloseTo(((3.5 + 5 + 3.5 + 5) * 60) / 86.4, 9);
    expect(sim.remaining).toBeCloseTo(1 - sim.consumed, 12);
  });

  it('a 20-minute full outage uses 46.3% of a 99.9% 30-day budget and pages in the first minute', () => {
    const sim = simulate({ ...base, incidents: [{ startMinute: 600, durationMinutes: 20, errorPercent: 100 }] });
    expect(sim.consumed).toBeCloseTo(20 / 43.2, 9);
    const page = sim.rules[0]!;
    expect(page.firedAt).toBe(600);
    expect(page.detectionMinutes).toBe(0);
    // Minutes 600–619 are down; the 5-minute window ending at minute 624 is the first one clear of them.
    expect(page.resetAt).toBe(624);
    expect(page.consumedAtFire).toBeCloseTo(1 / 43.2, 9);
  });

  it('charges each incident its own share of the budget, cut at the window end', () => {
    const sim = simulate({ ...base, windowDays: 1, incidents: [] });
    const shares = incidentBudgetShares(sim, [
      { startMinute: 0, durationMinutes: 43, errorPercent: 50 },
      { startMinute: 1430, durationMinutes: 100, errorPercent: 100 },
    ]);
    // Budget for 99.9% over one day: 86.4 s. 43 min × 50% × 60 s = 1,290 s; 10 min × 100% × 60 s = 600 s.
    expect(shares[0]).toBeCloseTo(1290 / 86.4, 9);
    expect(shares[1]).toBeCloseTo(600 / 86.4, 9);
  });

  it('never fires on an empty window', () => {
    const sim = simulate({ ...base, incidents: [] });
    expect(sim.consumed).toBe(0);
    expect(sim.rules.every((r) => r.firedAt === null && r.episodes.length === 0)).toBe(true);
  });

  it('keeps the chart within 2,000 points and a row per day', () => {
    const sim = simulate({
      ...base,
      windowDays: 90,
      incidents: [{ startMinute: 100, durationMinutes: 30, errorPercent: 40 }],
    });
    const series = chartSeries(sim);
    expect(series.length).toBeLessThanOrEqual(2000);
    expect(Math.max(...series.map((p) => p.maxRatio))).toBeCloseTo(0.4);
    expect(dailySummary(sim)).toHaveLength(90);
    expect(series.at(-1)!.remaining).toBeCloseTo(sim.remaining, 12);
  });

  const incident = fc.record({
    startMinute: fc.integer({ min: 0, max: 30 * 1440 - 1 }),
    durationMinutes: fc.integer({ min: 1, max: 3000 }),
    errorPercent: fc.double({ min: 0.01, max: 100, noNaN: true }),
  });

  test.prop([fc.array(incident, { maxLength: 6 }), incident])(
    'consumed never falls when an incident is added',
    (incidents, extra) => {
      const before = simulate({ ...base, incidents }).consumed;
      const after = simulate({ ...base, incidents: [...incidents, extra] }).consumed;
      expect(after).toBeGreaterThanOrEqual(before - 1e-12);
    },
  );

  test.prop([fc.array(incident, { maxLength: 6 }), incident])(
    'an added incident never makes an alert fire later',
    (incidents, extra) => {
      const before = simulate({ ...base, incidents }).rules;
      const after = simulate({ ...base, incidents: [...incidents, extra] }).rules;
      before.forEach((r, i) => {
        if (r.firedAt !== null) expect(after[i]!.firedAt).not.toBeNull();
        if (r.firedAt !== null) expect(after[i]!.firedAt!).toBeLessThanOrEqual(r.firedAt);
      });
    },
  );

  /** The rules' episodes looked at minute by minute over the whole window, as the model's definition says. */
  const episodesEveryMinute = (sim: ReturnType<typeof simulate>) =>
    sim.rules.map((r) => {
      const bar = r.threshold * (1 - 1e-9);
      const episodes: { firedAt: number; resetAt: number | null }[] = [];
      let open: { firedAt: number; resetAt: number | null } | null = null;
      for (let i = 0; i < sim.minutes; i++) {
        const on =
          windowRatio(sim.prefix, i, r.rule.longMinutes) >= bar &&
          windowRatio(sim.prefix, i, r.rule.shortMinutes) >= bar;
        if (on && !open) episodes.push((open = { firedAt: i, resetAt: null }));
        else if (!on && open) {
          open.resetAt = i;
          open = null;
        }
      }
      return episodes;
    });

  const rule = fc.record({
    budgetPercent: fc.double({ min: 0.0001, max: 100, noNaN: true }),
    longMinutes: fc.integer({ min: 1, max: 5000 }),
    shortMinutes: fc.integer({ min: 1, max: 5000 }),
    severity: fc.constantFrom('page' as const, 'ticket' as const),
  });

  test.prop([
    fc.array(incident, { maxLength: 6 }),
    fc.array(rule, { minLength: 1, maxLength: 4 }),
    fc.double({ min: 90, max: 99.999, noNaN: true }),
  ])('looking only near the errors finds the same alerts as looking at every minute', (incidents, rules, slo) => {
    const sim = simulate({
      ...base,
      sloPercent: slo,
      incidents,
      rules: rules.map((r) => ({ ...r, shortMinutes: Math.min(r.shortMinutes, r.longMinutes) })),
    });
    expect(sim.rules.map((r) => r.episodes)).toEqual(episodesEveryMinute(sim));
  });

  const shortIncident = fc.record({
    startMinute: fc.integer({ min: 0, max: 3 * 1440 - 1 }),
    durationMinutes: fc.integer({ min: 1, max: 3000 }),
    errorPercent: fc.double({ min: 0.01, max: 100, noNaN: true }),
  });
  /** The first index where two arrays differ, or -1 (faster than comparing 4,000 numbers one expectation each). */
  const firstDifference = (a: Float64Array, b: Float64Array) =>
    a.length !== b.length ? 0 : a.findIndex((v, i) => !Object.is(v, b[i]));

  test.prop([fc.array(shortIncident, { maxLength: 6 })])(
    'the timeline has the ratios and prefix sums of every minute, computed only where errors are',
    (incidents) => {
      const timeline = errorTimeline(3, incidents);
      const ratio = errorRatios(3 * 1440, incidents);
      expect(firstDifference(timeline.ratio, ratio)).toBe(-1);
      expect(firstDifference(timeline.prefix, prefixSums(ratio))).toBe(-1);
    },
  );

  it('a window reused for another SLO gives what a fresh run gives', () => {
    const incidents = [{ startMinute: 600, durationMinutes: 45, errorPercent: 100 }];
    const timeline = errorTimeline(30, incidents);
    const input = { ...base, sloPercent: 99.5, incidents };
    expect(simulate(input, timeline)).toEqual(simulate(input));
    expect(timeline.errorSpans).toEqual([[600, 645]]);
  });

  test.prop([fc.array(incident, { maxLength: 6 })])(
    'consumed is at most the whole window being down, and never negative',
    (incidents) => {
      const sim = simulate({ ...base, incidents });
      expect(sim.consumed).toBeGreaterThanOrEqual(0);
      expect(sim.consumed).toBeLessThanOrEqual(1 / 0.001 + 1e-9);
    },
  );

  test.prop([fc.array(incident, { maxLength: 4 })])('a stricter SLO never consumes less of its budget', (incidents) => {
    const loose = simulate({ ...base, sloPercent: 99, incidents }).consumed;
    const strict = simulate({ ...base, sloPercent: 99.99, incidents }).consumed;
    expect(strict).toBeGreaterThanOrEqual(loose - 1e-12);
  });
});

describe('presets teach what they say', () => {
  const run = (id: string) => {
    const p = PRESETS.find((x) => x.id === id)!;
    return simulate({
      sloPercent: p.sloPercent,
      windowDays: p.windowDays,
      incidents: p.incidents,
      rules: WORKBOOK_RULES,
    });
  };

  it('short outage: 46% consumed, the fast page fires in the first minute, all rules fire', () => {
    const sim = run('short-outage');
    expect(sim.consumed).toBeCloseTo(0.463, 3);
    expect(sim.rules[0]!.detectionMinutes).toBe(0);
    expect(sim.rules.every((r) => r.firedAt !== null)).toBe(true);
  });

  it('slow burn: no page; the 3d/6h ticket after a day and a half with 10% gone; a third by the end', () => {
    const sim = run('slow-burn');
    expect(sim.rules.slice(0, 3).every((r) => r.firedAt === null)).toBe(true);
    const ticket = sim.rules[3]!;
    expect(ticket.detectionMinutes).toBe(2159);
    expect(ticket.consumedAtFire).toBeCloseTo(0.1, 3);
    expect(sim.consumed).toBeCloseTo(1 / 3, 3);
  });

  it('peak sale: both pages fire and the budget is exhausted', () => {
    const sim = run('peak-sale');
    expect(sim.rules[0]!.firedAt).not.toBeNull();
    expect(sim.rules[1]!.firedAt).not.toBeNull();
    expect(sim.remaining).toBeLessThan(0);
  });

  it('flapping dependency: the fast page fires and resets with every burst; only 3d/6h stays on', () => {
    const sim = run('flapping-dependency');
    expect(sim.rules[0]!.episodes).toHaveLength(16);
    expect(sim.rules[3]!.episodes).toHaveLength(1);
    expect(sim.rules[1]!.episodes.length).toBeGreaterThan(1);
    expect(sim.rules[2]!.episodes.length).toBeGreaterThan(1);
  });

  it('each preset incident fits its window', () => {
    for (const p of PRESETS) {
      for (const inc of p.incidents as Incident[]) expect(inc.startMinute).toBeLessThan(p.windowDays * 1440);
    }
  });
});

describe('error budget policy', () => {
  it('freezes when the budget is spent, cautions below the threshold, otherwise ships', () => {
    expect(evaluatePolicy(-0.1, [], DEFAULT_POLICY).level).toBe('freeze');
    expect(evaluatePolicy(0, [], DEFAULT_POLICY).level).toBe('freeze');
    expect(evaluatePolicy(0.2, [], DEFAULT_POLICY).level).toBe('caution');
    expect(evaluatePolicy(0.5, [], DEFAULT_POLICY)).toMatchObject({ level: 'normal' });
    expect(evaluatePolicy(0.5, [], DEFAULT_POLICY).reason).toContain('50%');
    expect(evaluatePolicy(0.5, [0.25, 0.1, 0.3], DEFAULT_POLICY).postmortemsFor).toEqual([1, 3]);
    expect(evaluatePolicy(0.2, [], { ...DEFAULT_POLICY, freezePercent: 30 }).level).toBe('freeze');
  });
});

describe('periods and request counts', () => {
  it('a day is 86,400 s and a 30-day window holds 2,592,000 s', () => {
    expect(periodSeconds(1)).toBe(86_400);
    expect(periodSeconds(30)).toBe(2_592_000);
    expect(errorBudgetSeconds(99.9, 30)).toBeCloseTo(2592, 9);
  });

  test.prop([fc.double({ min: 1e-9, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 365 })])(
    'requests per window and per second convert both ways',
    (perSecond, days) => {
      const total = requestsPerWindow(perSecond, days);
      expect(total / (perSecond * days * 86_400)).toBeCloseTo(1, 12);
      expect(requestsPerSecondOver(total, days) / perSecond).toBeCloseTo(1, 12);
    },
  );
});

describe('numbers for people', () => {
  const intl = (value: number, digits: number) => value.toLocaleString('en', { maximumFractionDigits: digits });

  it.each([
    [1.005, 2, '1.01'],
    [0.125, 2, '0.13'],
    [1234567.891, 2, '1,234,567.89'],
    [-0.001, 2, '-0'],
    [1e21, 0, '1,000,000,000,000,000,000,000'],
    [1.5e-7, 9, '0.00000015'],
    [999.96, 1, '1,000'],
    [Infinity, 2, '∞'],
  ])('%s with %s decimals is "%s", as Intl writes it', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
    expect(intl(value, digits)).toBe(text);
  });

  test.prop([fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e6, max: 1e6 })), fc.integer({ min: 0, max: 6 })])(
    'writes every number as toLocaleString("en") does',
    (value, digits) => {
      expect(formatNumber(value, digits)).toBe(intl(value, digits));
    },
  );
});
