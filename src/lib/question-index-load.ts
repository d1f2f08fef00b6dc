/**
 * Fetching the question index alone, checked before use. Kept apart from the bank loader (question-banks.ts) so
 * that a page that needs only the index, the progress import, does not download the bank decoder.
 */
import type { QuestionIndex } from './question-data';
import { decodeQuestionIndex } from './question-file';

/**
 * Why a file could not be used: `unreachable` when the request failed (offline); `unreadable` when the site
 * answered with something that is not the expected file (damaged, or stale after a deploy); `unknown` when the
 * index lists no such bank.
 */
export type LoadProblem = 'unreachable' | 'unreadable' | 'unknown';

export type IndexLoad = { ok: true; index: QuestionIndex } | { ok: false; problem: LoadProblem };

/** The part of `fetch` used here. */
export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'json'>>;

/** Fetches JSON; never rejects. */
export async function fetchJson(
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

/** Fetches and checks the question index at `indexUrl`; never rejects. */
export async function loadQuestionIndex(indexUrl: string, fetchFn: Fetch = (url) => fetch(url)): Promise<IndexLoad> {
  const r = await fetchJson(fetchFn, indexUrl);
  if (!r.ok) return r;
  const decoded = decodeQuestionIndex(r.data);
  return decoded.ok ? { ok: true, index: decoded.value } : { ok: false, problem: 'unreadable' };
}
