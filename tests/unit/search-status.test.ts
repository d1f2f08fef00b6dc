import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ANNOUNCED_QUERY_CHARS,
  MAX_QUERY_CHARS,
  queryWasCut,
  resultsStatus,
  resultsThatFit,
  searchableQuery,
} from '../../src/scripts/search-status';

describe('search status', () => {
  it('says how many results there are and how many are shown', () => {
    expect(resultsStatus(0, 0, 'zzqxv')).toBe('No results for “zzqxv”.');
    expect(resultsStatus(1, 1, 'toil')).toBe('1 result for “toil”.');
    expect(resultsStatus(5, 5, 'toil')).toBe('5 results for “toil”.');
    expect(resultsStatus(23, 5, 'error budget')).toBe('23 results for “error budget”. Showing 5.');
  });

  it('quotes a long query only in part, and says when the searched text was cut', () => {
    const long = 'error budget '.repeat(8_000);
    const said = resultsStatus(12, 5, searchableQuery(long), queryWasCut(long));
    expect(said).toBe(
      `12 results for “${'error budget '.repeat(4).slice(0, ANNOUNCED_QUERY_CHARS - 1)}…”. Showing 5. Only the first 200 characters were searched.`,
    );
  });

  prop.prop([fc.string({ maxLength: 5_000 }), fc.nat(10_000), fc.nat(10_000)])(
    'never announces more than a short, fixed length, whatever the query',
    (raw, found, shown) => {
      const said = resultsStatus(found, Math.min(shown, found), searchableQuery(raw), queryWasCut(raw));
      expect(Array.from(said).length).toBeLessThanOrEqual(ANNOUNCED_QUERY_CHARS + 90);
    },
  );

  prop.prop([fc.string({ unit: 'grapheme', maxLength: 400 })])(
    'searches at most MAX_QUERY_CHARS characters, trimmed, without splitting a character',
    (raw) => {
      const q = searchableQuery(raw);
      expect(Array.from(q).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      expect(q).toBe(q.trim());
      expect(q).not.toMatch(/[\uD800-\uDBFF]$/);
    },
  );

  it('collapses runs of whitespace and ignores a blank query', () => {
    expect(searchableQuery('  error \n\t budget  ')).toBe('error budget');
    expect(searchableQuery(' \n ')).toBe('');
    expect(queryWasCut('a'.repeat(MAX_QUERY_CHARS))).toBe(false);
    expect(queryWasCut('a'.repeat(MAX_QUERY_CHARS + 1))).toBe(true);
  });

  it('fetches a first page that fits the dialog: at least 3, and no more on a screen taller than the dialog', () => {
    expect(resultsThatFit(400)).toBe(3);
    expect(resultsThatFit(600)).toBe(4);
    expect(resultsThatFit(720)).toBe(5);
    // The dialog is at most 40rem tall, so a taller screen shows no more results.
    expect(resultsThatFit(2000)).toBe(resultsThatFit(720));
  });
});
