import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadQuestionnaire, parseQuestionnaire, QUESTIONNAIRE_FILE } from '../../src/data/decide';
import { lessonIdsOnDisk } from '../../src/schemas/decide';

const text = readFileSync(QUESTIONNAIRE_FILE, 'utf8');
type Raw = Record<string, unknown> & {
  questions: Record<string, unknown>[];
  advice: Record<string, unknown>[];
  dimensions: Record<string, unknown>[];
  scoring: Record<string, unknown>;
};
/** The real file with one change, as YAML text. */
const broken = (change: (raw: Raw) => void) => {
  const raw = parse(text) as Raw;
  change(raw);
  return stringify(raw);
};
const option = (raw: Raw, qi: number, oi: number) => (raw.questions[qi]!['options'] as Record<string, unknown>[])[oi]!;
const problemsOf = (yaml: string) => {
  try {
    parseQuestionnaire(yaml);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
};

describe('the questionnaire file', () => {
  it('is valid, with 12–20 questions and every dimension asked at least twice', () => {
    const q = loadQuestionnaire();
    expect(q.questions.length).toBeGreaterThanOrEqual(12);
    expect(q.questions.length).toBeLessThanOrEqual(20);
    for (const d of q.dimensions)
      expect(q.questions.filter((x) => x.dimension === d.id).length).toBeGreaterThanOrEqual(2);
  });

  it("asks DORA's five delivery measures with DORA's six-band scales where DORA has them", () => {
    const q = loadQuestionnaire();
    const labels = (id: string) => q.questions.find((x) => x.id === id)!.options.map((o) => o.label);
    expect(labels('deploy-frequency')).toEqual([
      'On demand (multiple deploys per day)',
      'Between once per hour and once per day',
      'Between once per day and once per week',
      'Between once per week and once per month',
      'Between once per month and once every six months',
      'Fewer than once per six months',
    ]);
    const sixBands = [
      'Less than one hour',
      'Between one hour and one day',
      'Between one day and one week',
      'Between one week and one month',
      'Between one month and six months',
      'More than six months',
    ];
    expect(labels('lead-time')).toEqual(sixBands);
    expect(labels('recovery-time')).toEqual(sixBands);
    expect(q.questions.map((x) => x.id)).toEqual(expect.arrayContaining(['change-fail-rate', 'rework-rate']));
  });

  it('gives every option that moves the result a reason, and every step a lesson that exists', () => {
    const q = loadQuestionnaire();
    const lessons = lessonIdsOnDisk();
    for (const question of q.questions) {
      for (const o of question.options)
        if (Object.keys(o.weights).length) expect(o.reason, `${question.id}/${o.id}`).toBeTruthy();
    }
    for (const a of q.advice) for (const l of a.lessons) expect(lessons.has(l), l).toBe(true);
    expect(lessons.size).toBe(18);
  });

  it('uses every piece of advice somewhere', () => {
    const q = loadQuestionnaire();
    const used = new Set([
      ...q.questions.flatMap((x) => x.options.flatMap((o) => o.advice)),
      ...Object.values(q.scoring.unknownAdvice).flat(),
    ]);
    expect(q.advice.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  });
});

describe('the schema rejects bad content, naming the file and the question', () => {
  const cases: [string, (raw: Raw) => void, RegExp][] = [
    [
      'a question id used twice',
      (r) => (r.questions[1]!['id'] = r.questions[0]!['id']),
      /question "users" is defined twice/,
    ],
    [
      'an option id used twice',
      (r) => (option(r, 0, 1)['id'] = 'own-team'),
      /question "users", option "own-team" is defined twice/,
    ],
    [
      'advice that does not exist',
      (r) => (option(r, 0, 1)['advice'] = ['no-such-step']),
      /question "users", option "internal" names advice "no-such-step", which does not exist/,
    ],
    [
      'a lesson that does not exist',
      (r) => (r.advice[0]!['lessons'] = ['no-such-lesson']),
      /advice "rel-user-journeys" names lesson "no-such-lesson", which is not in content\/lessons\//,
    ],
    [
      'a weight on an unknown dimension',
      (r) => (option(r, 0, 1)['weights'] = { reliabilty: 1 }),
      /question "users", option "internal", field "weights.reliabilty": "reliabilty" is not a dimension/,
    ],
    [
      'a weight that is not a whole number',
      (r) => (option(r, 0, 1)['weights'] = { reliability: 1.5 }),
      /question "users", option "internal", field "weights.reliability": weights are whole numbers/,
    ],
    [
      'a moving option without a reason',
      (r) => delete option(r, 0, 1)['reason'],
      /question "users", option "internal" moves the result, so it needs a reason/,
    ],
    [
      'an option named "unknown"',
      (r) => (option(r, 0, 0)['id'] = 'unknown'),
      /question "users", option "unknown", field "id": "unknown" is kept for the "Don't know" answer/,
    ],
    [
      'a link that is not https',
      (r) => (r.advice[0]!['further'] = [{ title: 'Somewhere', href: 'javascript:alert(1)' }]),
      /field "advice.0.further.0.href": use an https:\/\/ address/,
    ],
    [
      'a dimension asked once',
      (r) =>
        (r.questions = r.questions.filter(
          (x) => x['id'] !== 'peaks' && x['id'] !== 'promise' && x['id'] !== 'downtime-cost',
        )),
      /dimension "reliability" has 1 question\(s\); each needs at least two/,
    ],
    ['too few questions', (r) => (r.questions = r.questions.slice(0, 11)), /at least 12 questions/],
    [
      'a question with one option',
      (r) => (r.questions[0]!['options'] = [option(r, 0, 3)]),
      /question "users", field "options": a question needs at least two options/,
    ],
    ['a missing dimension', (r) => (r.dimensions = r.dimensions.slice(1)), /dimension "reliability" is missing/],
    [
      'unknown advice in the scoring',
      (r) => ((r.scoring['unknownAdvice'] as Record<string, string[]>)['delivery'] = ['nope']),
      /scoring.unknownAdvice.delivery names advice "nope"/,
    ],
    [
      'a field the schema does not know',
      (r) => (r.questions[0]!['weight'] = 3),
      /question "users": Unrecognized key: "weight"/,
    ],
    [
      'advice replacing advice that does not exist',
      (r) => (r.advice[0]!['replaces'] = ['nope']),
      /advice "rel-user-journeys" replaces "nope", which is not other advice/,
    ],
    [
      'a source that is not https',
      (r) => (option(r, 0, 1)['source'] = 'http://example.org/'),
      /question "users", option "internal", field "source": a source is an https:\/\/ address/,
    ],
    ['a threshold out of range', (r) => (r.scoring['actAt'] = 140), /field "scoring.actAt"/],
  ];
  it.each(cases)('%s', (_name, change, message) => {
    const problems = problemsOf(broken(change));
    expect(problems).toMatch(/^content\/decide\/questionnaire\.yaml has \d+ problems?:/);
    expect(problems).toMatch(message);
  });

  it('says so when the YAML itself is broken', () => {
    expect(problemsOf('questions: [unclosed')).toMatch(/^content\/decide\/questionnaire\.yaml is not valid YAML/);
  });
});
