/**
 * The decoders of the question files a page fetches: every real bank passes, and nothing a damaged or stale
 * file can hold makes them throw or lets through a question that grading or rendering could trip on.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arrange } from '../../src/lib/arrange';
import { buildQuestionData, type IndexedBank } from '../../src/lib/question-data';
import { decodeQuestionBankFile, decodeQuestionIndex } from '../../src/lib/question-file';
import { grade, incompleteReason, type Question } from '../../src/lib/quiz';
import { realQuestionData } from './real-question-data';

const real = realQuestionData();
const entryOf = (bankId: string) => real.index.banks.find((b) => b.id === bankId)!;
const bankWith = (...questions: unknown[]) => ({ id: 'b', questions });
const entryFor = (...ids: string[]): IndexedBank => ({ id: 'b', file: 'b.json', questions: ids });
const clone = <T>(v: T): T => structuredClone(v);

const single = {
  id: 'q1',
  type: 'single',
  prompt: 'Which?',
  explanation: 'Because.',
  topics: ['sre'],
  difficulty: 2,
  options: [
    { id: 'a', text: 'Right', correct: true },
    { id: 'b', text: 'Wrong', correct: false, feedback: 'No.' },
  ],
};
const categorise = {
  id: 'q2',
  type: 'categorise',
  prompt: 'Sort.',
  explanation: 'Because.',
  topics: [],
  difficulty: 1,
  scoring: 'partial',
  buckets: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ],
  items: [
    { id: 'a', text: 'A', bucket: 'x' },
    { id: 'b', text: 'B', bucket: 'y' },
    { id: 'c', text: 'C', bucket: 'x' },
  ],
};

/** What grading and rendering rely on, checked on every question a decoder lets through. */
function expectUsable(q: Question) {
  switch (q.type) {
    case 'single':
      expect(q.options.filter((o) => o.correct)).toHaveLength(1);
      break;
    case 'multiple':
      expect(q.options.some((o) => o.correct)).toBe(true);
      break;
    case 'categorise': {
      const buckets = new Set(q.buckets.map((b) => b.id));
      expect(q.items.every((i) => buckets.has(i.bucket))).toBe(true);
      expect(q.items.length).toBeGreaterThan(0);
      break;
    }
    case 'order':
      expect(q.items.length).toBeGreaterThan(0);
      break;
    case 'numeric':
      expect(Number.isFinite(q.answer) && Number.isFinite(q.tolerance)).toBe(true);
      break;
    default:
      break;
  }
}

describe('real question files', () => {
  it('the index of the real content is accepted as built', () => {
    expect(decodeQuestionIndex(real.index)).toEqual({ ok: true, value: real.index });
    expect(real.index.lessons.length).toBeGreaterThan(0);
    expect(real.index.banks.map((b) => b.id).sort()).toEqual(real.index.lessons.map((l) => l.bank).sort());
  });

  it('the build refuses a bank called "index", whose file would replace the index', () => {
    const lesson = { id: 'l', title: 'L', track: 'sre', bank: 'index', questions: [] };
    expect(() => buildQuestionData([lesson])).toThrow('a question bank cannot be called "index"');
  });

  it.each(real.files.map((f) => [f.id, f] as const))('the bank %s is accepted as built', (_, file) => {
    expect(decodeQuestionBankFile(file, entryOf(file.id))).toEqual({ ok: true, value: file });
  });
});

describe('bank file decoder', () => {
  it('accepts a small well-formed bank', () => {
    const r = decodeQuestionBankFile(bankWith(single, categorise), entryFor('q1', 'q2'));
    expect(r.ok).toBe(true);
  });

  it.each<[string, unknown, string[], string]>([
    [
      'a single-choice question with two right options',
      bankWith({ ...single, options: single.options.map((o) => ({ ...o, correct: true })) }),
      ['q1'],
      'questions.0.options',
    ],
    [
      'a single-choice question with no right option',
      bankWith({ ...single, options: single.options.map((o) => ({ ...o, correct: false })) }),
      ['q1'],
      'questions.0.options',
    ],
    [
      'a categorise item naming a bucket that does not exist',
      bankWith({ ...categorise, items: [...categorise.items.slice(1), { id: 'a', text: 'A', bucket: 'z' }] }),
      ['q2'],
      'questions.0.items.2.bucket',
    ],
    ['a categorise question without items', bankWith({ ...categorise, items: [] }), ['q2'], 'questions.0.items'],
    [
      'two options with one id',
      bankWith({ ...single, options: [single.options[0], { ...single.options[1], id: 'a' }] }),
      ['q1'],
      'questions.0.options',
    ],
    ['an unknown question type', bankWith({ ...single, type: 'essay' }), ['q1'], 'questions.0.type'],
    [
      'a numeric question without a number',
      bankWith({ ...single, type: 'numeric', answer: '12', tolerance: 0, unit: 'min' }),
      ['q1'],
      'questions.0.answer',
    ],
    [
      'a negative tolerance',
      bankWith({ ...single, type: 'numeric', answer: 12, tolerance: -1, unit: 'min' }),
      ['q1'],
      'questions.0.tolerance',
    ],
    ['a question id that cannot be a key', bankWith({ ...single, id: '__proto__' }), ['__proto__'], 'questions.0.id'],
    ['a text over the cap', bankWith({ ...single, prompt: 'x'.repeat(10_001) }), ['q1'], 'questions.0.prompt'],
    ['a file for another bank', { id: 'other', questions: [single] }, ['q1'], 'id'],
    ['a file with other questions than the index lists (stale)', bankWith(single), ['q1', 'q2'], 'questions'],
    ['junk', '<html>Not found</html>', ['q1'], '(file)'],
  ])('refuses %s', (_, data, ids, path) => {
    const r = decodeQuestionBankFile(data, entryFor(...ids));
    expect(r.ok ? '(accepted)' : r.path).toBe(path);
  });

  test.prop([fc.anything()])('never throws on any value', (value) => {
    const r = decodeQuestionBankFile(value, entryOf(real.files[0]!.id));
    expect(typeof r.ok).toBe('boolean');
  });

  // A real bank damaged at one random place: refused, or every question it lets through grades any response.
  const damage = fc.record({
    bank: fc.constantFrom(...real.files),
    at: fc.nat(),
    key: fc.constantFrom(
      'id',
      'type',
      'options',
      'items',
      'buckets',
      'bucket',
      'correct',
      'answer',
      'tolerance',
      'text',
      'scoring',
      'difficulty',
      'topics',
    ),
    value: fc.jsonValue(),
    response: fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }),
  });
  test.prop([damage])(
    'never throws on a damaged real bank, and what it accepts can be graded',
    ({ bank, at, key, value, response }) => {
      const data = clone(bank) as unknown as { questions: Record<string, unknown>[] };
      const question = data.questions[at % data.questions.length]!;
      const nested = [
        question,
        ...['options', 'items', 'buckets'].flatMap((k) =>
          Array.isArray(question[k]) ? (question[k] as Record<string, unknown>[]) : [],
        ),
      ];
      nested[at % nested.length]![key] = value;
      const r = decodeQuestionBankFile(data, entryOf(bank.id));
      if (!r.ok) return;
      for (const q of r.value.questions) {
        expectUsable(q);
        const g = grade(q, response);
        expect(g.credit >= 0 && g.credit <= 1).toBe(true);
        incompleteReason(q, response);
        arrange([q], at);
      }
    },
  );
});

describe('index decoder', () => {
  it.each<[string, (i: typeof real.index) => unknown]>([
    ['a lesson naming a bank that is not listed', (i) => ({ ...i, lessons: [{ ...i.lessons[0], bank: 'nope' }] })],
    ['a bank file that is a path', (i) => ({ ...i, banks: [{ ...i.banks[0], file: '../../secret.json' }] })],
    [
      'a bank file on another origin',
      (i) => ({ ...i, banks: [{ ...i.banks[0], file: 'https://example.org/x.json' }] }),
    ],
    [
      'a question listed in two banks',
      (i) => ({
        ...i,
        banks: [...i.banks, { ...i.banks[1], id: 'copy', file: 'copy.json', questions: i.banks[0]!.questions }],
      }),
    ],
    ['a lesson listed twice', (i) => ({ ...i, lessons: [...i.lessons, i.lessons[0]] })],
    ['no lessons at all', (i) => ({ banks: i.banks })],
  ])('refuses %s', (_, damageIndex) => {
    expect(decodeQuestionIndex(damageIndex(clone(real.index))).ok).toBe(false);
  });

  test.prop([fc.anything()])('never throws on any value', (value) => {
    expect(typeof decodeQuestionIndex(value).ok).toBe('boolean');
  });

  test.prop([
    fc.nat(),
    fc.constantFrom('lessons', 'banks'),
    fc.constantFrom('id', 'title', 'track', 'bank', 'file', 'questions'),
    fc.jsonValue(),
  ])('never throws on the real index damaged at one place', (at, list, key, value) => {
    const index = clone(real.index) as unknown as Record<string, Record<string, unknown>[]>;
    index[list]![at % index[list]!.length]![key] = value;
    expect(typeof decodeQuestionIndex(index).ok).toBe('boolean');
  });
});
