/**
 * Pagefind's low-level API, loaded once. `pagefind.js` lives in the built site (`<base>pagefind/`), not in the
 * bundle, so it is imported by URL at run time.
 */

import type { PagefindSubResult } from './search-best';

/** What Pagefind returns for one result once its fragment is loaded. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** The page's sections (one per heading or term with an id), each with its own URL and excerpt. */
  sub_results?: PagefindSubResult[];
}

/** One search result; `data()` fetches its fragment (a file per page), so call it only for results shown. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Words of excerpt around the best match: two or three lines in the dialog. */
const EXCERPT_WORDS = 22;

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind and initialises it (its script, the index metadata and the wasm), once per page. Called when
 * the search button is hovered or focused, so that the work is done before the first key. A failed load is
 * forgotten, so the next attempt tries again.
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    // On the main thread: Pagefind's worker script would add 12 KB gzip and a request to opening search, and a
    // search takes a few milliseconds even at 1,000 lessons (`npm run bench:search`), too little to need a thread.
    await api.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
