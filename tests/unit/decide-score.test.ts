import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/data/decide';
import { UNKNOWN } from '../../src/lib/decide/model';
import { scoreAnswers, weightWords } from '../../src/lib/decide/score';
import { allAnswered, smallQuestionnaire } from './decide-fixture';

const need = (r: ReturnType<typeof scoreAnswers>, id: string) => r.dimensions.find((d) => d.id === id)!.need;
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('scoreAnswers: the needs', () => {
  it('a dimension is what its answers scored out of what they could have scored', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'low' }));
    expect(need(r, 'delivery')).toBe(75); // 3 of 4
    expect(need(r, 'reliability')).toBe(0);
    expect(r.dimensions.map((d) => d.id)).toEqual([
      'reliability',
      'delivery',
      'operations',
      'organisation',
      'measurement',
    ]);
  });

  it('an approach need is the affinity-weighted average of the dimension needs', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'high' }));
    expect(r.devopsNeed).toBe(50); // (100 + 0) / 2
    expect(r.sreNeed).toBe(0);
    q.scoring.affinity.devops = { delivery: 3, organisation: 1 };
    expect(scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'high' })).devopsNeed).toBe(75);
  });

  it('one answer cannot fill a dimension alone: the evidence floor', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, { 'delivery-1': 'high' });
    // 2 out of max(2, 0.5 × 4) = 100 with a floor of one half; 2 out of 3 with a floor of three quarters.
    expect(need(r, 'delivery')).toBe(100);
    q.scoring.evidenceFloor = 0.75;
    expect(need(scoreAnswers(q, { 'delivery-1': 'high' }), 'delivery')).toBe(67);
    q.scoring.evidenceFloor = 1;
    expect(need(scoreAnswers(q, { 'delivery-1': 'high' }), 'delivery')).toBe(50);
  });

  it('negative weights lower a dimension, never below 0', () => {
    const q = smallQuestionnaire();
    q.questions[2]!.options[0]!.weights = { delivery: -2 };
    q.questions[2]!.options[0]!.reason = 'delivery 1 is fine';
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-2': 'high' }));
    expect(need(r, 'delivery')).toBe(0);
    expect(r.reasons.find((x) => x.questionId === 'delivery-1')?.words).toBe('delivery gap \u22122');
  });
});

describe('scoreAnswers: "Don\'t know"', () => {
  it('moves nothing and lowers the confidence', () => {
    const q = smallQuestionnaire();
    const known = allAnswered('high', { 'reliability-2': 'none' });
    const some = scoreAnswers(q, known);
    const withUnknown = scoreAnswers(q, { ...known, 'reliability-2': UNKNOWN });
    // reliability-2 "none" scored 0 of 2; as "Don't know" the same answers leave 2 of max(2, 2).
    expect(withUnknown.reasons).toEqual(some.reasons);
    expect(withUnknown.confidence.percent).toBeLessThan(some.confidence.percent);
    const full = scoreAnswers(q, allAnswered('high'));
    const dunno = scoreAnswers(q, allAnswered('high', { 'operations-1': UNKNOWN }));
    expect(dunno.reasons.map((r) => r.questionId)).not.toContain('operations-1');
    expect(dunno.confidence.percent).toBeLessThan(full.confidence.percent);
    expect(dunno.dimensions.find((d) => d.id === 'operations')).toMatchObject({ answered: 1, unknown: 1 });
  });

  it('all "Don\'t know": nothing moves, the confidence is 0, the steps find out first', () => {
    const q = smallQuestionnaire();
    const all = Object.fromEntries(q.questions.map((x) => [x.id, UNKNOWN]));
    const r = scoreAnswers(q, all);
    expect(r.reasons).toEqual([]);
    expect(r.dimensions.every((d) => d.need === 0)).toBe(true);
    expect(r.confidence).toMatchObject({ level: 'low', percent: 0 });
    expect(r.confidence.why).toMatch(/Every answer was "Don't know"/);
    expect(ids(r.steps[30])).toEqual(['find-out']);
    expect(r.summary).toMatch(/Measure first/);
    expect(r.recommendation).toBe('devops');
  });
});

describe('scoreAnswers: edge cases', () => {
  it('nothing answered: a baseline result with nothing in it', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, {});
    expect(r).toMatchObject({ recommendation: 'devops', first: 'devops', devopsNeed: 0, sreNeed: 0, weakSpots: [] });
    expect(r.reasons).toEqual([]);
    expect(r.steps).toEqual({ 30: [], 60: [], 90: [] });
    expect(r.lessons).toEqual([]);
    expect(r.confidence).toMatchObject({ level: 'low', percent: 0, why: 'No question has been answered yet.' });
    expect(r.summary).toMatch(/nothing to recommend yet/);
  });

  it('one answer: counted, with low confidence', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, { 'operations-1': 'high' });
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toEqual({
      questionId: 'operations-1',
      optionId: 'high',
      text: 'operations 1 is high',
      weights: { operations: 2 },
      words: 'operational load +2',
    });
    expect(r.confidence.level).toBe('low');
    expect(r.confidence.why).toMatch(/^You answered 1 of 10 questions \(9 not reached\)/);
  });

  it('ignores option ids a question does not have, questions it does not know and inherited keys', () => {
    const q = smallQuestionnaire();
    const answers = JSON.parse('{"delivery-1":"nonsense","not-a-question":"high","__proto__":"high"}');
    const r = scoreAnswers(q, { ...answers, toString: 'high' });
    expect(r.reasons).toEqual([]);
    expect(r.dimensions.every((d) => d.answered === 0)).toBe(true);
  });

  it('is deterministic and does not change its inputs', () => {
    const q = smallQuestionnaire();
    const before = JSON.stringify(q);
    const answers = allAnswered('low', { 'delivery-1': 'high' });
    const frozen = JSON.stringify(answers);
    expect(scoreAnswers(q, answers)).toEqual(scoreAnswers(q, answers));
    expect(JSON.stringify(q)).toBe(before);
    expect(JSON.stringify(answers)).toBe(frozen);
  });
});

describe('scoreAnswers: the recommendation', () => {
  const q = smallQuestionnaire();
  it('one need past actAt: that approach', () => {
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'high' }));
    expect([r.recommendation, r.first]).toEqual(['devops', 'devops']);
    const s = scoreAnswers(q, allAnswered('none', { 'operations-1': 'high', 'operations-2': 'high' }));
    expect([s.recommendation, s.first]).toEqual(['sre', 'sre']);
  });

  it('both past actAt: both, the larger need first', () => {
    const r = scoreAnswers(
      q,
      allAnswered('none', {
        'delivery-1': 'high',
        'delivery-2': 'high',
        'reliability-1': 'high',
        'reliability-2': 'high',
        'operations-1': 'high',
      }),
    );
    expect(r.devopsNeed).toBe(50);
    expect(r.sreNeed).toBe(75);
    expect([r.recommendation, r.first]).toEqual(['both', 'sre']);
    expect(r.summary).toMatch(/^Both, starting with SRE/);
  });

  it('equal needs: tieFirst decides which first', () => {
    const answers = allAnswered('high');
    expect(scoreAnswers(q, answers)).toMatchObject({ recommendation: 'both', first: 'sre' });
    const other = smallQuestionnaire();
    other.scoring.tieFirst = 'devops';
    expect(scoreAnswers(other, answers)).toMatchObject({ recommendation: 'both', first: 'devops' });
  });

  it('neither past actAt: the baseline, and the summary says the next steps are light', () => {
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'low' }));
    expect([r.recommendation, r.first]).toEqual(['devops', 'devops']);
    expect(r.summary).toMatch(/next steps are light/);
    const other = smallQuestionnaire();
    other.scoring.baseline = 'sre';
    expect(scoreAnswers(other, allAnswered('none')).recommendation).toBe('sre');
  });

  it('actAt comes from the content', () => {
    const other = smallQuestionnaire();
    const answers = allAnswered('none', { 'delivery-1': 'high' }); // delivery 50, devops 25
    expect(scoreAnswers(other, answers).recommendation).toBe('devops');
    expect(scoreAnswers(other, answers).devopsNeed).toBe(25);
    other.scoring.baseline = 'sre';
    expect(scoreAnswers(other, answers).recommendation).toBe('sre');
    other.scoring.actAt = 25;
    expect(scoreAnswers(other, answers).recommendation).toBe('devops');
  });
});

describe('scoreAnswers: confidence', () => {
  it('is the share answered, scaled by how clear the needs are of the thresholds', () => {
    const q = smallQuestionnaire();
    // Every need 100: devops 100, sre 100, both; margins 60, 60 and |100 − 100| = 0 → clarity 0.
    expect(scoreAnswers(q, allAnswered('high')).confidence).toMatchObject({ percent: 50, level: 'medium' });
    // devops 100, sre 0: margins 60 and 40 → fully clear.
    const clear = scoreAnswers(
      q,
      allAnswered('none', {
        'delivery-1': 'high',
        'delivery-2': 'high',
        'organisation-1': 'high',
        'organisation-2': 'high',
      }),
    );
    expect(clear.confidence).toMatchObject({ percent: 100, level: 'high' });
    expect(clear.confidence.why).toBe(
      'You answered 10 of 10 questions; the needs are well clear of the points where the recommendation would change.',
    );
  });
});

describe('scoreAnswers: reasons', () => {
  it('lists every answer that moved the result, largest effect first, with its weights in words', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(
      q,
      allAnswered('none', { 'delivery-1': 'low', 'operations-2': 'high', 'measurement-1': 'high' }),
    );
    expect(r.reasons.map((x) => [x.questionId, x.words])).toEqual([
      ['operations-2', 'operational load +2'],
      ['measurement-1', 'measurement gap +2'],
      ['delivery-1', 'delivery gap +1'],
    ]);
  });

  it("weightWords follows the dimensions' order and skips zeros", () => {
    const q = smallQuestionnaire();
    expect(weightWords(q, { measurement: 1, delivery: 3, operations: 0 })).toBe('delivery gap +3, measurement gap +1');
  });
});

describe('scoreAnswers: weak spots, steps and lessons', () => {
  it('weak spots pass weakSpotAt, worst first; each gets its lessons', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(
      q,
      allAnswered('none', {
        'delivery-1': 'high',
        'operations-1': 'high',
        'operations-2': 'high',
        'measurement-1': 'low',
      }),
    );
    expect(r.weakSpots).toEqual(['operations', 'delivery']);
    expect(r.lessons).toEqual([
      { dimension: 'operations', ids: ['operations-lesson'] },
      { dimension: 'delivery', ids: ['delivery-lesson'] },
    ]);
  });

  it('steps come only from the answers and only for weak spots', () => {
    const q = smallQuestionnaire();
    const r = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'measurement-1': 'low' }));
    expect(r.weakSpots).toEqual(['delivery']);
    expect(ids(r.steps[30])).toEqual(['delivery-30']);
    expect(ids(r.steps[60])).toEqual([]); // measurement-60 was triggered, but measurement is no weak spot
    expect(ids(r.steps[90])).toEqual(['delivery-90']);
  });

  it('a specific step replaces the general one it makes unnecessary', () => {
    const q = smallQuestionnaire();
    const answers = allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'low' });
    expect(ids(scoreAnswers(q, answers).steps[60])).toEqual(['delivery-60']);
    q.advice.find((a) => a.id === 'delivery-30')!.replaces = ['delivery-60'];
    const r = scoreAnswers(q, answers);
    expect(ids(r.steps[30])).toEqual(['delivery-30']);
    expect(ids(r.steps[60])).toEqual([]);
  });

  it('teams with different weak spots get different steps', () => {
    const q = smallQuestionnaire();
    const a = scoreAnswers(q, allAnswered('none', { 'delivery-1': 'high', 'delivery-2': 'high' }));
    const b = scoreAnswers(q, allAnswered('none', { 'operations-1': 'high', 'operations-2': 'high' }));
    expect(ids(a.steps[30])).not.toEqual(ids(b.steps[30]));
  });

  it('at most maxStepsPerHorizon per horizon, taking weak spots in turn', () => {
    const q = smallQuestionnaire();
    q.scoring.maxStepsPerHorizon = 2;
    const r = scoreAnswers(q, allAnswered('high'));
    expect(r.steps[30]).toHaveLength(2);
    expect(new Set(r.steps[30].map((a) => a.dimension)).size).toBe(2);
  });

  it('"Don\'t know" on a dimension past unknownShare adds its finding-out steps; first when confidence is low', () => {
    const q = smallQuestionnaire();
    const clear = { 'delivery-1': 'high', 'delivery-2': 'high', 'organisation-1': 'high', 'measurement-1': UNKNOWN };
    const r = scoreAnswers(q, allAnswered('none', clear));
    expect(r.confidence.level).toBe('high');
    expect(ids(r.steps[30])).toEqual(['delivery-30', 'organisation-30', 'find-out']);
    const low = scoreAnswers(q, { 'delivery-1': 'high', 'measurement-1': UNKNOWN, 'measurement-2': UNKNOWN });
    expect(low.confidence.level).toBe('low');
    expect(ids(low.steps[30])[0]).toBe('find-out');
    q.scoring.unknownShare = 1;
    expect(ids(scoreAnswers(q, allAnswered('high', { 'measurement-1': UNKNOWN })).steps[30])).not.toContain('find-out');
  });
});

describe('scoreAnswers on the real questionnaire', () => {
  const q = loadQuestionnaire();
  it("every reason carries its option's reason text and weights", () => {
    const answers = Object.fromEntries(q.questions.map((x) => [x.id, x.options.at(-1)!.id]));
    const r = scoreAnswers(q, answers);
    for (const reason of r.reasons) {
      const option = q.questions
        .find((x) => x.id === reason.questionId)!
        .options.find((o) => o.id === reason.optionId)!;
      expect(reason.text).toBe(option.reason);
      expect(reason.weights).toEqual(option.weights);
    }
    const moving = q.questions.filter((x) => Object.values(x.options.at(-1)!.weights).some((w) => w !== 0));
    expect(r.reasons).toHaveLength(moving.length);
  });

  it('a weight changed in the content changes the result (nothing is hard-coded)', () => {
    const answers = { 'deploy-frequency': 'weekly-monthly', 'lead-time': 'week-month' };
    const before = scoreAnswers(q, answers);
    const copy = structuredClone(q);
    copy.questions.find((x) => x.id === 'deploy-frequency')!.options.find((o) => o.id === 'weekly-monthly')!.weights = {
      delivery: 0,
    };
    const after = scoreAnswers(copy, answers);
    expect(need(after, 'delivery')).toBeLessThan(need(before, 'delivery'));
    expect(after.reasons.map((r) => r.questionId)).toEqual(['lead-time']);
  });
});
