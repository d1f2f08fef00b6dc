import { describe, expect, it } from 'vitest';
import type { MultipleQuestion, Question, SingleQuestion, TrueFalseQuestion } from '../../src/lib/quiz';
import {
  bankKeyProblems,
  hasAbsolute,
  hasReason,
  scoreStrategy,
  siteKeyProblems,
  strategyProblems,
  tellRates,
} from '../../src/lib/quiz-wording';

const base = { explanation: 'x', topics: [], difficulty: 2 as const };
const single = (id: string, texts: string[], right: number): SingleQuestion => ({
  ...base,
  id,
  type: 'single',
  prompt: `Prompt ${id}`,
  options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === right })),
});
const multiple = (id: string, texts: string[], right: number[]): MultipleQuestion => ({
  ...base,
  id,
  type: 'multiple',
  scoring: 'partial',
  prompt: `Prompt ${id}`,
  options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: right.includes(i) })),
});
const tf = (id: string, prompt: string, answer: boolean): TrueFalseQuestion => ({
  ...base,
  id,
  type: 'true-false',
  prompt,
  answer,
  feedback: 'x',
});

describe('tells', () => {
  it('finds reason clauses and absolute words as whole words, across line breaks', () => {
    expect(hasReason('Roll back so\n that users recover.')).toBe(true);
    expect(hasReason('Roll back since the deploy.')).toBe(true);
    expect(hasReason('Roll back the sincerest deploy.')).toBe(false);
    expect(hasAbsolute('It always pages.')).toBe(true);
    expect(hasAbsolute('No one reads it.')).toBe(true);
    expect(hasAbsolute('It pages the allocated engineer.')).toBe(false);
  });
});

describe('scoreStrategy', () => {
  it('scores the longest-option strategy at 100% where the key is always the longest option', () => {
    const qs = [1, 2, 3, 4].map((n) =>
      single(`q${n}`, ['Short one', 'Short two', 'The right option is plainly the longest here', 'Short four'], 2),
    );
    const r = scoreStrategy('longest', qs);
    expect(r).toMatchObject({ questions: 4, score: 1, chance: 0.25 });
    expect(r.advantage).toBeCloseTo(75);
    expect(scoreStrategy('shortest', qs).score).toBe(0);
  });

  it('splits the credit evenly between options a strategy cannot tell apart', () => {
    const q = single('tie', ['Same size A', 'Same size B', 'Same size C', 'Same size D'], 0);
    expect(scoreStrategy('longest', [q]).score).toBeCloseTo(0.25);
    expect(scoreStrategy('longest', [q]).advantage).toBeCloseTo(0);
  });

  it('catches keys that avoid reason clauses and absolute words', () => {
    const qs = [
      single('r1', ['Page the owner', 'Wait because it heals', 'Retry since it flaps', 'Ignore it always'], 0),
      single('r2', ['Cut the batch', 'Ship more so that it moves', 'Never ship', 'Add a gate because it helps'], 0),
    ];
    expect(scoreStrategy('plainest', qs).score).toBe(1);
    expect(scoreStrategy('no-reason', qs).score).toBeCloseTo((1 / 2 + 1 / 2) / 2);
    const rates = tellRates(qs);
    expect(rates.reason).toEqual({ right: 0, wrong: 4 / 6 });
  });

  it('reads a true/false statement with a tell as False, and scores always-False by the keys', () => {
    const qs = [tf('t1', 'SLOs always need an SLA.', false), tf('t2', 'An SLO can be tighter than its SLA.', true)];
    expect(scoreStrategy('no-absolute', qs).score).toBe(1);
    expect(scoreStrategy('always-false', qs)).toMatchObject({ score: 0.5, chance: 0.5, advantage: 0 });
    const lopsided = [tf('f1', 'A', false), tf('f2', 'B', false), tf('f3', 'C', false), tf('f4', 'D', true)];
    expect(scoreStrategy('always-false', lopsided).advantage).toBeCloseTo(25);
  });

  it('computes always-three exactly under partial credit', () => {
    // Three right of five: 1 of 10 triples is exact (credit 1), 6 have one miss ((2 − 1) / 3), 3 score 0.
    const q = multiple('m', ['a', 'b', 'c', 'd', 'e'], [0, 1, 2]);
    expect(scoreStrategy('always-three', [q]).score).toBeCloseTo(0.1 + 0.6 / 3);
    // Chance: every non-empty subset of five options, equally likely; with one right option only {a} earns credit.
    const one = multiple('m1', ['a', 'b', 'c', 'd', 'e'], [0]);
    expect(scoreStrategy('always-three', [one]).score).toBe(0);
    expect(scoreStrategy('always-three', [one]).chance).toBeCloseTo(1 / 31);
  });

  it('only counts the questions a strategy plays', () => {
    const qs: Question[] = [tf('t', 'A statement.', true), single('s', ['x', 'yy'], 1)];
    expect(scoreStrategy('always-true', qs).questions).toBe(1);
    expect(scoreStrategy('longest', qs).questions).toBe(1);
    expect(scoreStrategy('plainest', qs).questions).toBe(2);
  });
});

describe('key shape', () => {
  it('flags true/false keys outside 40–60% and multiple-choice counts that never vary', () => {
    const problems = bankKeyProblems([
      tf('a', 'A', false),
      tf('b', 'B', false),
      multiple('m1', ['a', 'b', 'c', 'd'], [0, 1, 2]),
      multiple('m2', ['a', 'b', 'c', 'd'], [1, 2, 3]),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/0 of 2 true\/false questions are keyed True/);
    expect(problems[1]).toMatch(/all 2 multiple-choice questions have 3 right options/);
  });

  it('flags a multiple-choice question whose every option is right', () => {
    expect(bankKeyProblems([multiple('all', ['a', 'b', 'c'], [0, 1, 2])])[0]).toMatch(/use from one to all but one/);
  });

  it('accepts a balanced bank', () => {
    expect(
      bankKeyProblems([
        tf('a', 'A', true),
        tf('b', 'B', false),
        multiple('m1', ['a', 'b', 'c', 'd'], [0]),
        multiple('m2', ['a', 'b', 'c', 'd'], [1, 2]),
      ]),
    ).toEqual([]);
  });

  it('flags one number of right options covering more than 40% of the site', () => {
    const qs = [0, 1, 2, 3, 4].map((n) => multiple(`m${n}`, ['a', 'b', 'c', 'd', 'e'], n < 3 ? [0, 1, 2] : [n]));
    expect(siteKeyProblems(qs)).toEqual([
      '3 of 5 multiple-choice questions (60%) have 3 right options; no number may cover more than 40%',
    ]);
  });
});

describe('strategyProblems', () => {
  it('names the strategy, its score and chance when it beats chance by more than 10 points', () => {
    const qs = [tf('a', 'A', false), tf('b', 'B', false), tf('c', 'C', false), tf('d', 'D', true)];
    const [problem, ...rest] = strategyProblems(qs);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/"always-false".*75\.0% over 4 questions where chance scores 50\.0%: 25\.0 points/);
  });
});
