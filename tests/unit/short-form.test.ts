/**
 * Short forms for games (issue 13): the rules the content schema holds them to; the game form keeps the full
 * question's key; a lesson's quiz and the bank files do without them; a set's Kahoot file fetches them from their
 * own file, and a damaged or missing one is said in plain words.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportLoadError, loadExporter } from '../../src/lib/export/index';
import { kahootRow } from '../../src/lib/export/kahoot';
import { ShapeError } from '../../src/lib/guards';
import { buildQuestionData, withoutShortForm } from '../../src/lib/question-data';
import type { Question } from '../../src/lib/quiz';
import {
  decodeShortForms,
  gameForm,
  SHORT_LIMITS,
  shortFormProblems,
  withShortForms,
  type ShortForm,
} from '../../src/lib/short-form';
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

describe('the schema, the short-forms file and the exports', () => {
  const authored = (short: unknown) => ({ ...multiple, short });

  it('the schema keeps a good form and refuses one without a wrong option, saying where', () => {
    expect(quizBankSchema.parse({ title: 'T', questions: [authored(good)] }).questions[0]).toMatchObject({
      short: good,
    });
    const bad = { prompt: 'P', options: [good.options![1], good.options![2]] };
    const parsed = quizBankSchema.safeParse({ title: 'T', questions: [authored(bad)] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'questions.0.short: question "m": its short form leaves out every wrong option',
    );
  });

  it('bank files carry no short forms; short-forms.json has them by id, and puts them back as authored', () => {
    const withShort = { ...multiple, short: good } as Question;
    const tf = { ...trueFalse, short: { prompt: 'Short?' } } as Question;
    const plain = { ...multiple, id: 'm3' } as Question;
    const data = buildQuestionData([
      { id: 'l', title: 'L', track: 'foundations', bank: 'b', questions: [withShort, tf, plain] },
    ]);
    expect(data.files[0]!.questions).toEqual([multiple, trueFalse, plain]);
    expect(JSON.stringify(data.files)).not.toContain('"short"');
    expect(data.shortForms).toEqual({ m: good, t: { prompt: 'Short?' } });
    const forms = decodeShortForms(JSON.parse(JSON.stringify(data.shortForms)));
    expect(withShortForms(data.files[0]!.questions, forms)).toEqual([withShort, tf, plain]);
  });

  it('a bank may not be called short-forms: its file would be served over the short forms', () => {
    expect(() =>
      buildQuestionData([{ id: 'l', title: 'L', track: 'foundations', bank: 'short-forms', questions: [multiple] }]),
    ).toThrow(/cannot be called "short-forms"/);
  });

  it('decodeShortForms refuses what is not a short form, with a ShapeError only', () => {
    const bad: unknown[] = [
      null,
      [],
      'text',
      { m: 'text' },
      { 'Not An Id': { prompt: 'P' } },
      { m: { prompt: '' } },
      { m: { prompt: 'p'.repeat(121) } },
      { m: { prompt: 'P', options: 'a' } },
      { m: { prompt: 'P', options: [1, 2] } },
      {
        m: {
          prompt: 'P',
          options: [
            { id: 'a', text: 'x'.repeat(76) },
            { id: 'b', text: 'y' },
          ],
        },
      },
      { m: { prompt: 'P', options: Array.from({ length: 5 }, (_, i) => ({ id: `o${i}`, text: 'x' })) } },
    ];
    for (const data of bad) expect(() => decodeShortForms(data), JSON.stringify(data)).toThrow(ShapeError);
  });

  it('a damaged form from the file keeps only its question out of the Kahoot file, with the reason', () => {
    const forms = decodeShortForms({
      m: { prompt: 'P', options: [good.options![1], good.options![2]] },
      t: { prompt: 'P', options: [{ id: 'zz', text: 'X' }, good.options![1]] },
    });
    const [m, t] = withShortForms([multiple, { ...multiple, id: 't' } as Question], forms);
    expect(kahootRow(m!)).toEqual({ reason: 'every answer is right' });
    expect(kahootRow(t!)).toEqual({ reason: 'Kahoot needs at least two answers; every answer is right' });
  });
});

describe('a set’s Kahoot file in the browser (loadExporter)', () => {
  const source = {
    slug: 's',
    title: 'S',
    groups: [{ id: 'g', title: 'G', questions: [multiple, { ...trueFalse, prompt: 't'.repeat(130) } as Question] }],
  };
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the short forms first and writes the questions in them', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(JSON.stringify({ m: good, t: { prompt: 'Short?' } }));
    });
    const exporter = await loadExporter('kahoot', {
      timer: 20,
      shortForms: 'https://x/data/questions/short-forms.json',
    });
    const result = exporter(source);
    expect(fetched).toEqual(['https://x/data/questions/short-forms.json']);
    expect(result).toMatchObject({ exported: 2, skipped: [] });
  });

  it('says in plain words when the short forms cannot be loaded or are damaged', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadExporter('kahoot', { shortForms: 'https://x/f.json' })).rejects.toThrow(
      new ExportLoadError('The short wordings Kahoot needs could not be loaded. Check the connection and try again.'),
    );
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ m: { prompt: 42 } })));
    await expect(loadExporter('kahoot', { shortForms: 'https://x/f.json' })).rejects.toThrow(/damaged on this copy/);
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    await expect(loadExporter('kahoot', { shortForms: 'https://x/f.json' })).rejects.toBeInstanceOf(ExportLoadError);
  });
});
