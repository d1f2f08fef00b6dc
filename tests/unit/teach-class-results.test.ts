import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { grade, normaliseResponse, percentOf, scoreOf, type Response } from '../../src/lib/quiz';
import { answerState } from '../../src/lib/teach/answer-state';
import { classResults, parsePasted, resultsCsv } from '../../src/lib/teach/class-results';
import { encodeResult, LEARNER_TAG_BITS } from '../../src/lib/teach/result-code';
import { setId } from '../../src/lib/teach/set-link';
import { ALL_TYPES, questionsArb, responseArb, setArb, setOf } from './teach-fixture';

const questions = ALL_TYPES; // single (b right), multiple (a+b), true-false (false), categorise, order, numeric
const set = setOf(questions);
const codeOf = (responses: (Response | undefined)[], learnerTag: number) =>
  encodeResult({ set, questions, states: questions.map((q, i) => answerState(q, responses[i])), learnerTag });

const ana = codeOf(
  [['b'], ['a', 'b'], ['false'], ['x=devops', 'y=sre', 'z=sre'], ['one', 'two', 'three', 'four'], ['43.2']],
  1,
);
const ben = codeOf([['a'], ['a'], ['true'], ['x=sre', 'y=sre', 'z=sre'], ['two', 'one', 'three', 'four'], ['50']], 2);
const cal = codeOf([['b'], undefined, undefined, undefined, undefined, undefined], 3);

describe('parsePasted', () => {
  it('reads one code per line, several per line, names, and codes typed in groups', () => {
    const text = [
      'Ana: K7Q2-AB3D-EFGH',
      '',
      '  ZZZZ-1111, YYYY-2222 ;XXXX-3333',
      'Ben Smith:  k7q2 ab3d efgh',
      'WWWW-0000 VVVV-9999',
      'Cal:',
      'K7Q2-\tAB3D',
    ].join('\r\n');
    expect(parsePasted(text)).toEqual([
      { code: 'K7Q2-AB3D-EFGH', name: 'Ana', line: 1 },
      { code: 'ZZZZ-1111', line: 3 },
      { code: 'YYYY-2222', line: 3 },
      { code: 'XXXX-3333', line: 3 },
      { code: 'k7q2ab3defgh', name: 'Ben Smith', line: 4 },
      { code: 'WWWW-0000', line: 5 },
      { code: 'VVVV-9999', line: 5 },
      { code: 'K7Q2-', line: 7 },
      { code: 'AB3D', line: 7 },
    ]);
  });

  it('never gives more than 1000 codes, and never throws', () => {
    expect(parsePasted('ABCD-EFGH\n'.repeat(5000))).toHaveLength(1000);
    expect(parsePasted('')).toEqual([]);
    expect(parsePasted(`${'x'.repeat(300)}: CODE`).map((c) => c.name)).toEqual([undefined, undefined]);
    expect(parsePasted(`${'Ana '.repeat(30)}: CODE`)).toEqual([
      { code: 'CODE', name: 'Ana '.repeat(15).trim(), line: 1 },
    ]);
  });
});

describe('classResults', () => {
  it('computes every figure from the codes, as the learners’ own grades give them', () => {
    const r = classResults(set, questions, [{ code: ana, name: 'Ana' }, { code: ben }, { code: cal }]);
    expect(r.entries.map((e) => [e.status, e.counted])).toEqual([
      ['ok', true],
      ['ok', true],
      ['ok', true],
    ]);
    expect(r.learners).toBe(3);
    expect(r.entries[0]!.score).toEqual({ points: 6, total: 6, percent: 100 });
    // Ben: single wrong 0, multiple a only 0.5, tf wrong, categorise 2/3, order 5/6, numeric wrong.
    const benPoints = Math.round((0.5 + 2 / 3 + 5 / 6) * 100) / 100;
    expect(r.entries[1]!.score).toEqual({ points: benPoints, total: 6, percent: percentOf(benPoints, 6) });
    expect(r.entries[2]!.score).toEqual({ points: 1, total: 6, percent: 17 });
    expect(r.questions.map((q) => [q.questionId, q.answered, q.correct, q.percentCorrect])).toEqual([
      ['q-single', 3, 2, 67],
      ['q-multiple', 2, 1, 33],
      ['q-true-false', 2, 1, 33],
      ['q-categorise', 2, 1, 33],
      ['q-order', 2, 1, 33],
      ['q-numeric', 2, 1, 33],
    ]);
    expect(r.questions[0]!.choices).toEqual([
      { id: 'a', count: 1 },
      { id: 'b', count: 2 },
      { id: 'c', count: 0 },
    ]);
    expect(r.questions[1]!.choices).toEqual([
      { id: 'a', count: 2 },
      { id: 'b', count: 1 },
      { id: 'c', count: 0 },
      { id: 'd', count: 0 },
    ]);
    expect(r.questions[2]!.choices).toEqual([
      { id: 'true', count: 1 },
      { id: 'false', count: 1 },
    ]);
    expect(r.questions[3]!.choices).toEqual([]);
    expect(r.classAverage).toBe(percentOf(6 + benPoints + 1, 18));
    expect(r.mostMissed.map((q) => q.position)).toEqual([2, 3, 4, 5, 6, 1]);
  });

  it('refuses mistyped codes and codes of other sets, naming them, and counts a code once', () => {
    const other = setOf(questions, { seed: 999 });
    expect((setId(other) ^ setId(set)) & 1023).not.toBe(0);
    const foreign = encodeResult({ set: other, questions, states: [1, 1, 1, 1, 1, 1], learnerTag: 9 });
    const typo = ana.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const r = classResults(set, questions, [
      { code: ana },
      { code: typo },
      { code: foreign },
      { code: ana.toLowerCase().replaceAll('-', ' ') },
      { code: 'hello' },
    ]);
    expect(r.entries.map((e) => [e.status, e.counted])).toEqual([
      ['ok', true],
      ['mistyped', false],
      ['other-set', false],
      ['duplicate-code', false],
      ['mistyped', false],
    ]);
    expect(r.entries[1]!.message).toContain(typo);
    expect(r.entries[2]!.message).toBe(`The code “${foreign}” is for another quiz set, not this one.`);
    expect(r.entries[3]!.message).toBe(`The code “${ana}” is already in the list; it counts once.`);
    expect(r.learners).toBe(1);
  });

  it('flags two codes of the same learner; the later one counts, unless the trainer named them differently', () => {
    const first = codeOf([['a'], undefined, undefined, undefined, undefined, undefined], 7);
    const second = codeOf([['b'], undefined, undefined, undefined, undefined, undefined], 7);
    const r = classResults(set, questions, [{ code: first }, { code: second }]);
    expect(r.entries.map((e) => [e.status, e.counted])).toEqual([
      ['same-learner', false],
      ['same-learner', true],
    ]);
    expect(r.entries[0]!.message).toBe(
      `The code “${first}” was replaced by “${second}”, a later code from the same learner.`,
    );
    expect(r.entries[1]!.message).toContain(`“${first}”`);
    expect(r.questions[0]!.correct).toBe(1);
    expect(r.learners).toBe(1);
    const named = classResults(set, questions, [
      { code: first, name: 'Ana' },
      { code: second, name: 'Ben' },
    ]);
    expect(named.entries.map((e) => e.status)).toEqual(['ok', 'ok']);
    expect(named.learners).toBe(2);
  });

  it('with no codes: no average, nothing counted', () => {
    const r = classResults(set, questions, []);
    expect(r).toMatchObject({ learners: 0, classAverage: null });
    expect(r.questions.every((q) => q.percentCorrect === 0 && q.answered === 0)).toBe(true);
  });

  test.prop(
    [
      questionsArb(12).chain((qs) =>
        fc.record({
          qs: fc.constant(qs),
          set: setArb(qs),
          learners: fc.array(fc.tuple(...qs.map(responseArb)), { minLength: 1, maxLength: 8 }),
        }),
      ),
    ],
    { numRuns: 100 },
  )('every figure equals what grading each learner’s own responses gives', ({ qs, set: s, learners }) => {
    const codes = learners.map((responses, i) =>
      encodeResult({ set: s, questions: qs, states: qs.map((q, j) => answerState(q, responses[j])), learnerTag: i }),
    );
    const r = classResults(
      s,
      qs,
      codes.map((code) => ({ code })),
    );
    const duplicates = codes.length - new Set(codes).size;
    expect(r.learners).toBe(codes.length - duplicates);
    const unique = learners.filter((_, i) => codes.indexOf(codes[i]!) === i);
    const graded = unique.map((responses) =>
      qs.map((q, j) => {
        const given = responses[j];
        const answered = given !== undefined && answerState(q, given) > 0;
        return answered ? grade(q, normaliseResponse(q, given)) : { correct: false, credit: 0 };
      }),
    );
    qs.forEach((_, j) => {
      const right = graded.filter((g) => g[j]!.correct).length;
      expect(r.questions[j]!.correct).toBe(right);
      expect(r.questions[j]!.percentCorrect).toBe(percentOf(right, unique.length));
    });
    r.entries.filter((e) => e.counted).forEach((e, k) => expect(e.score!.percent).toBe(scoreOf(graded[k]!).percent));
    expect(2 ** LEARNER_TAG_BITS).toBeGreaterThan(8);
  });
});

describe('resultsCsv', () => {
  it('writes RFC 4180 with every row the same width, and no cell a spreadsheet would run', () => {
    const r = classResults(set, questions, [
      { code: ana, name: '=HYPERLINK("http://evil")' },
      { code: ben, name: 'Ben, "the quick"' },
      { code: '+cmd|calc' },
      { code: '@SUM(1)' },
      { code: '-2+3' },
    ]);
    const csv = resultsCsv(r, questions);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Name,Code,Status,Score %,Q1 q-single,Q2 q-multiple,Q3 q-true-false,Q4 q-categorise,Q5 q-order,Q6 q-numeric',
    );
    expect(lines[1]).toBe('Question,,,,P,P,P,P,P,P');
    expect(lines[2]).toBe(
      `"'=HYPERLINK(""http://evil"")",${ana},counted,100,right: b,right: a b,right: false,right,right,right`,
    );
    expect(lines[3]).toBe(
      `"Ben, ""the quick""",${ben},counted,33,wrong: a,partly right (50%): a,wrong: true,partly right (67%),partly right (83%),wrong`,
    );
    expect(lines[4]).toBe(`,'+cmd|calc,mistyped,,,,,,,`);
    expect(lines[5]).toBe(`,'@SUM(1),mistyped,,,,,,,`);
    expect(lines[6]).toBe(`,'-2+3,mistyped,,,,,,,`);
    expect(lines.at(-3)).toBe('Class: % right,,,67,50,50,50,50,50,50');
    expect(lines.at(-2)).toBe('Class: answered,,,2,2,2,2,2,2,2');
    expect(lines.at(-1)).toBe('Class: choices,,,,a: 1; b: 1; c: 0,a: 2; b: 1; c: 0; d: 0,true: 1; false: 1,,,');
    // Every row has the same number of cells (a quote-aware count).
    const widths = lines.map((l) => l.replace(/"(?:[^"]|"")*"/g, 'x').split(',').length);
    expect(new Set(widths)).toEqual(new Set([10]));
  });
});
