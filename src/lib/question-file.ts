/**
 * Decoders for the question files a page fetches (`/data/questions/index.json` and one file per bank). They are
 * built by the same site, but a browser may hold a stale copy after a deploy, or a proxy may damage one: every
 * file is checked with the same rules as stored progress before any of it is used, so that grading and
 * rendering can rely on each question's shape (a single-choice question has exactly one right option, every
 * categorise item names one of its buckets, …). Never throws.
 */
import { decodeList, isKey, isRecord, ShapeError } from './guards';
import {
  bankFileName,
  type IndexedBank,
  type IndexedLesson,
  type QuestionBankFile,
  type QuestionIndex,
} from './question-data';
import type { ChoiceOption, Question, Scoring } from './quiz';

/** Caps well above anything authored, so a damaged file cannot make a page do unbounded work. */
const MAX_TEXT = 10_000;
const MAX_QUESTIONS_PER_BANK = 500;
const MAX_LESSONS = 5_000;
const MAX_TOPICS = 20;

export type FileResult<T> = { ok: true; value: T } | { ok: false; path: string; problem: string };

/** Ids of a question's parts (options, buckets, items), with the rule of the content schema. */
const isPartId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,20}$/.test(v);

function text(v: unknown, path: string, max = MAX_TEXT): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw new ShapeError(path, 'expected a text');
  return v;
}

function optionalText(v: unknown, path: string): string | undefined {
  return v === undefined ? undefined : text(v, path);
}

function key(v: unknown, path: string): string {
  if (typeof v !== 'string' || !isKey(v)) throw new ShapeError(path, 'expected an id');
  return v;
}

function partId(v: unknown, path: string): string {
  if (!isPartId(v)) throw new ShapeError(path, 'expected a short id');
  return v;
}

function scoring(v: unknown, path: string): Scoring {
  if (v !== 'partial' && v !== 'all-or-nothing') throw new ShapeError(path, 'expected partial or all-or-nothing');
  return v;
}

/** A list of `min`..`max` records, each decoded, with ids unique within the list. */
function parts<T extends { id: string }>(
  v: unknown,
  path: string,
  min: number,
  max: number,
  decode: (item: Record<string, unknown>, path: string) => T,
): T[] {
  const list = decodeList(
    v,
    path,
    (item, p) => {
      if (!isRecord(item)) throw new ShapeError(p, 'expected an object');
      return decode(item, p);
    },
    max,
  );
  if (list.length < min) throw new ShapeError(path, `expected at least ${min} items`);
  if (new Set(list.map((x) => x.id)).size !== list.length) throw new ShapeError(path, 'an id is used twice');
  return list;
}

function withOptional<T extends object, K extends string>(obj: T, name: K, value: string | undefined) {
  return value === undefined ? obj : { ...obj, [name]: value };
}

function option(o: Record<string, unknown>, path: string): ChoiceOption {
  if (typeof o['correct'] !== 'boolean') throw new ShapeError(`${path}.correct`, 'expected true or false');
  const base = { id: partId(o['id'], `${path}.id`), text: text(o['text'], `${path}.text`), correct: o['correct'] };
  return withOptional(base, 'feedback', optionalText(o['feedback'], `${path}.feedback`));
}

/** One question, checked so that grading and rendering cannot fail on it. Throws ShapeError. */
function decodeQuestion(v: unknown, path: string): Question {
  if (!isRecord(v)) throw new ShapeError(path, 'expected a question');
  const difficulty = v['difficulty'];
  if (difficulty !== 1 && difficulty !== 2 && difficulty !== 3) {
    throw new ShapeError(`${path}.difficulty`, 'expected 1, 2 or 3');
  }
  const base = {
    id: key(v['id'], `${path}.id`),
    prompt: text(v['prompt'], `${path}.prompt`),
    explanation: text(v['explanation'], `${path}.explanation`),
    topics: decodeList(v['topics'], `${path}.topics`, key, MAX_TOPICS),
    difficulty,
  } as const;
  switch (v['type']) {
    case 'single':
    case 'multiple': {
      const options = parts(v['options'], `${path}.options`, 2, 8, option);
      const right = options.filter((o) => o.correct).length;
      if (v['type'] === 'single') {
        if (right !== 1) throw new ShapeError(`${path}.options`, 'expected exactly one right option');
        return { ...base, type: 'single', options };
      }
      if (right < 1) throw new ShapeError(`${path}.options`, 'expected a right option');
      return { ...base, type: 'multiple', options, scoring: scoring(v['scoring'], `${path}.scoring`) };
    }
    case 'true-false':
      if (typeof v['answer'] !== 'boolean') throw new ShapeError(`${path}.answer`, 'expected true or false');
      return { ...base, type: 'true-false', answer: v['answer'], feedback: text(v['feedback'], `${path}.feedback`) };
    case 'categorise': {
      const buckets = parts(v['buckets'], `${path}.buckets`, 2, 5, (b, p) => ({
        id: partId(b['id'], `${p}.id`),
        label: text(b['label'], `${p}.label`),
      }));
      const bucketIds = new Set(buckets.map((b) => b.id));
      const items = parts(v['items'], `${path}.items`, 3, 10, (item, p) => {
        const bucket = partId(item['bucket'], `${p}.bucket`);
        if (!bucketIds.has(bucket)) throw new ShapeError(`${p}.bucket`, 'expected one of the buckets');
        const decoded = { id: partId(item['id'], `${p}.id`), text: text(item['text'], `${p}.text`), bucket };
        return withOptional(decoded, 'feedback', optionalText(item['feedback'], `${p}.feedback`));
      });
      return { ...base, type: 'categorise', buckets, items, scoring: scoring(v['scoring'], `${path}.scoring`) };
    }
    case 'order': {
      const items = parts(v['items'], `${path}.items`, 3, 8, (item, p) => ({
        id: partId(item['id'], `${p}.id`),
        text: text(item['text'], `${p}.text`),
      }));
      return { ...base, type: 'order', items, scoring: scoring(v['scoring'], `${path}.scoring`) };
    }
    case 'numeric': {
      const { answer, tolerance } = v;
      if (typeof answer !== 'number' || !Number.isFinite(answer))
        throw new ShapeError(`${path}.answer`, 'expected a number');
      if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
        throw new ShapeError(`${path}.tolerance`, 'expected a number from 0');
      }
      const numeric = {
        ...base,
        type: 'numeric' as const,
        answer,
        tolerance,
        unit: text(v['unit'], `${path}.unit`, 100),
      };
      return withOptional(numeric, 'feedback', optionalText(v['feedback'], `${path}.feedback`));
    }
    default:
      throw new ShapeError(`${path}.type`, 'expected a question type');
  }
}

function attempt<T>(decode: () => T): FileResult<T> {
  try {
    return { ok: true, value: decode() };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, path: e.path, problem: e.message };
    return { ok: false, path: '(file)', problem: 'unreadable data' };
  }
}

/**
 * Checks a fetched bank file against the bank the index announced: same id, the same questions, each of a
 * well-formed type. A file that differs from its index (one of them stale after a deploy) is refused too.
 */
export function decodeQuestionBankFile(data: unknown, expected: IndexedBank): FileResult<QuestionBankFile> {
  return attempt(() => {
    if (!isRecord(data)) throw new ShapeError('(file)', 'expected an object');
    if (data['id'] !== expected.id) throw new ShapeError('id', `expected the bank "${expected.id}"`);
    const questions = decodeList(data['questions'], 'questions', decodeQuestion, MAX_QUESTIONS_PER_BANK);
    const ids = questions.map((q) => q.id);
    if (ids.length !== expected.questions.length || ids.some((id, i) => id !== expected.questions[i])) {
      throw new ShapeError('questions', 'expected the questions the index lists');
    }
    return { id: expected.id, questions };
  });
}

function lesson(v: unknown, path: string): IndexedLesson {
  if (!isRecord(v)) throw new ShapeError(path, 'expected a lesson');
  return {
    id: key(v['id'], `${path}.id`),
    title: text(v['title'], `${path}.title`, 500),
    track: key(v['track'], `${path}.track`),
    bank: key(v['bank'], `${path}.bank`),
  };
}

function bank(v: unknown, path: string): IndexedBank {
  if (!isRecord(v)) throw new ShapeError(path, 'expected a bank');
  const id = key(v['id'], `${path}.id`);
  // The file is a plain name next to the index: never a path or another origin.
  if (v['file'] !== bankFileName(id)) throw new ShapeError(`${path}.file`, 'expected the bank file name');
  return {
    id,
    file: v['file'],
    questions: decodeList(v['questions'], `${path}.questions`, key, MAX_QUESTIONS_PER_BANK),
  };
}

/**
 * Checks a fetched question index: lessons and banks with valid ids, every lesson naming a listed bank, every
 * lesson, bank and question id listed once.
 */
export function decodeQuestionIndex(data: unknown): FileResult<QuestionIndex> {
  return attempt(() => {
    if (!isRecord(data)) throw new ShapeError('(file)', 'expected an object');
    const lessons = decodeList(data['lessons'], 'lessons', lesson, MAX_LESSONS);
    const banks = decodeList(data['banks'], 'banks', bank, MAX_LESSONS);
    const bankIds = new Set(banks.map((b) => b.id));
    if (bankIds.size !== banks.length) throw new ShapeError('banks', 'a bank is listed twice');
    if (new Set(lessons.map((l) => l.id)).size !== lessons.length)
      throw new ShapeError('lessons', 'a lesson is listed twice');
    lessons.forEach((l, i) => {
      if (!bankIds.has(l.bank)) throw new ShapeError(`lessons.${i}.bank`, 'expected a listed bank');
    });
    const questionIds = banks.flatMap((b) => b.questions);
    if (new Set(questionIds).size !== questionIds.length) throw new ShapeError('banks', 'a question is listed twice');
    return { lessons, banks };
  });
}
