/**
 * Fetching the question index and question banks, each checked before use. Used by practice (the banks with
 * questions due; the progress import loads the index alone, with question-index-load.ts); a classroom set will load its banks the same
 * way. `fetch` is passed in so that tests can serve any answer, including a broken one.
 */
import type { QuestionBankFile } from './question-data';
import { decodeQuestionBankFile } from './question-file';
import { fetchJson, loadQuestionIndex, type Fetch, type IndexLoad, type LoadProblem } from './question-index-load';

export type { Fetch, IndexLoad, LoadProblem } from './question-index-load';

export type BankLoad = { ok: true; bank: QuestionBankFile } | { ok: false; problem: LoadProblem };

export interface QuestionBanks {
  /** The index, fetched once per loader. */
  loadIndex(): Promise<IndexLoad>;
  /** The given banks, fetched in parallel, each at most once per loader; one result per bank id asked for. */
  loadBanks(bankIds: readonly string[]): Promise<Map<string, BankLoad>>;
}

/**
 * A loader for the index at `indexUrl` and the bank files next to it. Every result is memoised, failures too:
 * a page that could not read a file says so and asks for a reload, rather than retrying in a loop.
 */
export function questionBanks(indexUrl: string, fetchFn: Fetch = (url) => fetch(url)): QuestionBanks {
  const folder = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  let index: Promise<IndexLoad> | undefined;
  const banks = new Map<string, Promise<BankLoad>>();

  const loadIndex = () => (index ??= loadQuestionIndex(indexUrl, fetchFn));

  const loadBank = async (bankId: string): Promise<BankLoad> => {
    const i = await loadIndex();
    if (!i.ok) return i;
    const entry = i.index.banks.find((b) => b.id === bankId);
    if (!entry) return { ok: false, problem: 'unknown' };
    const r = await fetchJson(fetchFn, folder + entry.file);
    if (!r.ok) return r;
    const decoded = decodeQuestionBankFile(r.data, entry);
    return decoded.ok ? { ok: true, bank: decoded.value } : { ok: false, problem: 'unreadable' };
  };

  return {
    loadIndex,
    async loadBanks(bankIds) {
      const ids = [...new Set(bankIds)];
      for (const id of ids) if (!banks.has(id)) banks.set(id, loadBank(id));
      const results = await Promise.all(ids.map((id) => banks.get(id)!));
      return new Map(ids.map((id, i) => [id, results[i]!]));
    },
  };
}

/** What to tell the learner when the index could not be used. */
export function indexProblemMessage(problem: LoadProblem): string {
  return problem === 'unreachable'
    ? 'The questions could not be loaded. Check your connection and reload the page.'
    : 'The list of questions could not be read; reload the page to get the latest version.';
}

/** What to tell the learner when one bank could not be used; `title` is the lesson the bank belongs to. */
export function bankProblemMessage(title: string, problem: LoadProblem): string {
  return problem === 'unreachable'
    ? `The questions for ‘${title}’ could not be loaded. Check your connection and reload the page.`
    : `The questions for ‘${title}’ could not be read; reload the page to get the latest version.`;
}
