import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { idSchema } from './quiz-bank';

/** One aspect of the DevOps/SRE comparison on /compare/ (`content/compare/aspects.yaml`). */
export const aspectSchema = z.object({
  /** Anchor on the page, e.g. `focus` → /compare/#focus. */
  id: idSchema,
  /** The aspect's name, e.g. "Risk tolerance". */
  aspect: z.string().min(1),
  /** How DevOps approaches it, in one to three sentences. */
  devops: z.string().min(10),
  /** How SRE approaches it, in one to three sentences. */
  sre: z.string().min(10),
  /** Lessons that go deeper, in the order to read them. */
  lessons: z.array(reference('lessons')).min(1),
});

/** One point where the two overlap (`content/compare/overlap.yaml`). */
export const overlapSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** The shared ground, in one sentence. */
  point: z.string().min(10),
  /** Lessons that go deeper. */
  lessons: z.array(reference('lessons')).min(1),
});
