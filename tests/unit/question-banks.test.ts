/**
 * Loading the question index and banks through a fake `fetch` that serves the real built files, or breaks
 * them: the loader fetches only what is asked for, once, and turns every failure into a per-bank problem.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bankProblemMessage, indexProblemMessage, questionBanks, type Fetch } from '../../src/lib/question-banks';
import { banksOf, indexLookup, knownContent } from '../../src/lib/question-index';
import { realQuestionData } from './real-question-data';

const real = realQuestionData();
const INDEX = '/guide/data/questions/index.json';
const fileUrl = (bankId: string) => `/guide/data/questions/${bankId}.json`;

type Answer = { status: number; body: string } | 'offline';

/** A fake site serving the real files, with `override` answers for some URLs; records every request. */
function site(override: Record<string, Answer> = {}) {
  const requests: string[] = [];
  const files = new Map<string, Answer>([
    [INDEX, { status: 200, body: JSON.stringify(real.index) }],
    ...real.files.map((f) => [fileUrl(f.id), { status: 200, body: JSON.stringify(f) }] as const),
  ]);
  const fetchFn: Fetch = (url) => {
    requests.push(url);
    const answer = override[url] ?? files.get(url) ?? { status: 404, body: 'Not found' };
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({
      ok: answer.status === 200,
      json: () => Promise.resolve().then(() => JSON.parse(answer.body)),
    });
  };
  return { fetchFn, requests };
}

const [first, second, third] = real.index.banks;

describe('question bank loader', () => {
  it('fetches the index, then only the banks asked for, each once', async () => {
    const { fetchFn, requests } = site();
    const loader = questionBanks(INDEX, fetchFn);
    const loaded = await loader.loadBanks([first!.id, second!.id, first!.id]);
    expect([...loaded.keys()]).toEqual([first!.id, second!.id]);
    expect(loaded.get(first!.id)).toEqual({ ok: true, bank: real.files[0] });
    expect(requests.sort()).toEqual([INDEX, fileUrl(first!.id), fileUrl(second!.id)].sort());
    await loader.loadBanks([second!.id]);
    await loader.loadIndex();
    expect(requests).toHaveLength(3);
  });

  it('reports each bank on its own: junk, a 404, offline and a stale file fail alone', async () => {
    const stale = { ...real.files[2], questions: real.files[2]!.questions.slice(1) };
    const { fetchFn } = site({
      [fileUrl(first!.id)]: { status: 200, body: '<html>oops</html>' },
      [fileUrl(second!.id)]: 'offline',
      [fileUrl(third!.id)]: { status: 200, body: JSON.stringify(stale) },
    });
    const loaded = await questionBanks(INDEX, fetchFn).loadBanks([
      first!.id,
      second!.id,
      third!.id,
      real.files[3]!.id,
      'nope',
    ]);
    expect(Object.fromEntries([...loaded].map(([id, r]) => [id, r.ok ? 'ok' : r.problem]))).toEqual({
      [first!.id]: 'unreadable',
      [second!.id]: 'unreachable',
      [third!.id]: 'unreadable',
      [real.files[3]!.id]: 'ok',
      nope: 'unknown',
    });
  });

  it('a missing or damaged index fails every bank with the index problem', async () => {
    for (const [answer, problem] of [
      ['offline', 'unreachable'],
      [{ status: 404, body: 'gone' }, 'unreadable'],
      [{ status: 200, body: '{"lessons":[]}' }, 'unreadable'],
    ] as const) {
      const loader = questionBanks(INDEX, site({ [INDEX]: answer }).fetchFn);
      expect(await loader.loadIndex()).toEqual({ ok: false, problem });
      expect((await loader.loadBanks([first!.id])).get(first!.id)).toEqual({ ok: false, problem });
    }
  });

  test.prop([fc.string({ maxLength: 300 }), fc.constantFrom(200, 404, 500)])(
    'never rejects, whatever a bank file holds',
    async (body, status) => {
      const loader = questionBanks(INDEX, site({ [fileUrl(first!.id)]: { status, body } }).fetchFn);
      const r = (await loader.loadBanks([first!.id])).get(first!.id)!;
      expect(r.ok).toBe(false);
    },
  );

  it('says in words which lesson’s questions could not be used', () => {
    expect(bankProblemMessage('Error budgets', 'unreadable')).toBe(
      'The questions for ‘Error budgets’ could not be read; reload the page to get the latest version.',
    );
    expect(bankProblemMessage('Error budgets', 'unreachable')).toContain('Check your connection');
    expect(indexProblemMessage('unreachable')).toContain('Check your connection');
  });
});

describe('index lookups', () => {
  const lookup = indexLookup(real.index);

  it('places every question in its lesson and bank', () => {
    for (const lesson of real.index.lessons) {
      const bank = real.index.banks.find((b) => b.id === lesson.bank)!;
      for (const q of bank.questions) {
        expect(lookup.lessonOfQuestion.get(q)).toBe(lesson.id);
        expect(lookup.bankOfQuestion.get(q)).toBe(bank.id);
      }
      expect(lookup.bankTitle.get(bank.id)).toBe(lesson.title);
    }
  });

  it('names the banks of a set of questions once each, skipping unknown ids', () => {
    const ids = [second!.questions[0]!, first!.questions[1]!, 'gone', second!.questions[1]!];
    expect(banksOf(lookup, ids)).toEqual([second!.id, first!.id]);
  });

  it('gives the progress import every lesson with its title and every question with its lesson', () => {
    const known = knownContent(real.index);
    expect(known.lessons.size).toBe(real.index.lessons.length);
    expect(known.questions.size).toBe(real.index.banks.reduce((n, b) => n + b.questions.length, 0));
  });
});
