/**
 * The question files the site serves, built from the quiz banks at build time: one small index
 * (`/data/questions/index.json`) and one file per bank (`/data/questions/<bank>.json`). A page fetches the index,
 * then only the banks it needs, so its weight does not grow with the size of the curriculum. The short forms of
 * questions for games (short-form.ts) are not in the bank files (no page that shows questions needs them) but in
 * one file of their own (`/data/questions/short-forms.json`), which only the Kahoot export of a set reads.
 */
import type { Question } from './quiz';
import type { ShortForm } from './short-form';

/** Where the index lives, inside the site's base. */
export const QUESTION_INDEX_PATH = 'data/questions/index.json';

const INDEX_FILE = QUESTION_INDEX_PATH.split('/').pop()!;

/** The short forms' file, next to the index. */
export const SHORT_FORMS_FILE = 'short-forms.json';

/** `/data/questions/short-forms.json`: question id → its short form, for every question that has one. */
export type ShortFormsFile = Record<string, ShortForm>;

/** A lesson as the index lists it. */
export interface IndexedLesson {
  id: string;
  title: string;
  track: string;
  /** Id of the lesson's question bank. */
  bank: string;
}

/** A bank as the index lists it. */
export interface IndexedBank {
  id: string;
  /** File name of the bank, next to the index. */
  file: string;
  /** Ids of its questions, in authored order. */
  questions: string[];
}

/** `/data/questions/index.json`: every lesson with its bank, and every bank with its question ids. */
export interface QuestionIndex {
  lessons: IndexedLesson[];
  banks: IndexedBank[];
}

/** `/data/questions/<bank>.json`: one bank's questions. */
export interface QuestionBankFile {
  /** The bank's id, so that a file served under the wrong name (or a stale one) is caught. */
  id: string;
  questions: Question[];
}

/** The file name of a bank, next to the index. */
export const bankFileName = (bankId: string) => `${bankId}.json`;

/** What the build knows of a lesson and its knowledge check. */
export interface LessonWithBank {
  id: string;
  title: string;
  track: string;
  bank: string;
  questions: readonly Question[];
}

/**
 * The question without its short form for games: what the bank files and a lesson's quiz carry. Here rather than in
 * short-form.ts, which pages must not load (its decoder and content rules; see the module comment).
 */
export function withoutShortForm(q: Question): Question {
  if (!('short' in q) || q.short === undefined) return q;
  const rest = { ...q };
  delete rest.short;
  return rest;
}

/** The index and every bank file, from the lessons in path order. Pure: the endpoints serialise its output. */
export function buildQuestionData(lessons: readonly LessonWithBank[]): {
  index: QuestionIndex;
  files: QuestionBankFile[];
  shortForms: ShortFormsFile;
} {
  // A bank called "index" (or "short-forms") would be served over that file.
  const clash = lessons.find((l) => [INDEX_FILE, SHORT_FORMS_FILE].includes(bankFileName(l.bank)));
  if (clash) {
    throw new Error(`Lesson "${clash.id}": a question bank cannot be called "${clash.bank}"; rename its file`);
  }
  const shortForms: ShortFormsFile = {};
  for (const q of lessons.flatMap((l) => l.questions)) if ('short' in q && q.short) shortForms[q.id] = q.short;
  return {
    index: {
      lessons: lessons.map(({ id, title, track, bank }) => ({ id, title, track, bank })),
      banks: lessons.map((l) => ({ id: l.bank, file: bankFileName(l.bank), questions: l.questions.map((q) => q.id) })),
    },
    files: lessons.map((l) => ({ id: l.bank, questions: l.questions.map(withoutShortForm) })),
    shortForms,
  };
}
