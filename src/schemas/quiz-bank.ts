import { z } from 'astro/zod';
import { shortFormProblems } from '../lib/short-form';

/** Ids that link content together: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (e.g. "sre-error-budget")');

/** Ids of parts of a question (options, items, buckets): short, e.g. `a` or `sre`. */
const partIdSchema = z.string().regex(/^[a-z0-9-]{1,20}$/, 'use a short id such as "a" or "sre"');

/** How a question with several parts is scored. `partial`: credit for each part right; default for those types. */
const scoringSchema = z.enum(['partial', 'all-or-nothing']).default('partial');

/** Fields every question has. */
const base = {
  /** Unique across every quiz bank of the site; progress is stored under it, so never change it. */
  id: idSchema,
  /** The question as the learner reads it. */
  prompt: z.string().min(1),
  /** Why the right answer is right; shown after every answer. */
  explanation: z.string().min(1, 'every question needs an explanation'),
  /** Topic tags, used to build practice and classroom sets. Default: none. */
  topics: z.array(idSchema).default([]),
  /** 1 easy, 2 medium, 3 hard. Default: 2. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
};

/** One answer option of a choice question. */
export const optionSchema = z.object({
  /** Stable within its question (`a`, `b`, …); stored progress names it. */
  id: partIdSchema,
  /** What the learner reads. Markdown is not rendered. */
  text: z.string().min(1),
  /** Whether choosing this option is right. Default: false. */
  correct: z.boolean().default(false),
  /** Why this option is wrong; required on every wrong option, optional on right ones. */
  feedback: z.string().min(1).optional(),
});

/**
 * A shorter wording for quiz games with tight limits (Kahoot: question ≤ 120 characters, answers ≤ 75, at most
 * four). Optional; the exports use it where the full question does not fit. Rules: src/lib/short-form.ts.
 */
const shortSchema = z.object({
  /** The question in at most 120 characters. */
  prompt: z.string().min(1),
  /** Choice questions: two to four of the question's options by id, each reworded in at most 75 characters. */
  options: z.array(z.object({ id: partIdSchema, text: z.string().min(1) })).optional(),
});

/** Single choice: exactly one right option. */
const singleSchema = z.object({
  ...base,
  type: z.literal('single'),
  /** Two to eight options; shown in a shuffled order. */
  options: z.array(optionSchema).min(2).max(8),
  short: shortSchema.optional(),
});

/** Multiple choice: one or more right options; the learner must choose all of them and no others. */
const multipleSchema = z.object({
  ...base,
  type: z.literal('multiple'),
  /** Two to eight options; shown in a shuffled order. */
  options: z.array(optionSchema).min(2).max(8),
  /** partial: credit = (right picks − wrong picks) / right options, at least 0. Default: partial. */
  scoring: scoringSchema,
  short: shortSchema.optional(),
});

/** True or false about a statement. */
const trueFalseSchema = z.object({
  ...base,
  type: z.literal('true-false'),
  /** The right value. */
  answer: z.boolean(),
  /** Why the other value is wrong; shown to a learner who chooses it. */
  feedback: z.string().min(1, 'a true-false question needs feedback for the wrong value'),
  short: shortSchema.optional(),
});

/** Sort statements into buckets (e.g. DevOps / SRE / Both). */
const categoriseSchema = z.object({
  ...base,
  type: z.literal('categorise'),
  /** Two to five buckets. */
  buckets: z
    .array(z.object({ /** Short id. */ id: partIdSchema, /** What the learner reads. */ label: z.string().min(1) }))
    .min(2)
    .max(5),
  /** Three to ten statements, each naming the bucket it belongs to; shown in a shuffled order. */
  items: z
    .array(
      z.object({
        /** Short id. */
        id: partIdSchema,
        /** The statement. */
        text: z.string().min(1),
        /** Id of the right bucket. */
        bucket: partIdSchema,
        /** Why it belongs there; shown when placed wrongly. Optional. */
        feedback: z.string().min(1).optional(),
      }),
    )
    .min(3)
    .max(10),
  /** partial: credit for each statement placed right. Default: partial. */
  scoring: scoringSchema,
});

/** Put steps in sequence. */
const orderSchema = z.object({
  ...base,
  type: z.literal('order'),
  /** Three to eight steps, written in the right order; shown shuffled. */
  items: z
    .array(z.object({ /** Short id. */ id: partIdSchema, /** The step. */ text: z.string().min(1) }))
    .min(3)
    .max(8),
  /** partial: credit for the share of step pairs in the right relative order. Default: partial. */
  scoring: scoringSchema,
});

/** A number, with a tolerance and a unit. */
const numericSchema = z.object({
  ...base,
  type: z.literal('numeric'),
  /** The exact right value. */
  answer: z.number().finite(),
  /** Answers within answer ± tolerance are right. Default: 0 (exact). */
  tolerance: z.number().min(0).default(0),
  /** Shown beside the input, e.g. "minutes". */
  unit: z.string().min(1),
  /** The usual wrong calculation and why it is wrong; shown after a wrong answer. Optional. */
  feedback: z.string().min(1).optional(),
});

const uniqueIds = (ids: string[], what: string, qid: string, path: (string | number)[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `${what} id "${id}" is used twice in question "${qid}"`,
      });
    seen.add(id);
  });
};

/** Any question; `type` says which kind. */
export const questionSchema = z
  .discriminatedUnion('type', [
    singleSchema,
    multipleSchema,
    trueFalseSchema,
    categoriseSchema,
    orderSchema,
    numericSchema,
  ])
  .superRefine((q, ctx) => {
    if ((q.type === 'single' || q.type === 'multiple' || q.type === 'true-false') && q.short) {
      for (const problem of shortFormProblems(q, q.short))
        ctx.addIssue({ code: 'custom', path: ['short'], message: `question "${q.id}": ${problem}` });
    }
    if (q.type === 'single' || q.type === 'multiple') {
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === 'single' && right !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `question "${q.id}" is single-choice and must have exactly one option with correct: true (it has ${right})`,
        });
      }
      if (q.type === 'multiple' && right < 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `question "${q.id}" is multiple-choice and needs at least one option with correct: true`,
        });
      }
      uniqueIds(
        q.options.map((o) => o.id),
        'option',
        q.id,
        ['options'],
        ctx,
      );
      q.options.forEach((o, i) => {
        if (!o.correct && !o.feedback) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', i, 'feedback'],
            message: `wrong option "${o.id}" of question "${q.id}" needs feedback saying why it is wrong`,
          });
        }
      });
    }
    if (q.type === 'categorise') {
      uniqueIds(
        q.buckets.map((b) => b.id),
        'bucket',
        q.id,
        ['buckets'],
        ctx,
      );
      uniqueIds(
        q.items.map((b) => b.id),
        'item',
        q.id,
        ['items'],
        ctx,
      );
      const buckets = new Set(q.buckets.map((b) => b.id));
      q.items.forEach((item, i) => {
        if (!buckets.has(item.bucket)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'bucket'],
            message: `item "${item.id}" of question "${q.id}" names bucket "${item.bucket}", which is not one of its buckets`,
          });
        }
      });
    }
    if (q.type === 'order')
      uniqueIds(
        q.items.map((b) => b.id),
        'item',
        q.id,
        ['items'],
        ctx,
      );
  });

/** A quiz bank: one YAML file in `content/quizzes/`, usually the knowledge check of one lesson. */
export const quizBankSchema = z
  .object({
    /** Shown above the questions, e.g. "What is SRE? — knowledge check". */
    title: z.string().min(1),
    /** The questions, in authored order (the site shuffles them per attempt). */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `question id "${q.id}" is used twice in this bank`,
        });
      }
      seen.add(q.id);
    });
  });

export type QuizBank = z.infer<typeof quizBankSchema>;
