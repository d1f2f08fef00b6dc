import { describe, expect, it } from 'vitest';
import { quizBankSchema } from '../../src/schemas/quiz-bank';
import { gradeChoice, scoreOf } from '../../src/lib/quiz';

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
    expect(r.questions[0]!.options[1]!.correct).toBe(false);
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

describe('grading', () => {
  const q = quizBankSchema.parse({
    title: 'T',
    questions: [
      question({
        type: 'multiple',
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: true },
          { id: 'c', text: 'C', feedback: 'no' },
        ],
      }),
    ],
  }).questions[0]!;

  it('needs exactly the right set for a multiple-choice question', () => {
    expect(gradeChoice(q, ['a', 'b']).correct).toBe(true);
    expect(gradeChoice(q, ['b', 'a']).correct).toBe(true);
    expect(gradeChoice(q, ['a']).correct).toBe(false);
    expect(gradeChoice(q, ['a', 'b', 'c']).correct).toBe(false);
    expect(gradeChoice(q, ['a', 'b', 'zz']).correct).toBe(false);
  });

  it('scores in percent, rounded', () => {
    expect(
      scoreOf([
        { correct: true, credit: 1 },
        { correct: false, credit: 0 },
        { correct: true, credit: 1 },
      ]),
    ).toEqual({
      correct: 2,
      total: 3,
      percent: 67,
    });
    expect(scoreOf([])).toEqual({ correct: 0, total: 0, percent: 0 });
  });
});
