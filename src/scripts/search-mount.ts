/**
 * Search, loaded on demand by the header script (`site.ts`): its stylesheet, Pagefind and the dialog. Nothing
 * here runs until a person reaches for search: hovering or focusing the button warms it, clicking or "/"
 * opens it.
 */
import searchStylesheet from '../styles/search.css?url';
import { createSearchDialog, type SearchDialog } from './search-dialog';
import { loadPagefind } from './search-pagefind';

let styles: Promise<void> | undefined;
let dialog: SearchDialog | undefined;

/**
 * Adds the search stylesheet once. A module loaded with import() does not bring its CSS along in this build
 * (the preload helper is replaced, see astro.config.mjs), so it is linked here. Resolves when it has loaded,
 * or failed: an unstyled dialog still works, so a failure does not stop search.
 */
function loadStyles(): Promise<void> {
  styles ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = searchStylesheet;
    link.addEventListener('load', () => done());
    link.addEventListener('error', () => done());
    document.head.append(link);
  });
  return styles;
}

/** Starts loading what search needs (stylesheet, Pagefind's script, index metadata and wasm) before it opens. */
export function warmSearch(base: string): void {
  void loadStyles();
  // A failure here is reported when search opens, which tries again.
  loadPagefind(base).catch(() => undefined);
}

/** Opens the search dialog, building it on first use; focus returns to `opener` when it closes. */
export async function openSearch(root: HTMLElement, base: string, opener: HTMLElement): Promise<void> {
  warmSearch(base);
  await loadStyles();
  dialog ??= createSearchDialog(root, base, opener);
  dialog.open();
}
