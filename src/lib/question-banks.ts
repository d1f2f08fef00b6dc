/**
 * Fetching the question index and question banks, each checked before use. Used by practice (the banks with
 * questions due) and by the progress import (the index alone); a classroom set will load its banks the same
 * way. `fetch` is passed in so that tests can serve any answer, including a broken one.
 */
import type { QuestionBankFile, QuestionIndex } from './question-data';
import { decodeQuestionBankFile, decodeQuestionIndex } from './question-file';

/**
 * Why a file could not be used: `unreachable` when the request failed (offline); `unreadable` when the site
 * answered with something that is not the expected file (damaged, or stale after a deploy); `unknown` when the
 * index lists no such bank.
 */
export type LoadProblem = 'unreachable' | 'unreadable' | 'unknown';

export type IndexLoad = { ok: true; index: QuestionIndex } | { ok: false; problem: LoadProblem };
export type BankLoad = { ok: true; bank: QuestionBankFile } | { ok: false; problem: LoadProblem };

/** The part of `fetch` used here. */
export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'json'>>;

export interface QuestionBanks {
  /** The index, fetched once per loader. */
  loadIndex(): Promise<IndexLoad>;
  /** The given banks, fetched in parallel, each at most once per loader; one result per bank id asked for. */
  loadBanks(bankIds: readonly string[]): Promise<Map<string, BankLoad>>;
}

/** Fetches JSON; never rejects. */
async function fetchJson(
  fetchFn: Fetch,
  url: string,
): Promise<{ ok: true; data: unknown } | { ok: false; problem: LoadProblem }> {
  let response: Pick<Response, 'ok' | 'json'>;
  try {
    response = await fetchFn(url);
  } catch {
    return { ok: false, problem: 'unreachable' };
  }
  // Any answer but the file (a 404 once a deploy removed it, an error page) calls for the latest version.
  if (!response.ok) return { ok: false, problem: 'unreadable' };
  try {
    return { ok: true, data: (await response.json()) as unknown };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

/**
 * A loader for the index at `indexUrl` and the bank files next to it. Every result is memoised, failures too:
 * a page that could not read a file says so and asks for a reload, rather than retrying in a loop.
 */
export function questionBanks(indexUrl: string, fetchFn: Fetch = (url) => fetch(url)): QuestionBanks {
  const folder = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1);
  let index: Promise<IndexLoad> | undefined;
  const banks = new Map<string, Promise<BankLoad>>();

  const loadIndex = () =>
    (index ??= fetchJson(fetchFn, indexUrl).then((r): IndexLoad => {
      if (!r.ok) return r;
      const decoded = decodeQuestionIndex(r.data);
      return decoded.ok ? { ok: true, index: decoded.value } : { ok: false, problem: 'unreadable' };
    }));

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
