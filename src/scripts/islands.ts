/**
 * The site's island loader, in place of Astro's island runtime (1.8 KB gzip inlined into every page with an
 * island): each `[data-island]` element holds its props as JSON and its server-rendered HTML; when it
 * comes near the viewport, Preact and the island's code load and hydrate it. Nothing loads for islands never seen.
 */
import type { mountIsland as MountIsland } from './island-mount';
import { ISLANDS, type IslandName } from './island-registry';

/** Any island's component, as the mount function takes it (each island declares its own props). */
type AnyIsland = Parameters<typeof MountIsland>[0];

async function hydrateIsland(el: HTMLElement): Promise<void> {
  const load = ISLANDS[el.dataset['island'] as IslandName];
  const root = el.querySelector<HTMLElement>(':scope > [data-island-root]');
  const json = el.querySelector(':scope > script')?.textContent;
  if (!load || !root || !json) return;
  const [{ mountIsland }, island] = await Promise.all([import('./island-mount'), load()]);
  mountIsland(island.default as unknown as AnyIsland, JSON.parse(json) as object, root);
  // A mark for tests that photograph settled pages (tests/visual).
  el.dataset['hydrated'] = '';
}

const islands = document.querySelectorAll<HTMLElement>('[data-island]');
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void hydrateIsland(entry.target as HTMLElement);
    }
  },
  // Start a little before the island scrolls into view, so it is ready when it gets there.
  { rootMargin: '200px' },
);
for (const el of islands) observer.observe(el);
