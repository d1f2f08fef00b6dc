/**
 * The simulator's form model, and the contract it shares with the link: whatever the link decoder accepts the
 * form shows and reads back unchanged, and whatever the form reads goes into the link and comes back unchanged.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { plainDecimal, plainNumber } from '../../src/lib/number';
import { simulate, WORKBOOK_RULES } from '../../src/lib/simulation';
import {
  addIncident,
  applyPreset,
  changeVolumeUnit,
  clockMinutes,
  editIncident,
  editPolicy,
  editRule,
  formFromState,
  parseForm,
  removeIncident,
  restoreWorkbookRules,
  resultsByRow,
  type SimulatorForm,
} from '../../src/lib/simulator-form';
import { budgetFigures } from '../../src/lib/simulator-figures';
import { PRESETS } from '../../src/lib/simulator-presets';
import {
  decodeSimulatorLink,
  DEFAULT_STATE,
  encodeSimulatorLink,
  MAX_INCIDENTS,
  type SimulatorState,
} from '../../src/lib/simulator-state';

const formOf = (query: string) => formFromState(decodeSimulatorLink(query).state);

describe('plain decimal numbers', () => {
  it.each([
    [1e-7, '0.0000001'],
    [1.5e-10, '0.00000000015'],
    [1e21, '1000000000000000000000'],
    [1.2345e25, '12345000000000000000000000'],
    [-3e-8, '-0.00000003'],
    [99.9, '99.9'],
    [0, '0'],
    [-0, '0'],
  ])('writes %d as %s', (value, text) => {
    expect(plainDecimal(value)).toBe(text);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'whatever it writes, plainNumber reads back as the same number, never with an exponent',
    (value) => {
      const text = plainDecimal(value);
      expect(text).not.toMatch(/e/i);
      expect(plainNumber(text)).toBe(value === 0 ? 0 : value);
    },
  );
});

describe('links with small or huge numbers (issue 8)', () => {
  it.each([
    ['rps=0.0000001', (f: SimulatorForm) => f.rps, '0.0000001'],
    ['incident=600,45,0.0000001', (f: SimulatorForm) => f.incidents[0]!.errors, '0.0000001'],
    ['rule=0.0000001,60,5,page', (f: SimulatorForm) => f.rules[0]!.share, '0.0000001'],
    ['incident=0,1000000000000000000000,100', (f: SimulatorForm) => f.incidents[0]!.duration, '1000000000000000000000'],
  ])('?%s shows in the form as the link wrote it, and reads back as the same state', (query, field, shown) => {
    const decoded = decodeSimulatorLink(query);
    expect(decoded.problems).toEqual([]);
    const form = formFromState(decoded.state);
    expect(field(form)).toBe(shown);
    const parsed = parseForm(form);
    expect(parsed.errors).toEqual({ incidents: {}, rules: {}, policy: {} });
    expect(parsed.state).toEqual(decoded.state);
    expect(encodeSimulatorLink(parsed.state!)).toContain(query);
  });

  it('evaluates a rule with a tiny budget share: it fires at the first bad minute', () => {
    const parsed = parseForm(formOf('incident=600,45,100&rule=0.0000001,60,5,page'));
    const sim = simulate(parsed.state!);
    const [row] = resultsByRow(parsed, sim.rules);
    expect(row?.label).toBe('1h/5m');
    expect(row?.firedAt).toBe(600);
  });

  it('a request rate counted per window that is tiny per second goes into the link in plain decimal', () => {
    const form = changeVolumeUnit({ ...formOf('rps=100'), rps: '1' }, 'second', 30);
    const perWindow = { ...changeVolumeUnit(form, 'window', 30), rps: '1' };
    const state = parseForm(perWindow).state!;
    expect(state.requestsPerSecond).toBe(1 / 2_592_000);
    const link = encodeSimulatorLink(state);
    expect(link).toMatch(/rps=0\.000000385802469135802/);
    expect(decodeSimulatorLink(link)).toEqual({ state, problems: [] });
    expect(budgetFigures(state, simulate(state)).requests?.total).toBeCloseTo(1, 9);
  });
});

describe('reading the form', () => {
  const base = formFromState(DEFAULT_STATE);

  it('reads the default form as the default state', () => {
    expect(parseForm(base)).toMatchObject({ state: DEFAULT_STATE, errors: { incidents: {}, rules: {}, policy: {} } });
  });

  it('says what is wrong with the SLO, the window and the traffic, and keeps no state', () => {
    const parsed = parseForm({
      ...base,
      slo: '101',
      windowChoice: 'custom',
      customDays: '7.5',
      requestBased: true,
      rps: '1e3',
    });
    expect(parsed.state).toBeNull();
    expect(parsed.errors.slo).toBe('The SLO must be from 90 to 99.999.');
    expect(parsed.errors.days).toBe('The window must be a whole number of days.');
    expect(parsed.errors.rps).toBe('The traffic must be above 0 and at most 1,000,000,000 requests a second.');
  });

  it('counts requests per window over the window, with the limit said in that unit', () => {
    const form: SimulatorForm = { ...base, requestBased: true, volumeUnit: 'window', rps: '2592000' };
    expect(parseForm(form).state?.requestsPerSecond).toBe(1);
    const tooMany = parseForm({ ...form, rps: '3000000000000000' });
    expect(tooMany.errors.rps).toContain('at most 2,592,000,000,000,000 in this window');
  });

  it('leaves out an incident or a rule it cannot use, with a message on its row', () => {
    let form = addIncident(addIncident(base));
    const [a, b] = form.incidents;
    form = editIncident(form, a!.key, { errors: '150' });
    form = editIncident(form, b!.key, { time: '24:00' });
    form = editRule(form, form.rules[0]!.key, { short: '120' });
    const parsed = parseForm(form);
    expect(parsed.state?.incidents).toEqual([]);
    expect(parsed.errors.incidents[a!.key]).toBe(
      'This incident is left out: percent failing must be above 0 and at most 100.',
    );
    expect(parsed.errors.incidents[b!.key]).toBe(
      'This incident is left out: the time must be HH:MM, from 00:00 to 23:59.',
    );
    expect(parsed.errors.rules[form.rules[0]!.key]).toContain('This rule is left out: its short window');
    expect(parsed.state?.rules).toEqual(WORKBOOK_RULES.slice(1));
  });

  it('keeps no state when every rule is left out: a link without rules would mean the Workbook rules', () => {
    const form = formOf('rule=2,60,5,page');
    const parsed = parseForm(editRule(form, form.rules[0]!.key, { share: '' }));
    expect(parsed.state).toBeNull();
    expect(parsed.errors.form).toContain('Every alert rule is left out');
    const restored = parseForm(restoreWorkbookRules(editRule(form, form.rules[0]!.key, { share: '' })));
    expect(restored.state?.rules).toEqual(WORKBOOK_RULES);
  });

  it('checks each policy threshold', () => {
    const parsed = parseForm(editPolicy(base, 'caution', '120'));
    expect(parsed.errors.policy).toEqual({ caution: 'This threshold must be a percentage from 0 to 100.' });
    expect(parsed.state).toBeNull();
  });

  it(`holds at most ${MAX_INCIDENTS} incidents, as a link does`, () => {
    let form = base;
    for (let i = 0; i < MAX_INCIDENTS + 3; i++) form = addIncident(form);
    expect(form.incidents).toHaveLength(MAX_INCIDENTS);
    const over = { ...form, incidents: [...form.incidents, { ...form.incidents[0]!, key: 999 }] };
    expect(parseForm(over).errors.incidents[999]).toContain(`at most ${MAX_INCIDENTS} incidents`);
    expect(removeIncident(form, form.incidents[0]!.key).incidents).toHaveLength(MAX_INCIDENTS - 1);
  });

  it('reads a clock time', () => {
    expect(clockMinutes('09:05')).toBe(545);
    expect(clockMinutes('9:05')).toBe(545);
    for (const bad of ['24:00', '12:60', '12', '12:5', 'noon']) expect(clockMinutes(bad), bad).toBeNull();
  });

  it('switches the traffic between per second and per window without changing it', () => {
    const form: SimulatorForm = { ...base, requestBased: true, rps: '200' };
    const perWindow = changeVolumeUnit(form, 'window', 45);
    expect(perWindow.rps).toBe('777600000');
    expect(changeVolumeUnit(perWindow, 'second', 45).rps).toBe('200');
  });

  it('loads a preset over the settings shown, with the Workbook rules', () => {
    const shown: SimulatorState = { ...DEFAULT_STATE, requestsPerSecond: 5, rules: [WORKBOOK_RULES[0]!] };
    const state = parseForm(applyPreset(PRESETS[2]!, shown)).state!;
    expect(state).toMatchObject({ sloPercent: 99.95, windowDays: 28, requestsPerSecond: 5 });
    expect(state.incidents).toEqual(PRESETS[2]!.incidents);
    expect(state.rules).toEqual(WORKBOOK_RULES);
  });

  it('shows no result on a row whose rule the figures were not computed with', () => {
    const form = formOf('');
    const sim = simulate(DEFAULT_STATE);
    const edited = parseForm(editRule({ ...form, slo: 'x' }, form.rules[1]!.key, { share: '7' }));
    const rows = resultsByRow(edited, sim.rules);
    expect(rows.map((r) => r?.label ?? null)).toEqual(['1h/5m', null, '1d/2h', '3d/6h']);
  });
});

/** Text a person or a crafted link might give for a number: mostly plain decimals, some junk. */
const numberText = (valid: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 6, arbitrary: valid.map(plainDecimal) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(plainDecimal) },
    { weight: 1, arbitrary: fc.constantFrom('', ' 1 ', '1e3', '0x10', '.5', '-0', '1,5', 'NaN') },
  );
const tiny = fc.double({ min: 1e-12, max: 1e-6, noNaN: true });
const percent = fc.oneof(fc.double({ min: 0, max: 110, noNaN: true }), tiny, fc.integer({ min: 1, max: 100 }));
const minutes = fc.oneof(fc.integer({ min: 1, max: 50_000 }), fc.constant(1e21), fc.integer({ min: -2, max: 100 }));

const incidentParam = fc
  .tuple(numberText(fc.integer({ min: 0, max: 60_000 })), numberText(minutes), numberText(percent))
  .map((parts) => parts.join(','));
const ruleParam = fc
  .tuple(
    numberText(percent),
    numberText(fc.integer({ min: 1, max: 6000 })),
    numberText(fc.integer({ min: 1, max: 600 })),
    fc.constantFrom('page', 'ticket', 'sms'),
  )
  .map((parts) => parts.join(','));
const linkParams = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('slo'), numberText(fc.integer({ min: 89_990, max: 100_000 }).map((n) => n / 1000))),
    fc.tuple(fc.constant('days'), numberText(fc.integer({ min: 0, max: 400 }))),
    fc.tuple(fc.constant('incident'), incidentParam),
    fc.tuple(fc.constant('rule'), ruleParam),
    fc.tuple(fc.constant('rps'), numberText(fc.oneof(tiny, fc.double({ min: 0, max: 2e9, noNaN: true })))),
    fc.tuple(fc.constantFrom('freeze', 'caution', 'postmortem'), numberText(percent)),
    fc.tuple(fc.constantFrom('SLO', 'incidents', 'Days', 'x'), fc.string({ maxLength: 5 })),
  ),
  { maxLength: 14 },
);

const formText = {
  slo: numberText(fc.integer({ min: 89_990, max: 100_000 }).map((n) => n / 1000)),
  clock: fc
    .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
};
const form: fc.Arbitrary<SimulatorForm> = fc.record({
  slo: formText.slo,
  windowChoice: fc.constantFrom('7', '28', '30', '90', 'custom'),
  customDays: numberText(fc.integer({ min: 0, max: 400 })),
  requestBased: fc.boolean(),
  rps: numberText(fc.oneof(tiny, fc.double({ min: 0, max: 1e16, noNaN: true }))),
  volumeUnit: fc.constantFrom('second' as const, 'window' as const),
  incidents: fc
    .array(
      fc.record({
        day: numberText(fc.integer({ min: 0, max: 40 })),
        time: formText.clock,
        duration: numberText(minutes),
        errors: numberText(percent),
      }),
      { maxLength: 6 },
    )
    .map((rows) => rows.map((r, key) => ({ ...r, key }))),
  rules: fc
    .array(
      fc.record({
        share: numberText(percent),
        long: numberText(fc.integer({ min: 1, max: 6000 })),
        short: numberText(fc.integer({ min: 1, max: 600 })),
        severity: fc.constantFrom('page' as const, 'ticket' as const),
      }),
      { minLength: 1, maxLength: 10 },
    )
    .map((rows) => rows.map((r, key) => ({ ...r, key }))),
  policy: fc.record({
    freeze: numberText(percent),
    caution: numberText(percent),
    postmortem: numberText(percent),
  }),
});

describe('one rule set for the link and the form', () => {
  test.prop([linkParams])('whatever the link decoder accepts, the form shows and reads back unchanged', (pairs) => {
    const { state } = decodeSimulatorLink(new URLSearchParams(pairs));
    const parsed = parseForm(formFromState(state));
    expect(parsed.errors).toEqual({ incidents: {}, rules: {}, policy: {} });
    expect(parsed.state).toEqual(state);
  });

  test.prop([form])('whatever the form reads goes into the link and decodes back to the same state', (f) => {
    const { state } = parseForm(f);
    fc.pre(state !== null);
    expect(decodeSimulatorLink(encodeSimulatorLink(state!))).toEqual({ state, problems: [] });
    expect(parseForm(formFromState(state!)).state).toEqual(state);
  });
});

describe('link parameters the simulator does not know', () => {
  it.each([
    ['SLO=99.5', 'parameter “SLO” was ignored', 'did you mean “slo”?'],
    ['incidents=600,45,100', 'parameter “incidents” was ignored', 'did you mean “incident”?'],
    ['foo=1', 'parameter “foo” was ignored', 'it knows slo, days, incident, rule, rps, freeze, caution, postmortem'],
  ])('?%s is named in a message', (query, named, hint) => {
    const { state, problems } = decodeSimulatorLink(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(named);
    expect(problems[0]).toContain(hint);
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('reports a parameter given twice, and reads the first', () => {
    const { state, problems } = decodeSimulatorLink('slo=99.5&slo=99');
    expect(state.sloPercent).toBe(99.5);
    expect(problems).toEqual(["The link's slo appears 2 times: only the first, “99.5”, was read."]);
  });

  it('reports rules past the eighth', () => {
    const rules = Array.from({ length: 10 }, (_, i) => `rule=${i + 1},60,5,page`).join('&');
    const { state, problems } = decodeSimulatorLink(rules);
    expect(state.rules).toHaveLength(8);
    expect(problems).toEqual([
      'Only the first 8 rules of the link were read: the simulator holds at most 8, so 2 more were ignored.',
    ]);
  });

  it('refuses a rule with other than four parts', () => {
    expect(decodeSimulatorLink('rule=2,60,5,page,x').problems[0]).toContain('four parts');
  });
});
