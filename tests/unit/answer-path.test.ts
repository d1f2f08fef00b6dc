/**
 * The whole path of an answer, as the browser takes it: whatever a learner types or a widget sends, the store
 * normalises, grades and records it, and what it stores is what the progress decoder accepts on the next load.
 */
import { fc, test } from '@fast-check/vitest';
import { cleanStores } from 'nanostores';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, vi } from 'vitest';
import { parse } from 'yaml';
import { parseProgress } from '../../src/lib/progress';
import { normaliseResponse, type Question } from '../../src/lib/quiz';
import { quizBankSchema } from '../../src/schemas/quiz-bank';
import { $progress, $saveStatus, answerQuestion } from '../../src/stores/progress';
import { setStorageEngine, STORAGE_KEYS } from '../../src/stores/storage';
import { mount, useMemoryStorage } from './store-helpers';

const dir = new URL('../../content/quizzes/', import.meta.url);
const questions: Question[] = readdirSync(dir).flatMap(
  (f) => quizBankSchema.parse(parse(readFileSync(new URL(f, dir), 'utf8'))).questions as Question[],
);

/** Responses as a widget or a person could produce them: real ids and pairs mixed with any text at all. */
const responseFor = (q: Question) => {
  const ids =
    q.type === 'single' || q.type === 'multiple'
      ? q.options.map((o) => o.id)
      : q.type === 'true-false'
        ? ['true', 'false']
        : q.type === 'categorise'
          ? q.items.flatMap((i) => q.buckets.map((b) => `${i.id}=${b.id}`))
          : q.type === 'order'
            ? q.items.map((i) => i.id)
            : [String(q.answer), `${q.answer}${' '.repeat(200)}`, `  ${q.answer}  `];
  return fc.array(
    fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 })),
    {
      maxLength: 60,
    },
  );
};

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
  stop();
  cleanStores($progress, $saveStatus);
  setStorageEngine(undefined);
  vi.unstubAllGlobals();
});

describe('answer path', () => {
  test.prop([fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), responseFor(q)))], { numRuns: 400 })(
    'what the store records is what the decoder reads back, and normalising twice changes nothing',
    ([question, response]) => {
      const engine = useMemoryStorage();
      stop = mount($progress, $saveStatus);
      const outcome = answerQuestion(question, response, {
        kind: 'check',
        lessonId: 'some-lesson',
        questionIds: [question.id],
        seed: 1,
      });
      const stored = engine.data.get(STORAGE_KEYS.progress);
      if (outcome.ok) {
        expect(stored).toBeDefined();
        const decoded = parseProgress(stored!);
        expect(decoded.ok).toBe(true);
        expect(normaliseResponse(question, outcome.record.response)).toEqual(outcome.record.response);
      } else {
        expect(stored).toBeUndefined();
      }
      stop();
      cleanStores($progress, $saveStatus);
    },
  );

  test.prop([fc.constantFrom(...questions.filter((q) => q.type === 'numeric'))])(
    'a numeric answer followed by 200 spaces is right and stored as its number',
    (question) => {
      const engine = useMemoryStorage();
      stop = mount($progress, $saveStatus);
      const q = question as Extract<Question, { type: 'numeric' }>;
      const outcome = answerQuestion(q, [`${q.answer}${' '.repeat(200)}`], {
        kind: 'review',
        lessonId: 'some-lesson',
      });
      expect(outcome).toMatchObject({ ok: true, verdict: { kind: 'right' }, record: { response: [String(q.answer)] } });
      expect(parseProgress(engine.data.get(STORAGE_KEYS.progress)!).ok).toBe(true);
      stop();
      cleanStores($progress, $saveStatus);
    },
  );
});
