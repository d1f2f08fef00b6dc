import { describe, expect, it } from 'vitest';
import { bestHit, type PagefindSubResult } from '../../src/scripts/search-best';

const at = (location: number, balanced_score = 1) => ({ location, balanced_score });

/** The text above the first heading: no anchor, the page's own URL and title. */
const intro = (...locations: ReturnType<typeof at>[]): PagefindSubResult => ({
  title: 'Error budgets',
  url: '/learn/error-budgets/',
  excerpt: 'intro',
  weighted_locations: locations,
});

const section = (id: string, text: string, location: number, ...locations: ReturnType<typeof at>[]) => ({
  title: text,
  url: `/learn/error-budgets/#${id}`,
  excerpt: `<mark>${text}</mark> section`,
  anchor: { id, text, location },
  weighted_locations: locations,
});

const page = (sub_results?: PagefindSubResult[]) => ({
  url: '/learn/error-budgets/',
  excerpt: 'page excerpt',
  meta: { title: 'Error budgets' },
  ...(sub_results ? { sub_results } : {}),
});

describe('bestHit', () => {
  it('opens at the section whose heading matched, even when another section has more matches', () => {
    const hit = bestHit(
      page([
        intro(at(3)),
        section('what-the-budget-is', 'What the budget is', 100, at(120, 5), at(130, 5), at(140, 5)),
        section('burn-rate', 'Burn rate', 500, at(500, 2), at(501, 2), at(520, 1)),
      ]),
    );
    expect(hit).toEqual({
      url: '/learn/error-budgets/#burn-rate',
      title: 'Error budgets',
      heading: 'Burn rate',
      excerpt: '<mark>Burn rate</mark> section',
    });
  });

  it('otherwise opens at the section with the most relevant matches', () => {
    const hit = bestHit(
      page([
        intro(at(3, 0.5)),
        section('a', 'First', 100, at(120, 1)),
        section('b', 'Second', 200, at(220, 2), at(230, 2)),
      ]),
    );
    expect(hit.url).toBe('/learn/error-budgets/#b');
    expect(hit.heading).toBe('Second');
  });

  it('counts a match on a glossary term (a several-word anchor) as naming it, but not the text after it', () => {
    const sub = (id: string, text: string, location: number, ...l: ReturnType<typeof at>[]) => ({
      ...section(id, text, location, ...l),
      url: `/glossary/#${id}`,
    });
    const glossary = {
      url: '/glossary/',
      excerpt: '',
      meta: { title: 'Glossary' },
      sub_results: [
        sub('automation', 'Automation', 10, at(14, 3), at(16, 3)),
        sub('load-shedding', 'Load shedding', 40, at(41, 1)),
      ],
    };
    expect(bestHit(glossary).url).toBe('/glossary/#load-shedding');
    // A match just past the term's words is in its definition, which does not name it.
    glossary.sub_results[1] = sub('load-shedding', 'Load shedding', 40, at(42, 1));
    expect(bestHit(glossary).url).toBe('/glossary/#automation');
  });

  it('opens at the top of the page when the best matches come before the first heading', () => {
    const hit = bestHit(page([intro(at(3, 4)), section('a', 'First', 100, at(120, 1))]));
    expect(hit).toEqual({ url: '/learn/error-budgets/', title: 'Error budgets', heading: undefined, excerpt: 'intro' });
  });

  it('falls back to the page when Pagefind gives no sections, and ties go to the earlier section', () => {
    expect(bestHit(page())).toEqual({
      url: '/learn/error-budgets/',
      title: 'Error budgets',
      heading: undefined,
      excerpt: 'page excerpt',
    });
    expect(bestHit(page([section('a', 'First', 10, at(12)), section('b', 'Second', 20, at(22))])).url).toBe(
      '/learn/error-budgets/#a',
    );
  });

  it('uses the URL as the title when a page has none', () => {
    expect(bestHit({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });
});
