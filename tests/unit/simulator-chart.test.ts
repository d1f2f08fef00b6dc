import { describe, expect, it } from 'vitest';
import { simulate, WORKBOOK_RULES, type Incident } from '../../src/lib/simulation';
import { CHART_MAX_WIDTH, CHART_MIN_WIDTH, chartGeometry } from '../../src/lib/simulator-chart';

const run = (windowDays: number, incidents: Incident[]) =>
  simulate({ sloPercent: 99.9, windowDays, incidents, rules: WORKBOOK_RULES });

/** The points of an SVG path: one per coordinate pair or H/V command. */
const pathPoints = (d: string) => (d.match(/[MLHV]/g) ?? []).length;

describe('the chart', () => {
  const year = run(365, [
    { startMinute: 600, durationMinutes: 45, errorPercent: 100 },
    { startMinute: 200_000, durationMinutes: 2000, errorPercent: 3 },
    { startMinute: 400_000, durationMinutes: 600, errorPercent: 20 },
  ]);

  it('draws a year of minutes as a few points, not one per minute or per pixel', () => {
    const g = chartGeometry(year, 365, 1100);
    expect(pathPoints(g.errorPath)).toBeLessThan(30);
    expect(pathPoints(g.budgetPath)).toBeLessThan(40);
    expect(g.step).toBeGreaterThan(1);
  });

  it('draws as wide as it shows, within limits, so its labels keep their size', () => {
    expect(chartGeometry(year, 365, 343).width).toBe(343);
    expect(chartGeometry(year, 365, 100).width).toBe(CHART_MIN_WIDTH);
    expect(chartGeometry(year, 365, 5000).width).toBe(CHART_MAX_WIDTH);
  });

  it('puts day labels far enough apart for their text, starting with day 1', () => {
    for (const width of [320, 375, 800, 1280]) {
      const { ticks } = chartGeometry(year, 365, width);
      expect(ticks[0]!.label).toBe('day 1');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(50);
    }
    expect(chartGeometry(run(7, []), 7, 1280).ticks.map((t) => t.label)).toEqual([
      'day 1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
  });

  it('reaches the top of its panel at the peak, and the budget line ends at what remains', () => {
    const g = chartGeometry(year, 365, 800);
    const ys = [...g.errorPath.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]));
    // Nothing goes below 0 here, so the budget panel runs from 100% to 0% and both panels are as tall.
    const panel = g.budgetZeroY - g.budgetTopY;
    expect(Math.min(...ys)).toBeCloseTo(g.ratioBaseY - panel, 0);
    const last = g.budgetPath.split('L').at(-1)!.split(',').map(Number);
    expect(last[0]).toBeCloseTo(g.right, 0);
    expect(last[1]).toBeCloseTo(g.budgetTopY + (1 - year.remaining) * panel, 0);
  });

  it('a calm window is a flat line and no alert marks', () => {
    const g = chartGeometry(run(30, []), 30, 800);
    expect(g.errorPath).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+Z$/);
    expect(g.alertY).toHaveLength(4);
  });

  it('places minutes along the time axis, the window from the left edge to the right', () => {
    const g = chartGeometry(year, 365, 800);
    expect(g.x(0)).toBe(g.left);
    expect(g.x(year.minutes)).toBeCloseTo(g.right, 0);
    expect(g.x(year.minutes / 2)).toBeCloseTo((g.left + g.right) / 2, 0);
    // A row for each rule's alert marks, one below the other, under the time axis.
    expect(g.alertY[0]!).toBeGreaterThan(g.tickY);
    expect(g.alertY[1]! - g.alertY[0]!).toBeGreaterThan(12);
    expect(g.height).toBeGreaterThan(g.alertY.at(-1)!);
  });
});
