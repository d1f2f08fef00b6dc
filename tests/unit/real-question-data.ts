/**
 * The site's real question index and bank files, built from `content/` the way the build builds them (bank
 * schema with its defaults, lessons in path order), then sent through JSON as the browser receives them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  buildQuestionData,
  type QuestionBankFile,
  type QuestionIndex,
  type ShortFormsFile,
} from '../../src/lib/question-data';
import { TRACKS } from '../../src/lib/tracks';
import { quizBankSchema } from '../../src/schemas/quiz-bank';

const content = new URL('../../content/', import.meta.url);

function lessons() {
  return readdirSync(new URL('lessons/', content), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(new URL(`lessons/${f}`, content), 'utf8');
      const front = parse(text.split(/^---$/m)[1]!) as { title: string; track: string; order: number; quiz: string };
      const id = f
        .split('/')
        .pop()!
        .replace(/^\d+-/, '')
        .replace(/\.mdx$/, '');
      const bank = quizBankSchema.parse(parse(readFileSync(new URL(`quizzes/${front.quiz}.yaml`, content), 'utf8')));
      return {
        id,
        title: front.title,
        track: front.track,
        order: front.order,
        bank: front.quiz,
        questions: bank.questions,
      };
    })
    .sort(
      (a, b) =>
        TRACKS.findIndex((t) => t.id === a.track) - TRACKS.findIndex((t) => t.id === b.track) || a.order - b.order,
    );
}

/** The real index and bank files, as JSON text would give them back. */
export function realQuestionData(): { index: QuestionIndex; files: QuestionBankFile[]; shortForms: ShortFormsFile } {
  return JSON.parse(JSON.stringify(buildQuestionData(lessons()))) as {
    index: QuestionIndex;
    files: QuestionBankFile[];
    shortForms: ShortFormsFile;
  };
}
