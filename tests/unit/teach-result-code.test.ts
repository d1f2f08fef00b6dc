import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/quiz';
import { answerState, stateCount } from '../../src/lib/teach/answer-state';
import { CROCKFORD } from '../../src/lib/teach/crockford';
import {
  decodeResult,
  encodeResult,
  groupCode,
  LEARNER_TAG_BITS,
  resultCodeLength,
} from '../../src/lib/teach/result-code';
import { setId, type QuizSet } from '../../src/lib/teach/set-link';
import { realQuestionData } from './real-question-data';
import { ALL_TYPES, multiple, order, questionsArb, setArb, setOf, single } from './teach-fixture';

const TAGS = 2 ** LEARNER_TAG_BITS;
const compact = (code: string) => code.replaceAll('-', '');

/** Questions, a set of them, one valid state per question and a learner tag. */
const caseArb = questionsArb(20).chain((questions) =>
  fc.record({
    questions: fc.constant(questions),
    set: setArb(questions),
    states: fc.tuple(...questions.map((q) => fc.nat({ max: stateCount(q) - 1 }))),
    learnerTag: fc.nat({ max: TAGS - 1 }),
  }),
);

describe('result code', () => {
  test.prop([caseArb], { numRuns: 300 })(
    'encode → decode is the identity',
    ({ questions, set, states, learnerTag }) => {
      const code = encodeResult({ set, questions, states, learnerTag });
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
      expect(compact(code)).toHaveLength(resultCodeLength(questions));
      expect(decodeResult(code, set, questions)).toEqual({ ok: true, learnerTag, states, canonical: compact(code) });
    },
  );

  test.prop([caseArb], { numRuns: 200 })(
    'detects EVERY single-character substitution and EVERY swap of two neighbouring characters (exhaustively)',
    ({ questions, set, states, learnerTag }) => {
      const code = compact(encodeResult({ set, questions, states, learnerTag }));
      for (let i = 0; i < code.length; i++) {
        for (const ch of CROCKFORD) {
          if (ch === code[i]) continue;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          const r = decodeResult(typo, set, questions);
          if (r.ok) throw new Error(`substitution ${code} → ${typo} was not detected`);
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1]! + code[i]! + code.slice(i + 2);
          const r = decodeResult(swapped, set, questions);
          if (r.ok) throw new Error(`swap ${code} → ${swapped} was not detected`);
        }
      }
    },
  );

  test.prop([caseArb, fc.nat()], { numRuns: 200 })(
    'a dropped or doubled character is refused as mistyped',
    ({ questions, set, states, learnerTag }, at) => {
      const code = compact(encodeResult({ set, questions, states, learnerTag }));
      const i = at % code.length;
      const dropped = code.slice(0, i) + code.slice(i + 1);
      const doubled = code.slice(0, i) + code[i]! + code.slice(i);
      for (const typo of [dropped, doubled]) {
        const r = decodeResult(typo, set, questions);
        expect(r.ok).toBe(false);
      }
    },
  );

  it('reads codes as people type them: any case, spaces or no dashes, I/L for 1 and O for 0', () => {
    const questions = ALL_TYPES;
    const set = setOf(questions);
    // Find a code with a 0 and a 1 in it, to type them as O and L.
    let code = '';
    for (let tag = 0; !/0.*1|1.*0/.test(code); tag++) {
      code = encodeResult({ set, questions, states: [1, 3, 2, 4, 7, 2], learnerTag: tag });
    }
    const want = decodeResult(code, set, questions);
    expect(want.ok).toBe(true);
    const typed = ` ${compact(code)
      .toLowerCase()
      .replaceAll('0', 'o')
      .replaceAll('1', 'l')
      .replace(/(.{3})/g, '$1 ')} `;
    expect(decodeResult(typed, set, questions)).toEqual(want);
    expect(decodeResult(compact(code).replaceAll('1', 'I'), set, questions)).toEqual(want);
  });

  it('says which problem a code has, naming the code', () => {
    const set = setOf(ALL_TYPES);
    const code = encodeResult({ set, questions: ALL_TYPES, states: [1, 3, 2, 4, 7, 2], learnerTag: 77 });
    expect(decodeResult('  - ', set, ALL_TYPES)).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeResult(`${code}U`, set, ALL_TYPES)).toEqual({
      ok: false,
      problem: 'mistyped',
      message: `The code “${code}U” contains “U”, which is not used in result codes. Check it with the learner and type it again.`,
    });
    expect(decodeResult(code.slice(0, -2), set, ALL_TYPES)).toMatchObject({
      problem: 'mistyped',
      message: expect.stringMatching(/is too short: codes for this set have \d+ characters/),
    });
    expect(decodeResult('<script>alert(1)</script>', set, ALL_TYPES)).toMatchObject({ problem: 'mistyped' });
    expect(decodeResult('A'.repeat(100_000), set, ALL_TYPES)).toMatchObject({
      problem: 'mistyped',
      message: expect.stringMatching(/far too long/),
    });
  });

  it('tells a code for another set (same questions or not) from a mistyped one', () => {
    const questions = ALL_TYPES;
    const mine = setOf(questions, { seed: 1 });
    // Other sets whose set tag (low 10 bits of the id) differs from mine.
    const others = [2, 3, 4, 5]
      .map((seed) => setOf(questions, { seed }))
      .filter((s) => (setId(s) ^ setId(mine)) & 1023);
    const shorter = setOf([single, multiple], { seed: 9 });
    expect((setId(shorter) ^ setId(mine)) & 1023).not.toBe(0);
    for (const other of others) {
      const code = encodeResult({ set: other, questions, states: [0, 0, 0, 0, 0, 0], learnerTag: 5 });
      expect(decodeResult(code, mine, questions)).toMatchObject({
        ok: false,
        problem: 'other-set',
        message: `The code “${code}” is for another quiz set, not this one.`,
      });
    }
    const code = encodeResult({ set: shorter, questions: [single, multiple], states: [1, 1], learnerTag: 5 });
    expect(decodeResult(code, mine, questions)).toMatchObject({ problem: 'other-set' });
  });

  it('refuses states the questions cannot have', () => {
    const set = setOf([single]);
    expect(() => encodeResult({ set, questions: [single], states: [4], learnerTag: 0 })).toThrow(RangeError);
    expect(() => encodeResult({ set, questions: [single], states: [], learnerTag: 0 })).toThrow(RangeError);
    expect(() => encodeResult({ set, questions: [single], states: [1], learnerTag: TAGS })).toThrow(RangeError);
  });

  it('groups codes by 4', () => {
    expect(groupCode('ABCDEFGHJ')).toBe('ABCD-EFGH-J');
    expect(groupCode('')).toBe('');
  });

  it('fits in 32 characters for the 20 questions of the banks with the most answer states', () => {
    const questions: Question[] = realQuestionData().files.flatMap((f) => f.questions);
    const worst = [...questions].sort((a, b) => stateCount(b) - stateCount(a)).slice(0, 20);
    expect(resultCodeLength(worst)).toBeLessThanOrEqual(32);
    const set: QuizSet = setOf(worst);
    const states = worst.map((q) => stateCount(q) - 1);
    const code = encodeResult({ set, questions: worst, states, learnerTag: TAGS - 1 });
    expect(compact(code).length).toBeLessThanOrEqual(32);
    expect(decodeResult(code, set, worst)).toMatchObject({ ok: true, states, learnerTag: TAGS - 1 });
  });

  it('a learner’s real responses survive the code', () => {
    const set = setOf(ALL_TYPES);
    const responses = [
      ['b'],
      ['a', 'c'],
      ['false'],
      ['x=devops', 'y=sre', 'z=devops'],
      ['two', 'one', 'three', 'four'],
      ['43.25'],
    ];
    const states = ALL_TYPES.map((q, i) => answerState(q, responses[i]));
    const r = decodeResult(encodeResult({ set, questions: ALL_TYPES, states, learnerTag: 1 }), set, ALL_TYPES);
    expect(r).toMatchObject({ ok: true, states: [2, 5, 2, 3, 6, 2] });
    expect(order.type).toBe('order');
  });
});
