/**
 * A small questionnaire with round numbers, for testing the scoring's rules apart from the real content: two
 * questions per dimension, each with options "none" ({}), "low" (+1) and "high" (+2) on its own dimension.
 */
import { DIMENSION_IDS, type Advice, type DimensionId, type Questionnaire } from '../../src/lib/decide/model';

const LABEL: Record<DimensionId, string> = {
  reliability: 'Reliability stakes',
  delivery: 'Delivery gap',
  operations: 'Operational load',
  organisation: 'Organisation gap',
  measurement: 'Measurement gap',
};

/** A fresh copy each call, so a test may change a number without touching the others. */
export function smallQuestionnaire(): Questionnaire {
  const advice: Advice[] = DIMENSION_IDS.flatMap((d) => [
    { id: `${d}-30`, horizon: 30, dimension: d, title: `${d} in 30`, detail: 'x', lessons: [], further: [] },
    { id: `${d}-60`, horizon: 60, dimension: d, title: `${d} in 60`, detail: 'x', lessons: [], further: [] },
    { id: `${d}-90`, horizon: 90, dimension: d, title: `${d} in 90`, detail: 'x', lessons: [], further: [] },
  ]);
  advice.push({
    id: 'find-out',
    horizon: 30,
    dimension: 'measurement',
    title: 'Find out',
    detail: 'x',
    lessons: [],
    further: [],
  });
  return {
    version: 3,
    intro: 'A small questionnaire for tests.',
    dimensions: DIMENSION_IDS.map((id) => ({
      id,
      label: LABEL[id],
      summary: '',
      lessons: [`${id}-lesson`],
      further: [],
    })),
    questions: DIMENSION_IDS.flatMap((d) =>
      [1, 2].map((n) => ({
        id: `${d}-${n}`,
        dimension: d,
        prompt: `${d} ${n}?`,
        help: '',
        options: [
          { id: 'none', label: 'None', weights: {}, advice: [] },
          { id: 'low', label: 'Low', weights: { [d]: 1 }, reason: `${d} ${n} is low`, advice: [`${d}-60`] },
          {
            id: 'high',
            label: 'High',
            weights: { [d]: 2 },
            reason: `${d} ${n} is high`,
            advice: [`${d}-30`, `${d}-90`],
          },
        ],
      })),
    ),
    advice,
    scoring: {
      affinity: { devops: { delivery: 1, organisation: 1 }, sre: { reliability: 1, operations: 1 } },
      evidenceFloor: 0.5,
      actAt: 40,
      baseline: 'devops',
      tieFirst: 'sre',
      weakSpotAt: 50,
      maxStepsPerHorizon: 3,
      confidence: { clearAtPoints: 20, clarityFloor: 0.5, mediumAt: 50, highAt: 75 },
      unknownShare: 0.5,
      unknownAdvice: { measurement: ['find-out'] },
    },
  };
}

/** Every question of the small questionnaire answered with `option`, then `overrides`. */
export function allAnswered(option: 'none' | 'low' | 'high', overrides: Record<string, string> = {}) {
  return {
    ...Object.fromEntries(
      DIMENSION_IDS.flatMap((d) => [
        [`${d}-1`, option],
        [`${d}-2`, option],
      ]),
    ),
    ...overrides,
  } as Record<string, string>;
}
