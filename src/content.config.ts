import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { aspectSchema, overlapSchema } from './schemas/compare';
import { glossarySchema, lessonSchema } from './schemas/lesson';
import { quizBankSchema } from './schemas/quiz-bank';

/** `foundations/01-what-is-devops.mdx` → `what-is-devops`: the order prefix and folder are not part of the id. */
const lessonId = ({ entry }: { entry: string }) =>
  entry
    .replace(/\.mdx?$/, '')
    .split('/')
    .pop()!
    .replace(/^\d+-/, '');

const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/lessons', generateId: lessonId }),
    schema: lessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/quizzes', generateId: fileId }),
    schema: quizBankSchema,
  }),
  compareAspects: defineCollection({ loader: file('content/compare/aspects.yaml'), schema: aspectSchema }),
  compareOverlap: defineCollection({ loader: file('content/compare/overlap.yaml'), schema: overlapSchema }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/glossary', generateId: fileId }),
    schema: glossarySchema,
  }),
};
