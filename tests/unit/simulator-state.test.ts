import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { openSloDocument, prometheusRules } from '../../src/lib/slo-export';
import { WORKBOOK_RULES } from '../../src/lib/simulation';
import {
  decodeSimulatorLink,
  DEFAULT_STATE,
  encodeSimulatorLink,
  type SimulatorState,
} from '../../src/lib/simulator-state';

describe('simulator link', () => {
  it('reads slo, days and repeated incidents', () => {
    const { state, problems } = decodeSimulatorLink('?slo=99.95&days=28&incident=600,45,100&incident=1440,30,2.5');
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      sloPercent: 99.95,
      windowDays: 28,
      incidents: [
        { startMinute: 600, durationMinutes: 45, errorPercent: 100 },
        { startMinute: 1440, durationMinutes: 30, errorPercent: 2.5 },
      ],
    });
    expect(state.rules).toEqual(WORKBOOK_RULES);
  });

  it.each([
    ['slo=abc', 'slo “abc”'],
    ['slo=100', 'from 90 to 99.999'],
    ['slo=89.9', 'from 90 to 99.999'],
    ['slo=0x63', 'slo “0x63”'],
    ['slo=Infinity', 'must be a number'],
    ['days=0', 'days “0”'],
    ['days=7.5', 'whole number'],
    ['days=366', 'from 1 to 365'],
    ['incident=600,45', 'incident 1 “600,45”'],
    ['incident=600,0,100', 'duration'],
    ['incident=600,10,0', 'percent failing'],
    ['incident=600,10,101', 'percent failing'],
    ['incident=-5,10,50', 'start'],
    ['incident=99999,10,50', 'starts after the window ends'],
    ['rule=2,60,120,page', 'short window'],
    ['rule=2,60,5,sms', 'severity'],
    ['rps=-1', 'rps'],
    ['freeze=150', 'freeze'],
  ])('ignores %s with a message naming it', (query, words) => {
    const { state, problems } = decodeSimulatorLink(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(words);
    expect(state.sloPercent).toBe(query.startsWith('slo') ? DEFAULT_STATE.sloPercent : state.sloPercent);
  });

  it('keeps the rest of the link when one part is bad', () => {
    const { state, problems } = decodeSimulatorLink('slo=99.99&days=abc&incident=10,5,100&incident=<b>hi</b>');
    expect(state.sloPercent).toBe(99.99);
    expect(state.windowDays).toBe(30);
    expect(state.incidents).toHaveLength(1);
    expect(problems).toHaveLength(2);
  });

  it('writes defaults compactly and reads custom rules and policy back', () => {
    expect(encodeSimulatorLink(DEFAULT_STATE)).toBe('slo=99.9&days=30');
    const custom: SimulatorState = {
      ...DEFAULT_STATE,
      incidents: [{ startMinute: 5, durationMinutes: 6, errorPercent: 7 }],
      rules: [{ budgetPercent: 3, longMinutes: 120, shortMinutes: 10, severity: 'ticket' }],
      requestsPerSecond: 250,
      policy: { freezePercent: 5, cautionPercent: 40, postmortemPercent: 15 },
    };
    const link = encodeSimulatorLink(custom);
    expect(link).toContain('incident=5,6,7');
    expect(decodeSimulatorLink(link)).toEqual({ state: custom, problems: [] });
  });

  const state = fc.record({
    sloPercent: fc.integer({ min: 90000, max: 99999 }).map((n) => n / 1000),
    windowDays: fc.integer({ min: 1, max: 365 }),
    incidents: fc.array(
      fc.record({
        startMinute: fc.integer({ min: 0, max: 1439 }),
        durationMinutes: fc.integer({ min: 1, max: 10_000 }),
        errorPercent: fc.integer({ min: 1, max: 1000 }).map((n) => n / 10),
      }),
      { maxLength: 5 },
    ),
    rules: fc.constant(DEFAULT_STATE.rules),
    requestsPerSecond: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
    policy: fc.constant(DEFAULT_STATE.policy),
  });

  test.prop([state])('encode → decode gives back the state', (s) => {
    expect(decodeSimulatorLink(encodeSimulatorLink(s))).toEqual({ state: s, problems: [] });
  });

  test.prop([
    fc.string(),
    fc.array(fc.tuple(fc.constantFrom('slo', 'days', 'incident', 'rule', 'rps', 'freeze'), fc.string())),
  ])('never throws on any query, and every problem names a parameter', (raw, pairs) => {
    const params = new URLSearchParams(raw);
    for (const [k, v] of pairs) params.append(k, v);
    const { state, problems } = decodeSimulatorLink(params);
    expect(state.sloPercent).toBeGreaterThanOrEqual(90);
    expect(state.sloPercent).toBeLessThanOrEqual(99.999);
    for (const p of problems)
      expect(p).toMatch(/The link's (parameter|slo|days|incident|rule|rps|freeze|caution|postmortem)\b|Only the first/);
  });
});

describe('exports', () => {
  const input = { sloPercent: 99.9, windowDays: 30, rules: WORKBOOK_RULES, service: 'checkout' };

  it('writes one Prometheus alert per rule with both windows and the right factor', () => {
    const yaml = prometheusRules(input);
    expect(yaml.match(/- alert:/g)).toHaveLength(4);
    expect(yaml).toContain('[1h]))) > (14.4 * 0.001)');
    expect(yaml).toContain('[5m]))) > (14.4 * 0.001)');
    expect(yaml).toContain('[3d]))) > (1 * 0.001)');
    expect(yaml).toContain('severity: ticket');
  });

  it('writes an OpenSLO SLO with its target and window, and the alert conditions', () => {
    const yaml = openSloDocument(input);
    expect(yaml).toContain('apiVersion: openslo/v1');
    expect(yaml).toContain('target: 0.999');
    expect(yaml).toContain('duration: 30d');
    expect(yaml.match(/kind: AlertCondition/g)).toHaveLength(4);
    expect(yaml).toContain('threshold: 14.4');
  });
});

describe('plain numbers from forms and links', () => {
  it('reads plain decimals and refuses anything else', async () => {
    const { plainNumber } = await import('../../src/lib/number');
    expect(plainNumber(' 99.95 ')).toBe(99.95);
    expect(plainNumber('-5')).toBe(-5);
    expect(plainNumber('.5')).toBe(0.5);
    for (const bad of ['', '0x63', '1e3', 'Infinity', '1,5', '99.9%', '--1']) expect(plainNumber(bad), bad).toBeNaN();
  });
});
