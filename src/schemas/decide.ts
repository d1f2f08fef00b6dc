/**
 * The schema of `content/decide/questionnaire.yaml`: the "DevOps, SRE or both?" questionnaire. Checks each
 * field, then everything that spans fields (ids unique, advice and lessons that exist, weights only on known
 * dimensions, every dimension asked at least twice, the scoring's numbers in range). Messages name the question.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DIMENSION_IDS, UNKNOWN } from '../lib/decide/model';
import { idSchema } from './quiz-bank';

/** The five dimensions. */
const dimensionIdSchema = z.enum(['reliability', 'delivery', 'operations', 'organisation', 'measurement']);
const approachSchema = z.enum(['devops', 'sre']);

/** A link outside the site: https only, so a content slip cannot put `javascript:` in a page. */
const externalLinkSchema = z.strictObject({
  /** What the reader will find there, e.g. "DORA capability: Continuous delivery". */
  title: z.string().min(3),
  /** https:// only. */
  href: z.url({ protocol: /^https$/, error: 'use an https:// address' }),
});

/** Where a quoted figure comes from (https). */
const sourceSchema = z.url({ protocol: /^https$/, error: 'a source is an https:// address' });

/** Option ids: short, lower-case; "unknown" is reserved for the "Don't know" answer the site adds. */
const optionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens')
  .max(30)
  .refine((id) => id !== UNKNOWN, `"${UNKNOWN}" is kept for the "Don't know" answer the site adds`);

/** Integer weights on known dimensions; an unknown dimension is an error, not silently ignored. */
const weightsSchema = z
  .record(z.string(), z.number().int('weights are whole numbers').min(-5).max(5))
  .superRefine((weights, ctx) => {
    for (const key of Object.keys(weights)) {
      if (!(DIMENSION_IDS as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a dimension (known: ${DIMENSION_IDS.join(', ')})`,
        });
      }
    }
  })
  .transform((w) => w as Partial<Record<z.infer<typeof dimensionIdSchema>, number>>);

const optionSchema = z.strictObject({
  /** Stable within its question; result links carry it. */
  id: optionIdSchema,
  /** What the person reads; must not hint at which answer is "good". */
  label: z.string().min(1),
  /** How the answer moves each dimension; {} moves nothing. */
  weights: weightsSchema,
  /** Why it moved the result, as one sentence in the second person; required when weights move anything. */
  reason: z.string().min(10).optional(),
  /** Where a figure quoted in the reason comes from. */
  source: sourceSchema.optional(),
  /** Ids of the advice this answer triggers. Default: none. */
  advice: z.array(idSchema).default([]),
});

const questionSchema = z.strictObject({
  /** Stable; result links and stored answers carry it. */
  id: idSchema,
  /** The dimension it mainly informs (grouping and progress). */
  dimension: dimensionIdSchema,
  prompt: z.string().min(10),
  /** Why it is asked and how to answer, in plain words. */
  help: z.string().min(10),
  /** Two to seven; the site adds "Don't know". */
  options: z.array(optionSchema).min(2, 'a question needs at least two options').max(7, 'at most seven options'),
});

const dimensionSchema = z.strictObject({
  id: dimensionIdSchema,
  label: z.string().min(3),
  /** One sentence: what a high score means. */
  summary: z.string().min(10),
  /** Lessons of this site to read for this weak spot. */
  lessons: z.array(idSchema).min(1),
  further: z.array(externalLinkSchema).default([]),
});

const adviceSchema = z.strictObject({
  id: idSchema,
  horizon: z.union([z.literal(30), z.literal(60), z.literal(90)]),
  /** The weak spot it addresses: it is given only when this dimension is one. */
  dimension: dimensionIdSchema,
  title: z.string().min(5),
  /** A concrete first step. */
  detail: z.string().min(40),
  /** Where a figure quoted in the detail comes from. */
  source: sourceSchema.optional(),
  lessons: z.array(idSchema).default([]),
  further: z.array(externalLinkSchema).default([]),
  /** Advice this one makes unnecessary when both are triggered (the specific step over the general one). */
  replaces: z.array(idSchema).optional(),
});

const share = z.number().min(0).max(1);
const points = z.number().min(0).max(100);

const scoringSchema = z.strictObject({
  affinity: z.strictObject({
    devops: z.partialRecord(dimensionIdSchema, z.number().min(0)),
    sre: z.partialRecord(dimensionIdSchema, z.number().min(0)),
  }),
  evidenceFloor: share,
  actAt: points,
  baseline: approachSchema,
  tieFirst: approachSchema,
  weakSpotAt: points,
  maxStepsPerHorizon: z.number().int().min(1).max(20),
  confidence: z.strictObject({
    clearAtPoints: z.number().positive(),
    clarityFloor: share,
    mediumAt: points,
    highAt: points,
  }),
  unknownShare: share,
  unknownAdvice: z.partialRecord(dimensionIdSchema, z.array(idSchema)),
});

let lessonsOnDisk: ReadonlySet<string> | undefined;

/** Lesson ids as the site makes them: `content/lessons/<track>/<nn>-<id>.mdx` → `<id>`. */
export function lessonIdsOnDisk(root = process.cwd()): ReadonlySet<string> {
  const dir = join(root, 'content', 'lessons');
  const ids = new Set<string>();
  for (const track of readdirSync(dir, { withFileTypes: true })) {
    if (!track.isDirectory()) continue;
    for (const file of readdirSync(join(dir, track.name))) {
      if (/\.mdx?$/.test(file)) ids.add(file.replace(/\.mdx?$/, '').replace(/^\d+-/, ''));
    }
  }
  return ids;
}

/** The questionnaire schema, checking lesson ids against `lessons` (by default, the lessons in content/). */
export function questionnaireSchemaFor(lessons?: ReadonlySet<string>) {
  return z
    .strictObject({
      /** Bump when questions or options change meaning; result links carry it. */
      version: z.number().int().min(1).max(999),
      intro: z.string().min(20),
      dimensions: z.array(dimensionSchema),
      questions: z.array(questionSchema).min(12, 'at least 12 questions').max(20, 'at most 20 questions'),
      advice: z.array(adviceSchema).min(1),
      scoring: scoringSchema,
    })
    .superRefine((q, ctx) => {
      const known = lessons ?? (lessonsOnDisk ??= lessonIdsOnDisk());
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const adviceIds = new Set(q.advice.map((a) => a.id));
      const checkLessons = (ids: string[], path: (string | number)[], where: string) =>
        ids.forEach((id, i) => {
          if (!known.has(id)) issue([...path, i], `${where} names lesson "${id}", which is not in content/lessons/`);
        });

      // Dimensions: each of the five exactly once.
      const dims = q.dimensions.map((d) => d.id);
      for (const d of DIMENSION_IDS) {
        if (!dims.includes(d)) issue(['dimensions'], `dimension "${d}" is missing`);
      }
      dims.forEach((d, i) => {
        if (dims.indexOf(d) !== i) issue(['dimensions', i, 'id'], `dimension "${d}" is listed twice`);
      });
      q.dimensions.forEach((d, i) => checkLessons(d.lessons, ['dimensions', i, 'lessons'], `dimension "${d.id}"`));

      // Questions: unique ids, unique option ids, reasons where weights move, advice that exists.
      const seen = new Set<string>();
      q.questions.forEach((question, qi) => {
        const at = `question "${question.id}"`;
        if (seen.has(question.id))
          issue(['questions', qi, 'id'], `${at} is defined twice; question ids must be unique`);
        seen.add(question.id);
        const optionIds = new Set<string>();
        question.options.forEach((option, oi) => {
          const path = ['questions', qi, 'options', oi];
          const where = `${at}, option "${option.id}"`;
          if (optionIds.has(option.id)) issue([...path, 'id'], `${where} is defined twice in this question`);
          optionIds.add(option.id);
          const moves = Object.values(option.weights).some((w) => w !== 0);
          if (moves && !option.reason) {
            issue([...path, 'reason'], `${where} moves the result, so it needs a reason (one sentence saying why)`);
          }
          option.advice.forEach((id, ai) => {
            if (!adviceIds.has(id))
              issue([...path, 'advice', ai], `${where} names advice "${id}", which does not exist`);
          });
        });
        const movers = question.options.filter((o) => Object.values(o.weights).some((w) => w !== 0));
        if (movers.length === 0) issue(['questions', qi, 'options'], `${at}: no option moves any dimension`);
      });
      for (const d of DIMENSION_IDS) {
        const count = q.questions.filter((x) => x.dimension === d).length;
        if (count < 2) issue(['questions'], `dimension "${d}" has ${count} question(s); each needs at least two`);
      }

      // Advice: unique ids, lessons that exist.
      const adviceSeen = new Set<string>();
      q.advice.forEach((a, i) => {
        if (adviceSeen.has(a.id)) issue(['advice', i, 'id'], `advice "${a.id}" is defined twice`);
        adviceSeen.add(a.id);
        checkLessons(a.lessons, ['advice', i, 'lessons'], `advice "${a.id}"`);
        (a.replaces ?? []).forEach((id, j) => {
          if (!adviceIds.has(id) || id === a.id) {
            issue(['advice', i, 'replaces', j], `advice "${a.id}" replaces "${id}", which is not other advice`);
          }
        });
      });

      // Scoring: advice that exists; thresholds that make sense.
      for (const [d, ids] of Object.entries(q.scoring.unknownAdvice)) {
        ids.forEach((id, i) => {
          if (!adviceIds.has(id)) {
            issue(
              ['scoring', 'unknownAdvice', d, i],
              `scoring.unknownAdvice.${d} names advice "${id}", which does not exist`,
            );
          }
        });
      }
      for (const a of ['devops', 'sre'] as const) {
        const total = Object.values(q.scoring.affinity[a]).reduce((s, w) => s + (w ?? 0), 0);
        if (total <= 0) issue(['scoring', 'affinity', a], `scoring.affinity.${a} needs at least one positive weight`);
      }
      if (q.scoring.confidence.mediumAt > q.scoring.confidence.highAt) {
        issue(['scoring', 'confidence'], 'scoring.confidence.mediumAt must not be above highAt');
      }
    });
}

/** The schema of content/decide/questionnaire.yaml, checking lessons against content/lessons/. */
export const questionnaireSchema = questionnaireSchemaFor();

export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
