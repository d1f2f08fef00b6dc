import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/lib/random';
import {
  decodeSet,
  encodeSet,
  formatSetId,
  MAX_SET_QUESTIONS,
  missingMessage,
  resolveSet,
  setId,
  TIMER_CHOICES,
  type QuizSet,
} from '../../src/lib/teach/set-link';

const KEY = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{5}$/);
const setArb: fc.Arbitrary<QuizSet> = fc.record({
  version: fc.constant(1 as const),
  seed: fc.nat({ max: 0xffffffff }),
  timer: fc.constantFrom(...TIMER_CHOICES),
  feedback: fc.constantFrom('end' as const, 'each' as const),
  keys: fc.uniqueArray(KEY, { minLength: 1, maxLength: MAX_SET_QUESTIONS }),
});

const sample: QuizSet = { version: 1, seed: 12345, timer: 30, feedback: 'each', keys: ['ABCDE', '01234', 'VWXYZ'] };

const reasonOf = (fragment: string) => {
  const r = decodeSet(fragment);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.reason;
};

describe('set link', () => {
  it('writes the documented fragment', () => {
    expect(encodeSet(sample)).toBe('s=1.0000C1S.30.Q.ABCDE01234VWXYZ');
    expect(encodeSet({ ...sample, timer: 0, feedback: 'end', seed: 0xffffffff })).toBe(
      's=1.3ZZZZZZ.0.E.ABCDE01234VWXYZ',
    );
  });

  test.prop([setArb])('round-trips every valid set, with or without # and other parameters', (set) => {
    const text = encodeSet(set);
    expect(decodeSet(text)).toEqual({ ok: true, set });
    expect(decodeSet(`#${text}`)).toEqual({ ok: true, set });
    expect(decodeSet(`#view=speaker&${text.toLowerCase()}&x=1`)).toEqual({ ok: true, set });
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws on any text, and answers with a set or a reason', (text) => {
    const r = decodeSet(text);
    expect(r.ok || r.reason.length > 0).toBe(true);
  });

  test.prop([setArb, fc.nat(), fc.string({ minLength: 1, maxLength: 8 })])(
    'refuses any link with text spliced into it, or gives back a valid set',
    (set, at, junk) => {
      const text = encodeSet(set);
      const cut = 2 + (at % (text.length - 2));
      const r = decodeSet(text.slice(0, cut) + junk + text.slice(cut));
      if (r.ok) expect(decodeSet(encodeSet(r.set))).toEqual(r);
    },
  );

  test.prop([setArb, fc.nat()])('refuses every truncation with a reason', (set, at) => {
    const text = encodeSet(set);
    const cut = at % text.length;
    const r = decodeSet(text.slice(0, cut));
    // Cutting whole keys off the end leaves a shorter valid set; anything else is refused.
    if (r.ok) expect(r.set.keys).toEqual(set.keys.slice(0, r.set.keys.length));
    else expect(r.reason).toMatch(/\w/);
  });

  it.each([
    ['script text in the version', 's=<script>alert(1)</script>.0000C1S.30.Q.ABCDE', /not a quiz set link/],
    ['script text in the seed', 's=1.<img/src=x>.30.Q.ABCDE', /seed/],
    ['script text in the timer', 's=1.0000C1S.<svg onload=1>.Q.ABCDE', /time per question/],
    ['script text in the feedback', 's=1.0000C1S.30.<b>.ABCDE', /feedback/],
    ['script text in the keys', 's=1.0000C1S.30.Q.ABCDE<script>', /characters that cannot be in a question key/],
    ['a future version', 's=2.0000C1S.30.Q.ABCDE', /newer version/],
    ['an unknown version', 's=0.0000C1S.30.Q.ABCDE', /unknown version/],
    ['a truncated link', 's=1.0000C1S.30', /cut short/],
    ['a truncated key list', 's=1.0000C1S.30.Q.ABCDE01', /cut short/],
    ['extra parts', 's=1.0000C1S.30.Q.ABCDE.X', /extra parts/],
    ['no keys', 's=1.0000C1S.30.Q.', /no questions/],
    ['a repeated key', 's=1.0000C1S.30.Q.ABCDE01234ABCDE', /same question twice \(ABCDE, as questions 1 and 3\)/],
    ['a timer not on the list', 's=1.0000C1S.25.Q.ABCDE', /25\) is not one of 0, 10, 20/],
    ['a timer with a leading zero', 's=1.0000C1S.030.Q.ABCDE', /time per question/],
    ['a negative timer', 's=1.0000C1S.-10.Q.ABCDE', /time per question/],
    ['a timer in exponent form', 's=1.0000C1S.1e1.Q.ABCDE', /time per question/],
    ['a seed over 32 bits', 's=1.4000000.30.Q.ABCDE', /seed/],
    ['a short seed', 's=1.C1S.30.Q.ABCDE', /seed/],
    [
      '51 questions',
      `s=1.0000C1S.30.Q.${Array.from({ length: 51 }, (_, i) => `K${String(i).padStart(4, '0')}`).join('')}`,
      /51 questions; a set has at most 50/,
    ],
    ['two sets', 's=1.0000C1S.30.Q.ABCDE&s=1.0000C1S.30.Q.01234', /more than one/],
    ['no set at all', '#main', /no quiz set/],
    ['an empty fragment', '', /no quiz set/],
  ])('refuses %s with a reason', (_name, fragment, reason) => {
    expect(reasonOf(fragment)).toMatch(reason);
  });

  it('refuses a 100 KB link at once, without reading it', () => {
    const long = `s=1.0000C1S.30.Q.${'ABCDE'.repeat(20_000)}`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(reasonOf(long)).toMatch(/too long/);
  });

  it('the set id is FNV-1a of the canonical fragment, shown as ABC-DEFG', () => {
    expect(setId(sample)).toBe(hashString('s=1.0000C1S.30.Q.ABCDE01234VWXYZ'));
    expect(setId(sample)).not.toBe(setId({ ...sample, seed: 12346 }));
    expect(formatSetId(0)).toBe('000-0000');
    expect(formatSetId(0xffffffff)).toBe('3ZZ-ZZZZ');
    expect(formatSetId(setId(sample))).toMatch(/^[0-3][0-9A-Z]{2}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('resolves keys to ids and names missing ones by position and key, never dropping them silently', () => {
    const index = new Map([
      ['ABCDE', 'first-question'],
      ['VWXYZ', 'third-question'],
    ]);
    const r = resolveSet(sample, index);
    expect(r).toEqual({ questionIds: ['first-question', 'third-question'], missing: [{ position: 2, key: '01234' }] });
    expect(missingMessage(r.missing)).toBe('Question 2 (key 01234) of this set is no longer on this site.');
    expect(missingMessage(resolveSet(sample, new Map()).missing)).toBe(
      'Questions 1 (key ABCDE), 2 (key 01234) and 3 (key VWXYZ) of this set are no longer on this site.',
    );
    expect(missingMessage([])).toBe('');
  });
});
