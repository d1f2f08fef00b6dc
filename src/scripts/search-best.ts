/**
 * Which part of a page a search hit should open at. Pagefind splits each result into sub-results, one per
 * heading with an id (and per element marked `data-pagefind-title`, as glossary terms are), each with its own
 * URL (`page/#id`), excerpt and matches. A pure function, so it is unit-tested without Pagefind.
 */

/** One match in a page: its word position and Pagefind's score for it. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/** The heading or term a sub-result starts at (absent for the text before the page's first heading). */
export interface SubResultAnchor {
  id: string;
  text: string;
  location: number;
}

/** One section of a result, as Pagefind 1.6 returns it. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: SubResultAnchor;
  weighted_locations: WeightedLocation[];
}

/** Where a hit links to, and what it shows. */
export interface SearchHit {
  url: string;
  /** The page's title. */
  title: string;
  /** The heading or term the link opens at, or undefined when it opens at the top of the page. */
  heading: string | undefined;
  excerpt: string;
}

/** True when a match falls on the words of the heading (or term) itself, not in the text under it. */
function inHeading(anchor: SubResultAnchor, at: number): boolean {
  const words = anchor.text.split(/\s+/).filter(Boolean).length || 1;
  return at >= anchor.location && at < anchor.location + words;
}

/** A section's relevance: Pagefind's scores of its matches, summed. */
function score(sub: PagefindSubResult): number {
  return sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
}

/**
 * The hit for one result: the section whose heading (or glossary term) matched the query, or failing that the
 * section with the most relevant matches; the page itself when it has no sections. Ties go to the earlier
 * section, nearer the top of the page.
 */
export function bestHit(page: {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}): SearchHit {
  const title = page.meta.title ?? page.url;
  let best: PagefindSubResult | undefined;
  let bestRank: [number, number] = [-1, -1];
  for (const sub of page.sub_results ?? []) {
    const { anchor } = sub;
    const named = anchor && sub.weighted_locations.some((w) => inHeading(anchor, w.location)) ? 1 : 0;
    const rank: [number, number] = [named, score(sub)];
    if (rank[0] > bestRank[0] || (rank[0] === bestRank[0] && rank[1] > bestRank[1])) {
      best = sub;
      bestRank = rank;
    }
  }
  if (!best) return { url: page.url, title, heading: undefined, excerpt: page.excerpt };
  // The text above the first heading has no anchor: it opens the page at the top, under the page's own title.
  const heading = best.anchor && best.title !== title ? best.title : undefined;
  return { url: best.url, title, heading, excerpt: best.excerpt };
}
