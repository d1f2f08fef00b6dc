import { render } from 'preact';
import { SearchDialog } from './SearchDialog';

let open: (() => void) | undefined;

/** Renders the search dialog on first use (it opens itself once mounted); later calls reopen it. */
export function mountSearch(root: HTMLElement, base: string, opener: HTMLElement): void {
  if (open) {
    open();
    return;
  }
  render(<SearchDialog base={base} opener={opener} register={(fn) => (open = fn)} />, root);
}
