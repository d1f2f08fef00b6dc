import { describe, expect, it } from 'vitest';
import { quizBankSchema } from '../../src/schemas/quiz-bank';

const question = (over: Record<string, unknown> = {}) => ({
  id: 'sre-sample',
  type: 'single',
  prompt: 'Which is right?',
  options: [
    { id: 'a', text: 'Right', correct: true },
    { id: 'b', text: 'Wrong', feedback: 'Because.' },
  ],
  explanation: 'Because it is.',
  ...over,
});

const issues = (data: unknown) => {
  const r = quizBankSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('quiz bank schema', () => {
  it('accepts a valid bank and fills defaults', () => {
    const r = quizBankSchema.parse({ title: 'T', questions: [question()] });
    expect(r.questions[0]).toMatchObject({ topics: [], difficulty: 2 });
    expect(r.questions[0]).toMatchObject({ options: [{ correct: true }, { correct: false }] });
  });

  it('requires an explanation', () => {
    expect(issues({ title: 'T', questions: [question({ explanation: undefined })] }).join()).toContain(
      'questions.0.explanation',
    );
    expect(issues({ title: 'T', questions: [question({ explanation: '' })] }).join()).toContain('explanation');
  });

  it('requires exactly one right option in a single-choice question', () => {
    const two = question({
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
      ],
    });
    expect(issues({ title: 'T', questions: [two] }).join()).toContain(
      'exactly one option with correct: true (it has 2)',
    );
    const none = question({
      options: [
        { id: 'a', text: 'A', feedback: 'no' },
        { id: 'b', text: 'B', feedback: 'no' },
      ],
    });
    expect(issues({ title: 'T', questions: [none] }).join()).toContain('(it has 0)');
  });

  it('requires feedback on every wrong option', () => {
    const bare = question({
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B' },
      ],
    });
    expect(issues({ title: 'T', questions: [bare] }).join()).toContain('questions.0.options.1.feedback');
  });

  it('rejects a question id used twice in a bank', () => {
    expect(issues({ title: 'T', questions: [question(), question()] }).join()).toContain('used twice');
  });

  it('rejects an unknown question type', () => {
    expect(issues({ title: 'T', questions: [question({ type: 'essay' })] }).join()).toContain('questions.0.type');
  });
});

describe('new question types', () => {
  const bank = (q: Record<string, unknown>) => ({
    title: 'T',
    questions: [{ id: 'q-x', prompt: 'P', explanation: 'E', ...q }],
  });

  it('accepts every type and fills scoring defaults', () => {
    const r = quizBankSchema.parse({
      title: 'T',
      questions: [
        { id: 'a', type: 'true-false', prompt: 'P', explanation: 'E', answer: true, feedback: 'F' },
        {
          id: 'b',
          type: 'categorise',
          prompt: 'P',
          explanation: 'E',
          buckets: [
            { id: 'x', label: 'X' },
            { id: 'y', label: 'Y' },
          ],
          items: [
            { id: '1', text: 'one', bucket: 'x' },
            { id: '2', text: 'two', bucket: 'y' },
            { id: '3', text: 'three', bucket: 'x' },
          ],
        },
        {
          id: 'c',
          type: 'order',
          prompt: 'P',
          explanation: 'E',
          items: ['1', '2', '3'].map((id) => ({ id, text: id })),
        },
        { id: 'd', type: 'numeric', prompt: 'P', explanation: 'E', answer: 43.2, tolerance: 0.1, unit: 'minutes' },
      ],
    });
    expect(r.questions.map((q) => q.type)).toEqual(['true-false', 'categorise', 'order', 'numeric']);
    expect(r.questions[1]).toMatchObject({ scoring: 'partial' });
    expect(r.questions[2]).toMatchObject({ scoring: 'partial' });
  });

  it('requires feedback on a true-false question', () => {
    expect(issues(bank({ type: 'true-false', answer: false })).join()).toContain('questions.0.feedback');
  });

  it('rejects an item placed in a bucket that does not exist', () => {
    const r = issues(
      bank({
        type: 'categorise',
        buckets: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        items: [
          { id: '1', text: 'one', bucket: 'x' },
          { id: '2', text: 'two', bucket: 'z' },
          { id: '3', text: 'three', bucket: 'x' },
        ],
      }),
    ).join();
    expect(r).toContain('questions.0.items.1.bucket');
    expect(r).toContain('names bucket "z"');
  });

  it('requires a unit and a non-negative tolerance on a numeric question', () => {
    expect(issues(bank({ type: 'numeric', answer: 1 })).join()).toContain('questions.0.unit');
    expect(issues(bank({ type: 'numeric', answer: 1, unit: 'min', tolerance: -1 })).join()).toContain('tolerance');
  });

  it('needs at least three steps to order', () => {
    expect(issues(bank({ type: 'order', items: [{ id: 'a', text: 'A' }] })).join()).toContain('questions.0.items');
  });
});
