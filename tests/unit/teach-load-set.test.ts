/**
 * Loading a set's questions (src/lib/teach/load-set.ts) through a fake `fetch` serving the site's real question
 * files: the set's order is kept, only the banks it needs are fetched, a key this build lacks is named by position
 * and key, and a file that cannot be read gives a message instead of a partial set.
 */
import { describe, expect, it } from 'vitest';
import { questionBanks, type Fetch } from '../../src/lib/question-banks';
import { loadSetQuestions } from '../../src/lib/teach/load-set';
import { questionKey } from '../../src/lib/teach/question-key';
import type { QuizSet } from '../../src/lib/teach/set-link';
import { realQuestionData } from './real-question-data';

const real = realQuestionData();
const INDEX = '/data/questions/index.json';

/** A fake site serving the real files; `broken` bank ids answer 404; records every request. */
function site(broken: string[] = [], offline = false) {
  const requests: string[] = [];
  const fetchFn: Fetch = (url) => {
    requests.push(url);
    if (offline) return Promise.reject(new TypeError('Failed to fetch'));
    const bank = real.files.find((f) => url === `/data/questions/${f.id}.json`);
    const body = url === INDEX ? real.index : bank && !broken.includes(bank.id) ? bank : undefined;
    return Promise.resolve({ ok: body !== undefined, json: () => Promise.resolve(body) });
  };
  return { banks: questionBanks(INDEX, fetchFn), requests };
}

const set = (ids: string[]): QuizSet => ({
  version: 1,
  seed: 7,
  timer: 30,
  feedback: 'end',
  keys: ids.map(questionKey),
});
const [first, second] = real.files;
const picked = [second!.questions[1]!.id, first!.questions[0]!.id, second!.questions[0]!.id];

describe('loading a set', () => {
  it('gives the questions in the set’s order, with their lessons, fetching only their banks', async () => {
    const { banks, requests } = site();
    const loaded = await loadSetQuestions(set(picked), banks);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.questions.map((q) => q.id)).toEqual(picked);
    expect(loaded.missing).toEqual([]);
    const lesson = real.index.lessons.find((l) => l.bank === second!.id)!;
    expect(loaded.lessonOf.get(picked[0]!)).toEqual({ id: lesson.id, title: lesson.title });
    expect(requests.sort()).toEqual(
      [INDEX, `/data/questions/${first!.id}.json`, `/data/questions/${second!.id}.json`].sort(),
    );
  });

  it('names a key this build does not know by its position, and loads the rest', async () => {
    const s = set(picked);
    s.keys.splice(1, 0, 'ZZZZZ');
    const loaded = await loadSetQuestions(s, site().banks);
    expect(loaded).toMatchObject({ ok: true, missing: [{ position: 2, key: 'ZZZZZ' }] });
    if (loaded.ok) expect(loaded.questions.map((q) => q.id)).toEqual(picked);
  });

  it('says which lesson’s questions could not be read, and gives no partial set', async () => {
    const loaded = await loadSetQuestions(set(picked), site([first!.id]).banks);
    const title = real.index.lessons.find((l) => l.bank === first!.id)!.title;
    expect(loaded).toEqual({ ok: false, message: expect.stringContaining(title) as unknown as string });
  });

  it('says so when offline', async () => {
    const loaded = await loadSetQuestions(set(picked), site([], true).banks);
    expect(loaded).toEqual({ ok: false, message: expect.stringContaining('connection') as unknown as string });
  });
});
