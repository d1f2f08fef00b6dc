/**
 * CSV as RFC 4180 writes it (comma-separated cells, CRLF line ends, a cell quoted when it holds a comma, quote or
 * line break, quotes doubled), formula-safe by default: a cell starting with = + - @ (or a tab or carriage return)
 * gets a leading ' so a spreadsheet shows it as text instead of running it. Used by the class results and the
 * question exports.
 */

/** One CSV cell. `formulaSafe`: a leading = + - @, tab or CR gets a ' first (off for files an LMS reads back). */
export function csvCell(value: string | number, formulaSafe = true): string {
  let text = String(value);
  if (formulaSafe && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: cells joined by commas, every row ended by CRLF. */
export const csvText = (rows: readonly (readonly (string | number)[])[], formulaSafe = true) =>
  rows.map((row) => row.map((cell) => csvCell(cell, formulaSafe)).join(',')).join('\r\n') + '\r\n';
