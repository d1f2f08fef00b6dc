import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { TRACK_IDS } from '../lib/tracks';
import { idSchema } from './quiz-bank';

/** A work a lesson draws facts and figures from. */
export const sourceSchema = z.object({
  /** The work's title as published. */
  title: z.string().min(1),
  /** Where a reader finds it. */
  url: z.url(),
  /** Publisher or author, e.g. "Google / O'Reilly". Optional. */
  publisher: z.string().optional(),
  /** Year of publication. Optional. */
  year: z.number().int().min(1900).max(2100).optional(),
});

/** Frontmatter of a lesson in `content/lessons/<track>/<nn>-<id>.mdx`. */
export const lessonSchema = z.object({
  /** The page title and h1. */
  title: z.string().min(1),
  /** One sentence; also the page's meta description. */
  description: z.string().min(20).max(200),
  /** The track the lesson belongs to. */
  track: z.enum(TRACK_IDS, { error: `track must be one of: ${TRACK_IDS.join(', ')}` }),
  /** Position within the track, from 1. */
  order: z.number().int().min(1),
  /** Three to five outcomes, each starting "You can …". */
  objectives: z.array(z.string().min(1)).min(3).max(5),
  /** Free topic tags. Default: none. */
  tags: z.array(idSchema).default([]),
  /** The knowledge check shown at the end: a bank in `content/quizzes/`. */
  quiz: reference('quizzes'),
  /** Glossary terms the lesson links to. Default: none. */
  terms: z.array(reference('glossary')).default([]),
  /** Works the lesson draws on; at least one. */
  sources: z.array(sourceSchema).min(1),
  /** When a reviewer last checked the lesson's facts. */
  lastReviewed: z.coerce.date(),
});

/** A glossary term in `content/glossary/<id>.yaml`; its file name is its id and its anchor. */
export const glossarySchema = z.object({
  /** The term as written, e.g. "Service level objective (SLO)". */
  term: z.string().min(1),
  /** One or two sentences in our own words. */
  definition: z.string().min(10),
});
