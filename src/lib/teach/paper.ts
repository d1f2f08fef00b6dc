/** The paper sizes the sheets are laid out for; the margins (print-set.css) fit both. */
export type Paper = 'a4' | 'letter';

export const PAPER_NAMES: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };

/** The paper named by an address fragment (`s=…&paper=letter`), A4 when none, and a reason when it cannot be read. */
export function readPaper(fragment: string): { paper: Paper; problem?: string } {
  const values = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p.startsWith('paper='))
    .map((p) => p.slice('paper='.length).toLowerCase());
  if (values.length === 0) return { paper: 'a4' };
  const known = values.every((v) => v === 'a4' || v === 'letter');
  if (!known) {
    const odd = values.find((v) => v !== 'a4' && v !== 'letter') ?? '';
    let shown = odd;
    try {
      shown = decodeURIComponent(odd);
    } catch {
      // Left as written: a stray % is still worth showing.
    }
    shown = shown.length > 20 ? `${shown.slice(0, 20)}…` : shown;
    return {
      paper: 'a4',
      problem: `The paper size in this link (“${shown}”) is not one this page knows, so the sheet is laid out for A4. Choose A4 or US Letter below.`,
    };
  }
  if (new Set(values).size > 1) {
    return {
      paper: 'a4',
      problem: 'This link names two paper sizes, so the sheet is laid out for A4. Choose A4 or US Letter below.',
    };
  }
  return { paper: values[0] as Paper };
}

/** The fragment with its paper size set to `paper` (any other paper size removed), the set and the rest kept. */
export function withPaper(fragment: string, paper: Paper): string {
  const rest = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('paper='));
  return [...rest, `paper=${paper}`].join('&');
}
