import { z } from 'astro/zod';

/** Ids that link content together: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (e.g. "sre-error-budget")');

/** One answer option of a choice question. */
export const optionSchema = z.object({
  /** Stable within its question (`a`, `b`, …); stored progress names it. */
  id: z.string().regex(/^[a-z0-9]{1,8}$/, 'use a short id such as "a" or "b"'),
  /** What the learner reads. Markdown is not rendered. */
  text: z.string().min(1),
  /** Whether choosing this option is right. Default: false. */
  correct: z.boolean().default(false),
  /** Why this option is wrong; required on every wrong option, optional on right ones. */
  feedback: z.string().min(1).optional(),
});

/** A single- or multiple-choice question. */
export const choiceQuestionSchema = z
  .object({
    /** Unique across every quiz bank of the site; progress is stored under it, so never change it. */
    id: idSchema,
    /** `single`: exactly one right option. `multiple`: one or more right options, all must be chosen. */
    type: z.enum(['single', 'multiple']),
    /** The question as the learner reads it. */
    prompt: z.string().min(1),
    /** Two to eight options, in the order authored. */
    options: z.array(optionSchema).min(2).max(8),
    /** Why the right answer is right; shown after every answer. */
    explanation: z.string().min(1, 'every question needs an explanation'),
    /** Topic tags, used to build practice and classroom sets. Default: none. */
    topics: z.array(idSchema).default([]),
    /** 1 easy, 2 medium, 3 hard. Default: 2. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
  })
  .superRefine((q, ctx) => {
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
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `option id "${o.id}" is used twice in question "${q.id}"`,
        });
      }
      seen.add(o.id);
      if (!o.correct && !o.feedback) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'feedback'],
          message: `wrong option "${o.id}" of question "${q.id}" needs feedback saying why it is wrong`,
        });
      }
    });
  });

/** A quiz bank: one YAML file in `content/quizzes/`, usually the knowledge check of one lesson. */
export const quizBankSchema = z
  .object({
    /** Shown above the questions, e.g. "What is SRE? — knowledge check". */
    title: z.string().min(1),
    /** The questions, in authored order. */
    questions: z.array(choiceQuestionSchema).min(1),
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
