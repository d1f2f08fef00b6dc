/**
 * Short forms for games (issue 13): the rules, held alike by the content schema and by the decoder of the question
 * files a set's export reads; the game form keeps the full question's key; a lesson's quiz does without it.
 */
import { describe, expect, it } from 'vitest';
import { decodeQuestionBankFile } from '../../src/lib/question-file';
import type { Question } from '../../src/lib/quiz';
import { gameForm, SHORT_LIMITS, shortFormProblems, withoutShortForm, type ShortForm } from '../../src/lib/short-form';
import { quizBankSchema } from '../../src/schemas/quiz-bank';

const multiple: Question = {
  id: 'm',
  type: 'multiple',
  prompt: 'A long scenario about a service and what its team should do next, told in full.',
  explanation: 'Why.',
  topics: [],
  difficulty: 2,
  scoring: 'partial',
  options: [
    { id: 'a', text: 'Right one, in full', correct: true },
    { id: 'b', text: 'Wrong one, in full', correct: false, feedback: 'Not b.' },
    { id: 'c', text: 'Right two, in full', correct: true },
    { id: 'd', text: 'Wrong two, in full', correct: false, feedback: 'Not d.' },
    { id: 'e', text: 'Wrong three, in full', correct: false, feedback: 'Not e.' },
  ],
};
const trueFalse: Question = {
  id: 't',
  type: 'true-false',
  prompt: 'A long statement.',
  explanation: 'Why.',
  topics: [],
  difficulty: 2,
  answer: true,
  feedback: 'F.',
};
const good: ShortForm = {
  prompt: 'Which two?',
  options: [
    { id: 'd', text: 'Wrong two' },
    { id: 'a', text: 'Right one' },
    { id: 'c', text: 'Right two' },
  ],
};

describe('shortFormProblems', () => {
  it('has none for a form within the limits, with a right and a wrong option', () => {
    expect(shortFormProblems(multiple, good)).toEqual([]);
    expect(shortFormProblems(trueFalse, { prompt: 'p'.repeat(SHORT_LIMITS.prompt) })).toEqual([]);
  });

  it('names each rule a form breaks', () => {
    const o = (id: string, text = 'x') => ({ id, text });
    const cases: [ShortForm, string][] = [
      [{ ...good, prompt: 'p'.repeat(121) }, 'its short prompt is 121 characters; at most 120'],
      [{ prompt: 'P', options: [o('a')] }, 'lists 1 options; it needs 2 to 4'],
      [{ prompt: 'P' }, 'lists 0 options'],
      [{ prompt: 'P', options: [o('a'), o('b'), o('c'), o('d'), o('e')] }, 'lists 5 options'],
      [{ prompt: 'P', options: [o('a'), o('z')] }, 'names option "z", which the question does not have'],
      [{ prompt: 'P', options: [o('a'), o('a'), o('b')] }, 'names option "a" twice'],
      [{ prompt: 'P', options: [o('a', 'x'.repeat(76)), o('b')] }, 'short option "a" is 76 characters; at most 75'],
      [{ prompt: 'P', options: [o('b'), o('d')] }, 'leaves out every right option'],
      [{ prompt: 'P', options: [o('a'), o('c')] }, 'leaves out every wrong option'],
    ];
    for (const [form, problem] of cases) expect(shortFormProblems(multiple, form).join('; ')).toContain(problem);
    expect(shortFormProblems(trueFalse, { prompt: 'P', options: [o('a'), o('b')] })).toEqual([
      'a true/false question’s short form has no options',
    ]);
    const numeric = { ...trueFalse, type: 'numeric', answer: 1, tolerance: 0, unit: 's' } as Question;
    expect(shortFormProblems(numeric, { prompt: 'P' })[0]).toContain('a numeric question cannot have a short form');
  });

  it('counts length as Excel does: an emoji is two', () => {
    expect(shortFormProblems(trueFalse, { prompt: `${'p'.repeat(119)}🚀` })[0]).toContain('121 characters');
  });
});

describe('gameForm', () => {
  it('is the short wording with the full question’s key and feedback, in the short form’s options only', () => {
    const shown = gameForm({ ...multiple, short: good } as Question);
    expect(shown).toMatchObject({
      id: 'm',
      prompt: 'Which two?',
      options: [
        { id: 'd', text: 'Wrong two', correct: false, feedback: 'Not d.' },
        { id: 'a', text: 'Right one', correct: true },
        { id: 'c', text: 'Right two', correct: true },
      ],
      explanation: 'Why.',
    });
    expect(gameForm({ ...trueFalse, short: { prompt: 'Short?' } } as Question)).toMatchObject({
      prompt: 'Short?',
      answer: true,
    });
  });

  it('is the question itself when it has no short form', () => {
    expect(gameForm(multiple)).toBe(multiple);
  });

  it('withoutShortForm leaves what a lesson’s quiz needs', () => {
    const q = { ...multiple, short: good } as Question;
    expect(withoutShortForm(q)).toEqual(multiple);
    expect('short' in withoutShortForm(q)).toBe(false);
  });
});

describe('the content schema and the question-file decoder hold the same rules', () => {
  const authored = (short: unknown) => ({
    ...multiple,
    options: multiple.type === 'multiple' ? multiple.options : [],
    short,
  });

  it('both accept a good form and keep it', () => {
    const parsed = quizBankSchema.parse({ title: 'T', questions: [authored(good)] });
    expect(parsed.questions[0]).toMatchObject({ short: good });
    const decoded = decodeQuestionBankFile(
      { id: 'b', questions: [authored(good)] },
      { id: 'b', file: 'b.json', questions: ['m'] },
    );
    expect(decoded.ok && decoded.value.questions[0]).toMatchObject({ short: good });
  });

  it('both refuse a form without a wrong option, and say where', () => {
    const bad = { prompt: 'P', options: [good.options![1], good.options![2]] };
    const parsed = quizBankSchema.safeParse({ title: 'T', questions: [authored(bad)] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'questions.0.short: question "m": its short form leaves out every wrong option',
    );
    const decoded = decodeQuestionBankFile(
      { id: 'b', questions: [authored(bad)] },
      { id: 'b', file: 'b.json', questions: ['m'] },
    );
    expect(decoded).toMatchObject({ ok: false, problem: expect.stringContaining('leaves out every wrong option') });
    expect(!decoded.ok && decoded.path).toMatch(/\.short$/);
  });

  it('the decoder refuses a form that is not one, or too long, without throwing', () => {
    for (const short of ['text', { prompt: 'p'.repeat(121) }, { prompt: 'P', options: 'a' }, { prompt: '' }]) {
      const decoded = decodeQuestionBankFile(
        { id: 'b', questions: [authored(short)] },
        { id: 'b', file: 'b.json', questions: ['m'] },
      );
      expect(decoded.ok).toBe(false);
    }
  });
});
