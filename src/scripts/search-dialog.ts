/**
 * The site search: a modal dialog over Pagefind's low-level API, with results as you type. Plain DOM, no
 * framework: a reading page has none loaded, and this dialog is small enough not to need one.
 */
import { splitExcerpt } from '../lib/excerpt';
import { bestHit } from './search-best';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './search-pagefind';
import { queryWasCut, resultsStatus, resultsThatFit, searchableQuery } from './search-status';

const IDLE = 'Type to search lessons and the glossary.';
const FAILED = 'Search could not be loaded. Reload the page and try again.';

/** Creates an element with attributes and children (text is always set as text, never parsed as HTML). */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * One result as a list item: a link to the heading or term that matched (not the top of its page), holding the
 * page's title, that heading, and an excerpt of its section with the matches marked.
 */
function resultItem(data: PagefindResultData): HTMLElement {
  const hit = bestHit(data);
  const excerpt = el('span', { class: 'search-results__excerpt' });
  for (const part of splitExcerpt(hit.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  const title = el('span', { class: 'search-results__title' }, hit.title);
  if (hit.heading !== undefined) {
    // "Error budgets › Burn rate" on screen; a screen reader hears "Error budgets, Burn rate", not the glyph's name.
    title.append(
      el('span', { 'aria-hidden': 'true' }, ' › '),
      el('span', { class: 'visually-hidden' }, ', '),
      el('span', { class: 'search-results__heading' }, hit.heading),
    );
  }
  return el('li', {}, el('a', { href: hit.url }, title, excerpt));
}

/** The dialog, built once per page; `open()` shows it with the field focused. */
export interface SearchDialog {
  open(): void;
}

/**
 * Builds the dialog into `root`. `base` is the site's base path (Pagefind lives at `<base>pagefind/`); focus
 * returns to `opener` when the dialog closes.
 */
export function createSearchDialog(root: HTMLElement, base: string, opener: HTMLElement): SearchDialog {
  const title = el('h2', { id: 'search-title' }, 'Search the guide');
  const close = el(
    'button',
    { type: 'button', class: 'tool-button' },
    'Close',
    el('span', { class: 'visually-hidden' }, ' search'),
  );
  const input = el('input', {
    id: 'search-input',
    class: 'search-dialog__input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search, e.g. error budget',
    'aria-describedby': 'search-status',
  }) as HTMLInputElement;
  // The one live region: counts and a short quote of the query, never the query at any length.
  const status = el(
    'p',
    { id: 'search-status', class: 'search-dialog__status', role: 'status', 'aria-live': 'polite' },
    IDLE,
  );
  const list = el('ul', { class: 'search-results', 'aria-label': 'Search results', hidden: '' });
  const more = el(
    'button',
    { type: 'button', class: 'button button--quiet search-results__more', hidden: '' },
    'More results',
  );
  const dialog = el(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-title' },
    el(
      'div',
      { class: 'search-dialog__panel' },
      el('div', { class: 'search-dialog__head' }, title, close),
      el('label', { class: 'visually-hidden', for: 'search-input' }, 'Search lessons and glossary'),
      input,
      status,
      list,
      more,
      el('p', { class: 'search-dialog__hint', 'aria-hidden': 'true' }, '↓ ↑ to move, Enter to open, Esc to close'),
    ),
  ) as HTMLDialogElement;
  root.append(dialog);

  /** The search whose results are (or will be) on screen; an older one that finishes late is dropped. */
  let ticket = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let query = '';
  let cutQuery = false;
  /** The Pagefind search in flight. Pagefind runs one at a time, so a queue of stale searches would only delay the last. */
  let searching: Promise<unknown> = Promise.resolve();

  const links = () => Array.from(list.querySelectorAll('a'));
  const fail = () => {
    status.textContent = FAILED;
  };

  /**
   * Fetches the fragments of the next `count` results (only these: each is a request) and appends them.
   * Returns the first new link, or null when a newer search took over meanwhile.
   */
  async function showMore(count: number, mine: number): Promise<HTMLAnchorElement | null> {
    const next = results.slice(shown, shown + count);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== ticket) return null;
    const first = list.children.length;
    list.append(...data.map(resultItem));
    shown += data.length;
    more.hidden = shown >= results.length;
    status.textContent = resultsStatus(results.length, shown, query, cutQuery);
    return list.children[first]?.querySelector('a') ?? null;
  }

  async function search(raw: string) {
    const mine = ++ticket;
    const q = searchableQuery(raw);
    if (q === '') {
      list.hidden = more.hidden = true;
      list.replaceChildren();
      status.textContent = IDLE;
      return;
    }
    // Earlier results stay on screen while the next arrive, so the list does not flicker as you type.
    if (list.hidden) status.textContent = 'Searching…';
    try {
      const api = await loadPagefind(base);
      await searching;
      // A newer query arrived meanwhile: it runs instead of this one.
      if (mine !== ticket) return;
      const run = api.search(q);
      searching = run.catch(() => undefined);
      const found = await run;
      if (mine !== ticket || !found) return;
      const page = resultsThatFit(window.innerHeight);
      const data = await Promise.all(found.results.slice(0, page).map((r) => r.data()));
      if (mine !== ticket) return;
      results = found.results;
      shown = data.length;
      query = q;
      cutQuery = queryWasCut(raw);
      list.replaceChildren(...data.map(resultItem));
      list.dataset['query'] = q;
      list.hidden = shown === 0;
      more.hidden = shown >= results.length;
      status.textContent = resultsStatus(results.length, shown, q, cutQuery);
    } catch {
      if (mine === ticket) fail();
    }
  }

  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // A search field would only clear itself on Escape; here Escape closes the dialog, as everywhere else.
      event.preventDefault();
      dialog.close();
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
  });
  list.addEventListener('keydown', (event) => {
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
        input.focus();
      } else go(at - 1);
    } else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
  });
  more.addEventListener('click', () => {
    // Focus moves to the first new result, so a keyboard or screen reader user carries on from there. The
    // ticket is the search on screen: if a newer one is under way, its results are about to replace these.
    showMore(resultsThatFit(window.innerHeight), ticket).then((first) => first?.focus(), fail);
  });
  /** True while the dialog closes to follow a link within this page: focus must not go back to the opener. */
  let followingLink = false;
  list.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    const to = new URL(link.href);
    // A hit on this very page (a glossary term from the glossary) only changes the hash: the browser would scroll
    // behind the open modal, and returning focus to the opener afterwards could scroll back. So the dialog
    // closes first, then the hash changes, which scrolls to the heading or term last.
    if (to.pathname === location.pathname && to.search === location.search) {
      event.preventDefault();
      followingLink = true;
      dialog.close();
      location.href = link.href;
    }
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (followingLink) followingLink = false;
    else opener.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  return {
    open() {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      loadPagefind(base).catch(fail);
    },
  };
}
