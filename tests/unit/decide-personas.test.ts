import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/data/decide';
import { UNKNOWN } from '../../src/lib/decide/model';
import { scoreAnswers } from '../../src/lib/decide/score';
import { PERSONAS, bank, largeSiloed, mostlyUnknown, startup } from '../fixtures/decide-personas';

const q = loadQuestionnaire();
const stepIds = (r: ReturnType<typeof scoreAnswers>) =>
  [...r.steps[30], ...r.steps[60], ...r.steps[90]].map((a) => a.id);

describe('personas come out as a practitioner would expect', () => {
  it.each(PERSONAS.map((p) => [p.id, p] as const))('%s', (_id, persona) => {
    // Every answer names a real question and option, so the persona tests the content as it is.
    for (const [qid, oid] of Object.entries(persona.answers)) {
      const question = q.questions.find((x) => x.id === qid);
      expect(question, `question ${qid}`).toBeDefined();
      if (oid !== UNKNOWN)
        expect(
          question!.options.map((o) => o.id),
          `${qid}`,
        ).toContain(oid);
    }
    const r = scoreAnswers(q, persona.answers);
    expect(r.recommendation).toBe(persona.expected.recommendation);
    expect(r.first).toBe(persona.expected.first);
    for (const d of persona.expected.weakSpots) expect(r.weakSpots).toContain(d);
    for (const d of persona.expected.notWeak ?? []) expect(r.weakSpots).not.toContain(d);
    if (persona.expected.confidence) expect(r.confidence.level).toBe(persona.expected.confidence);
  });

  it('every persona but the unsure team has answered all questions', () => {
    for (const p of PERSONAS) expect(Object.keys(p.answers)).toHaveLength(q.questions.length);
  });

  it('the start-up: light next steps about measuring, no SRE team, no change board', () => {
    const r = scoreAnswers(q, startup.answers);
    expect(r.summary).toMatch(/next steps are light/);
    expect(r.weakSpots).toEqual(['measurement']);
    const steps = stepIds(r);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((id) => q.advice.find((a) => a.id === id)!.dimension === 'measurement')).toBe(true);
    expect(steps).not.toContain('rel-sre-team');
  });

  it('the bank: both, SRE first, with its SLA and change board among the steps', () => {
    const r = scoreAnswers(q, bank.answers);
    expect(r.summary).toMatch(/^Both, starting with SRE/);
    expect(r.sreNeed - r.devopsNeed).toBeGreaterThanOrEqual(10);
    expect(stepIds(r)).toEqual(
      expect.arrayContaining(['rel-slo-inside-sla', 'del-change-approval', 'ops-alert-review']),
    );
    expect(r.reasons.map((x) => x.questionId)).toEqual(
      expect.arrayContaining(['promise', 'change-approval', 'on-call']),
    );
  });

  it('the siloed company: DevOps first, with ownership and hand-off steps', () => {
    const r = scoreAnswers(q, largeSiloed.answers);
    expect(r.devopsNeed).toBeGreaterThan(r.sreNeed);
    expect(stepIds(r)).toEqual(
      expect.arrayContaining(['org-shared-on-call', 'org-self-service', 'org-cross-functional']),
    );
  });

  it('the unsure team: low confidence, and the result says to measure first', () => {
    const r = scoreAnswers(q, mostlyUnknown.answers);
    expect(r.confidence.level).toBe('low');
    expect(r.summary).toMatch(/Measure first/);
    expect(r.steps[30].map((a) => a.id)).toEqual(expect.arrayContaining(['mea-four-keys', 'unk-operations']));
  });

  it('no two personas get the same steps', () => {
    const plans = PERSONAS.map((p) => JSON.stringify(stepIds(scoreAnswers(q, p.answers))));
    expect(new Set(plans).size).toBe(plans.length);
  });

  it('every step a persona gets links a lesson that exists and only https reading', () => {
    for (const p of PERSONAS) {
      const r = scoreAnswers(q, p.answers);
      for (const a of [...r.steps[30], ...r.steps[60], ...r.steps[90]]) {
        for (const link of a.further) expect(link.href).toMatch(/^https:\/\//);
      }
    }
  });
});
