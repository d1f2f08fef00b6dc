/**
 * Hydrates the page's island (`src/components/PageIsland.astro`) with `component` at once: for app pages whose
 * island is the page, so there is nothing to wait for. Marks it `data-hydrated` when done, as the island loader
 * does, for tests that wait for a settled page. (It calls Preact itself rather than the loader's island-mount
 * module: a module both imported and loaded on demand costs every lesson a namespace helper.)
 */
import { h, hydrate, type ComponentType } from 'preact';

/** Hydrates the `[data-page-island]` element named `name` with `component` and the props beside it. */
export function hydratePage<P extends object>(name: string, component: ComponentType<P>): void {
  const el = document.querySelector<HTMLElement>(`[data-page-island="${name}"]`);
  const root = el?.querySelector<HTMLElement>(':scope > [data-island-root]');
  const json = el?.querySelector(':scope > script')?.textContent;
  if (!el || !root || !json) return;
  // The props are the ones the build rendered the component with, written beside it by PageIsland.astro.
  hydrate(h(component, JSON.parse(json) as P), root);
  el.dataset['hydrated'] = '';
}
