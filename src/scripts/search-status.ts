/**
 * What the search dialog says, as plain functions: the query it searches, the words its one live region
 * announces, and how many results fit on screen (only those have their text fetched).
 */

/** Longest query handed to Pagefind, in characters; the rest of a pasted text is ignored, and the status says so. */
export const MAX_QUERY_CHARS = 200;
/** Longest query the live region repeats back, in characters; a longer one is cut with "…". */
export const ANNOUNCED_QUERY_CHARS = 40;

/** Dialog chrome above and below the results (heading, field, status, hint, padding), in CSS pixels. */
const DIALOG_CHROME_PX = 210;
/** The dialog's own height limit (40rem) and its margin from the viewport's edges, in CSS pixels. */
const DIALOG_MAX_PX = 640;
const VIEWPORT_MARGIN_PX = 32;
/** One result: a title line and two or three lines of excerpt, in CSS pixels. */
const RESULT_PX = 90;

/** Cuts text to at most `max` characters (code points, so no emoji is split), ending with "…" when cut. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The query as searched: whitespace collapsed, trimmed, and at most MAX_QUERY_CHARS characters. */
export function searchableQuery(raw: string): string {
  const chars = Array.from(raw.replace(/\s+/g, ' ').trim());
  return chars.slice(0, MAX_QUERY_CHARS).join('').trim();
}

/** True when the typed text was longer than what is searched. */
export function queryWasCut(raw: string): boolean {
  return Array.from(raw.replace(/\s+/g, ' ').trim()).length > MAX_QUERY_CHARS;
}

/**
 * The status line after a search, read out by the live region: counts, and the query only as a short quote,
 * so a pasted page of text is never read back whole.
 */
export function resultsStatus(found: number, shown: number, query: string, cutQuery = false): string {
  const quoted = `“${cut(query, ANNOUNCED_QUERY_CHARS)}”`;
  const head = found === 0 ? `No results for ${quoted}.` : `${found} result${found === 1 ? '' : 's'} for ${quoted}.`;
  const showing = found > shown && shown > 0 ? ` Showing ${shown}.` : '';
  const note = cutQuery ? ` Only the first ${MAX_QUERY_CHARS} characters were searched.` : '';
  return head + showing + note;
}

/** How many results fit in the dialog on a viewport this tall: the first page fetched (at least 3). */
export function resultsThatFit(viewportHeightPx: number): number {
  const dialog = Math.min(DIALOG_MAX_PX, viewportHeightPx - VIEWPORT_MARGIN_PX);
  return Math.max(3, Math.ceil((dialog - DIALOG_CHROME_PX) / RESULT_PX));
}
