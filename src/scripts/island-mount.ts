import { h, hydrate, type ComponentType } from 'preact';

/** Hydrates an island's server-rendered HTML with its component and props (loaded with the island's code). */
export function mountIsland(component: ComponentType<Record<string, unknown>>, props: object, root: HTMLElement): void {
  hydrate(h(component, props as Record<string, unknown>), root);
}
