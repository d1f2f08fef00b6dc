/**
 * What the Decide pages say and draw about a result (src/lib/recommendation-view.ts): the headline, confidence,
 * which fragments are result links, the chart's bars, the team's disagreement in words.
 */
import { describe, expect, test } from 'vitest';
import { UNKNOWN, type Questionnaire } from '../../src/lib/decide/model';
import type { DimensionScore } from '../../src/lib/decide/score';
import {
  CHART,
  chartBars,
  chartDescription,
  chartHeight,
  confidenceWords,
  disagreementWords,
  isResultFragment,
  knownAnswers,
  recommendationHeadline,
  withFragment,
} from '../../src/lib/recommendation-view';

describe('the headline', () => {
  test('names the approach to start with', () => {
    expect(recommendationHeadline({ recommendation: 'devops', first: 'devops' })).toBe('DevOps first');
    expect(recommendationHeadline({ recommendation: 'sre', first: 'sre' })).toBe('SRE first');
    expect(recommendationHeadline({ recommendation: 'both', first: 'sre' })).toBe('Both, starting with SRE');
    expect(recommendationHeadline({ recommendation: 'both', first: 'devops' })).toBe('Both, starting with DevOps');
  });

  test('says the confidence in words and as a whole percent', () => {
    expect(confidenceWords({ level: 'medium', percent: 61.6, why: '' })).toBe('Medium confidence (62%)');
    expect(confidenceWords({ level: 'low', percent: 0, why: '' })).toBe('Low confidence (0%)');
  });
});

describe('result fragments', () => {
  const anchors = new Set(['main', 'decide-runs-title']);
  const isAnchor = (id: string) => anchors.has(id);

  test('an empty fragment or one of the page’s anchors is not a link', () => {
    expect(isResultFragment('', isAnchor)).toBe(false);
    expect(isResultFragment('#', isAnchor)).toBe(false);
    expect(isResultFragment('#main', isAnchor)).toBe(false);
  });

  test('anything else is, damaged or not, so that it is reported rather than ignored', () => {
    expect(isResultFragment('#v=1&a=abc', isAnchor)).toBe(true);
    expect(isResultFragment('#v', isAnchor)).toBe(true);
    expect(isResultFragment('#<script>alert(1)</script>', isAnchor)).toBe(true);
    expect(isResultFragment('#%E0%A4%A', isAnchor)).toBe(true);
    expect(isResultFragment('v=9', isAnchor)).toBe(true);
  });

  test('withFragment replaces any fragment the address had', () => {
    expect(withFragment('https://x.test/decide/', 'v=1&a=b')).toBe('https://x.test/decide/#v=1&a=b');
    expect(withFragment('https://x.test/decide/#v=0&a=zz', 'v=1')).toBe('https://x.test/decide/#v=1');
  });
});

test('stored answers to questions or options the questionnaire no longer has are dropped', () => {
  const q = {
    questions: [
      { id: 'deploys', options: [{ id: 'daily' }, { id: 'monthly' }] },
      { id: 'slo', options: [{ id: 'none' }] },
      { id: 'oncall', options: [{ id: 'heavy' }] },
    ],
  } as unknown as Questionnaire;
  expect(knownAnswers(q, { deploys: 'monthly', slo: UNKNOWN, oncall: 'gone', removed: 'daily' })).toEqual({
    deploys: 'monthly',
    slo: UNKNOWN,
  });
});

describe('the chart', () => {
  const dims: DimensionScore[] = [
    { id: 'reliability', label: 'Reliability stakes', need: 80, answered: 3, unknown: 0 },
    { id: 'delivery', label: 'Delivery gap', need: 0, answered: 1, unknown: 2 },
    { id: 'operations', label: 'Operational load', need: 140, answered: 2, unknown: 0 },
  ];

  test('draws one bar per dimension in order, as wide as its need, the weak spots marked', () => {
    const bars = chartBars(dims, ['reliability']);
    expect(bars.map((b) => [b.id, b.need, b.width, b.weak])).toEqual([
      ['reliability', 80, 0.8 * CHART.barWidth, true],
      ['delivery', 0, 0, false],
      ['operations', 100, CHART.barWidth, false],
    ]);
    // Rows do not overlap: each bar ends above the next row's label.
    expect(bars[0]!.barY + CHART.barHeight).toBeLessThan(bars[1]!.labelY - 10);
    expect(chartHeight(bars.length)).toBeGreaterThanOrEqual(bars[2]!.barY + CHART.barHeight);
  });

  test('describes every figure in words', () => {
    expect(chartDescription(chartBars(dims, ['reliability']))).toBe(
      'How much each area calls for work, from 0 to 100: Reliability stakes 80 of 100 (a weak spot); ' +
        'Delivery gap 0 of 100; Operational load 100 of 100.',
    );
  });
});

test('disagreement in words', () => {
  expect(disagreementWords(0, 0)).toBe('Nobody answered');
  expect(disagreementWords(0, 1)).toBe('Only one person answered');
  expect(disagreementWords(0, 4)).toBe('Everyone agrees');
  expect(disagreementWords(0.2, 4)).toBe('Mostly agree');
  expect(disagreementWords(0.5, 4)).toBe('Split');
  expect(disagreementWords(1, 4)).toBe('Widely split');
});
