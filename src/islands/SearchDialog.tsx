import { useEffect, useRef, useState } from 'preact/hooks';
import { splitExcerpt, type ExcerptPart } from '../lib/excerpt';

interface Props {
  /** The site's base path; Pagefind's bundle lives at `<base>pagefind/`. */
  base: string;
  /** The button that opened the dialog; focus returns to it. */
  opener: HTMLElement;
  /** Hands the "open" function to the launcher. */
  register: (open: () => void) => void;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface Hit {
  id: string;
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; hits: Hit[] }
  | { kind: 'error'; message: string };

/** How many results are shown for a query. */
const MAX_RESULTS = 8;

let pagefindPromise: Promise<PagefindApi> | undefined;

function loadPagefind(base: string): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 22 });
    await api.init();
    return api;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** The site search: a modal dialog over Pagefind's low-level API, results as you type. */
export function SearchDialog({ base, opener, register }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const open = () => {
      const d = dialog.current;
      if (!d) return;
      if (!d.open) d.showModal();
      input.current?.focus();
      input.current?.select();
      loadPagefind(base).catch(() =>
        setState({ kind: 'error', message: 'Search could not be loaded. Reload the page and try again.' }),
      );
    };
    register(open);
    open();
  }, [base, register]);

  async function run(q: string) {
    const ticket = ++latest.current;
    const trimmed = q.trim();
    if (trimmed === '') {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => (s.kind === 'results' ? s : { kind: 'loading' }));
    try {
      const api = await loadPagefind(base);
      const found = await api.search(trimmed);
      if (ticket !== latest.current || !found) return;
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest.current) return;
      setState({
        kind: 'results',
        query: trimmed,
        hits: data.map((d, i) => ({
          id: found.results[i]?.id ?? String(i),
          url: d.url,
          title: d.meta.title ?? d.url,
          excerpt: splitExcerpt(d.excerpt),
        })),
      });
    } catch {
      if (ticket === latest.current) {
        setState({ kind: 'error', message: 'Search could not be loaded. Reload the page and try again.' });
      }
    }
  }

  function links(): HTMLAnchorElement[] {
    return Array.from(list.current?.querySelectorAll('a') ?? []);
  }

  function onInputKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      // A search field would only clear itself on Escape; here Escape closes the dialog, as everywhere else.
      event.preventDefault();
      dialog.current?.close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    }
  }

  function onListKey(event: KeyboardEvent) {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const go = (i: number) => {
      event.preventDefault();
      all[i]?.focus();
    };
    if (event.key === 'ArrowDown') go(Math.min(at + 1, all.length - 1));
    else if (event.key === 'ArrowUp') {
      if (at === 0) {
        event.preventDefault();
        input.current?.focus();
      } else go(at - 1);
    } else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
  }

  const status =
    state.kind === 'loading'
      ? 'Searching…'
      : state.kind === 'error'
        ? state.message
        : state.kind === 'results'
          ? state.hits.length === 0
            ? `No results for “${state.query}”.`
            : `${state.hits.length} result${state.hits.length === 1 ? '' : 's'} for “${state.query}”.`
          : 'Type to search lessons and the glossary.';

  return (
    <dialog
      ref={dialog}
      class="search-dialog"
      aria-labelledby="search-title"
      onClose={() => opener.focus()}
      onClick={(e) => {
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div class="search-dialog__panel">
        <div class="search-dialog__head">
          <h2 id="search-title">Search the guide</h2>
          <button type="button" class="tool-button" onClick={() => dialog.current?.close()}>
            Close<span class="visually-hidden"> search</span>
          </button>
        </div>
        <label class="visually-hidden" for="search-input">
          Search lessons and glossary
        </label>
        <input
          ref={input}
          id="search-input"
          class="search-dialog__input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder="Search, e.g. error budget"
          aria-describedby="search-status"
          value={query}
          onInput={(e) => {
            const q = (e.target as HTMLInputElement).value;
            setQuery(q);
            void run(q);
          }}
          onKeyDown={onInputKey}
        />
        <p id="search-status" class="search-dialog__status" role="status" aria-live="polite">
          {status}
        </p>
        {state.kind === 'results' && state.hits.length > 0 && (
          <ul ref={list} class="search-results" aria-label="Search results" onKeyDown={onListKey}>
            {state.hits.map((hit) => (
              <li key={hit.id}>
                <a href={hit.url}>
                  <span class="search-results__title">{hit.title}</span>
                  <span class="search-results__excerpt">
                    {hit.excerpt.map((p, i) =>
                      p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                    )}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
        <p class="search-dialog__hint" aria-hidden="true">
          ↓ ↑ to move, Enter to open, Esc to close
        </p>
      </div>
    </dialog>
  );
}
