/** Words a working engineer reads per minute in technical prose. */
export const WORDS_PER_MINUTE = 220;

/** Counts the words of a Markdown/MDX body, ignoring JSX tags, link targets and code fences' markup. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.%]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read a body, at least one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
