/**
 * The result link: round trips exactly, and refuses anything that is not exactly a link this site made, with one
 * plain sentence, without throwing.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/data/decide';
import { decodeAnswers, encodeAnswers, MAX_LINK_LENGTH } from '../../src/lib/decide/link';
import { UNKNOWN, type Answers } from '../../src/lib/decide/model';
import { PERSONAS, bank } from '../fixtures/decide-personas';

const q = loadQuestionnaire();
const N = q.questions.length;
const link = (answers: Answers) => `https://example.org/guide/decide/#${encodeAnswers(q, answers)}`;
const problem = (input: string) => {
  const decoded = decodeAnswers(q, input);
  expect(decoded.ok).toBe(false);
  return decoded.ok ? '' : decoded.problem;
};

/** Any answer set the questionnaire allows: each question open, "Don't know" or one of its options. */
const answerSets = fc
  .tuple(
    ...q.questions.map((question) =>
      fc.constantFrom<string | null>(null, UNKNOWN, ...question.options.map((o) => o.id)),
    ),
  )
  .map((picks) => {
    const answers: Answers = {};
    picks.forEach((pick, i) => {
      if (pick !== null) answers[q.questions[i]!.id] = pick;
    });
    return answers;
  })
  .filter((answers) => Object.keys(answers).length > 0);

describe('result link round trip', () => {
  test.prop([answerSets])('decodes to exactly the answers encoded, from a fragment or a whole URL', (answers) => {
    const fragment = encodeAnswers(q, answers);
    expect(fragment).toMatch(/^v=\d+&a=[0-9x]+$/);
    expect(decodeAnswers(q, fragment)).toEqual({ ok: true, answers });
    expect(decodeAnswers(q, `#${fragment}`)).toEqual({ ok: true, answers });
    expect(decodeAnswers(q, link(answers))).toEqual({ ok: true, answers });
  });

  test.prop([fc.string({ maxLength: 3000 })])('never throws on any text', (text) => {
    const decoded = decodeAnswers(q, text);
    if (!decoded.ok) expect(decoded.problem).toMatch(/^[A-Z].*\.$/);
  });

  test.prop([answerSets, fc.nat(), fc.constantFrom('y', '%', '<', ' ', '8', '9', '&', '=')])(
    'a changed character is refused, never read as other answers',
    (answers, at, letter) => {
      const fragment = encodeAnswers(q, answers);
      const start = fragment.indexOf('a=') + 2;
      const i = start + (at % N);
      const changed = fragment.slice(0, i) + letter + fragment.slice(i + 1);
      const decoded = decodeAnswers(q, changed);
      // '8'/'9' name an option only where the question has that many; anything else is refused.
      if (decoded.ok) expect(encodeAnswers(q, decoded.answers)).toBe(changed);
    },
  );

  it('keeps every persona', () => {
    for (const p of PERSONAS) expect(decodeAnswers(q, link(p.answers))).toEqual({ ok: true, answers: p.answers });
  });

  it('is short: one character per question', () => {
    expect(encodeAnswers(q, bank.answers)).toHaveLength(`v=${q.version}&a=`.length + N);
  });
});

describe('hostile and damaged links', () => {
  const good = encodeAnswers(q, bank.answers);
  const letters = good.slice(good.indexOf('a=') + 2);

  it('script in every field', () => {
    const script = '<script>alert(1)</script>';
    expect(problem(`v=${script}&a=${letters}`)).toMatch(/characters a result link never has/);
    expect(problem(`v=${q.version}&a=${script}`)).toMatch(/characters a result link never has/);
    expect(problem(`v=${q.version}&a=${letters}&${script}=1`)).toMatch(/characters a result link never has/);
    expect(problem(`javascript:alert(1)//#v=${q.version}&a=${letters}<img src=x onerror=alert(1)>`)).toMatch(
      /characters/,
    );
    expect(problem(`v=${q.version}&a=${letters}&onload=alert`)).toMatch(/part this site does not know \("onload"\)/);
  });

  it('a future version', () => {
    expect(problem(`v=${q.version + 1}&a=${letters}`)).toMatch(/made by a newer version of the questionnaire/);
  });

  it('an earlier version', () => {
    const q2 = { ...q, version: q.version + 1 };
    const decoded = decodeAnswers(q2, good);
    expect(decoded).toMatchObject({ ok: false, problem: expect.stringMatching(/earlier version.*start over/) });
  });

  it('cut short', () => {
    expect(problem(good.slice(0, -1))).toMatch(/cut short: it has answers for 18 of the 19 questions/);
    expect(problem(`v=${q.version}`)).toMatch(/no answers/);
    expect(problem(`v=${q.version}&a=`)).toMatch(/cut short/);
    expect(problem(`v=${q.version}&a`)).toMatch(/damaged/);
    expect(problem(link(bank.answers).split('#')[0]!)).toMatch(/no answers in it/);
    expect(problem('https://example.org/decide/#')).toMatch(/after "#" is empty/);
  });

  it('100 KB long', () => {
    const huge = `v=${q.version}&a=${letters}${'1'.repeat(100_000)}`;
    expect(problem(huge)).toMatch(/too long \(100,0\d\d characters/);
    expect(problem(`#${'x'.repeat(MAX_LINK_LENGTH)}`)).toMatch(/too long/);
  });

  it('too many answers', () => {
    expect(problem(`${good}1`)).toMatch(/has 20 answers, but the questionnaire has 19 questions/);
  });

  it('an option a question does not have', () => {
    const users = q.questions.findIndex((x) => x.id === 'users');
    const count = q.questions[users]!.options.length;
    const changed = letters.slice(0, users) + String(count + 1) + letters.slice(users + 1);
    expect(problem(`v=${q.version}&a=${changed}`)).toMatch(
      new RegExp(`Answer ${users + 1} in this link is not one of that question's options`),
    );
  });

  it('duplicated parameters', () => {
    expect(problem(`${good}&v=${q.version}`)).toMatch(/gives "v" twice/);
    expect(problem(`v=${q.version}&a=${letters}&a=${letters}`)).toMatch(/gives "a" twice/);
  });

  it('percent-encoding tricks', () => {
    expect(problem(`v=${q.version}&a=%31${letters.slice(1)}`)).toMatch(/characters a result link never has/);
    expect(problem(`v%3D${q.version}%26a%3D${letters}`)).toMatch(/characters/);
    expect(problem(`v=${q.version}&a=${letters.slice(0, -1)}%00`)).toMatch(/characters/);
    expect(problem(`v=0${q.version}&a=${letters}`)).toMatch(/not a number this site writes/);
    expect(problem(`v=1e0&a=${letters}`)).toMatch(/not a number this site writes/);
    expect(problem(`V=${q.version}&A=${letters}`)).toMatch(/part this site does not know/);
  });

  it('no answers at all, or nothing', () => {
    expect(problem(`v=${q.version}&a=${'0'.repeat(N)}`)).toMatch(/every question is left open/);
    expect(problem('')).toMatch(/empty/);
    expect(problem('   ')).toMatch(/empty/);
    expect(problem('#v=&a=')).toMatch(/no name or no value|not a number/);
  });

  it('accepts the link with surrounding spaces (as pasted)', () => {
    expect(decodeAnswers(q, `  ${link(bank.answers)}  `)).toEqual({ ok: true, answers: bank.answers });
  });
});
