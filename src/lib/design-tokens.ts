/**
 * The colour tokens as global.css declares them, read from its text, and the WCAG contrast between them. The
 * /design/ page shows each theme's colours and the ratio of every pair the site draws text with; the unit test
 * tests/unit/design-tokens.test.ts fails the gate when a pair drops under its level.
 */

export type Theme = 'light' | 'dark';
export type Tokens = Record<string, string>;

/** Hex colour declarations (`--name: #abcdef;`) in the first rule whose selector list contains `selector`. */
function declarationsOf(css: string, selector: string): Tokens {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`global.css has no rule for ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const tokens: Tokens = {};
  for (const m of body.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) tokens[m[1]!] = m[2]!.toLowerCase();
  return tokens;
}

/** Each theme's colour tokens from global.css's text. */
export function themeTokens(css: string): Record<Theme, Tokens> {
  return {
    light: declarationsOf(css, "[data-theme='light']"),
    dark: declarationsOf(css, ":root[data-theme='dark']"),
  };
}

/** Relative luminance of a #rrggbb colour (WCAG 2.2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast ratio between two #rrggbb colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface Pair {
  fg: string;
  bg: string;
  /** 7 for body text (AAA), 4.5 for other text (AA), 3 for control borders and large figures. */
  min: number;
  use: string;
}

const BACKGROUNDS = ['bg', 'surface', 'bg-soft'];

/** Every foreground/background pair the site draws, with the ratio it must reach. */
export const PAIRS: Pair[] = [
  ...BACKGROUNDS.map((bg) => ({ fg: 'text', bg, min: 7, use: 'Body text' })),
  ...BACKGROUNDS.map((bg) => ({ fg: 'text-soft', bg, min: 4.5, use: 'Secondary text' })),
  ...BACKGROUNDS.map((bg) => ({ fg: 'link', bg, min: 4.5, use: 'Links' })),
  { fg: 'link', bg: 'accent-soft', min: 4.5, use: 'Info badge, callout link' },
  { fg: 'text', bg: 'accent-soft', min: 7, use: 'Callout text' },
  { fg: 'accent-text', bg: 'accent', min: 4.5, use: 'Primary button' },
  { fg: 'right', bg: 'right-bg', min: 4.5, use: 'Right answer' },
  { fg: 'right', bg: 'surface', min: 4.5, use: 'Right answer on a card' },
  { fg: 'wrong', bg: 'wrong-bg', min: 4.5, use: 'Wrong answer' },
  { fg: 'wrong', bg: 'surface', min: 4.5, use: 'Danger button' },
  { fg: 'warn', bg: 'warn-bg', min: 4.5, use: 'Warning badge' },
  { fg: 'text', bg: 'warn-bg', min: 7, use: 'Notice text' },
  { fg: 'devops', bg: 'devops-bg', min: 4.5, use: 'DevOps badge' },
  { fg: 'sre', bg: 'sre-bg', min: 4.5, use: 'SRE badge' },
  { fg: 'text', bg: 'devops-bg', min: 7, use: 'Example callout text' },
  { fg: 'border-strong', bg: 'surface', min: 3, use: 'Input and button borders' },
  { fg: 'border-strong', bg: 'bg', min: 3, use: 'Input borders on the page' },
  { fg: 'accent', bg: 'bg-soft', min: 3, use: 'Progress fill on its track' },
  { fg: 'focus', bg: 'bg', min: 3, use: 'Focus ring' },
  { fg: 'focus', bg: 'surface', min: 3, use: 'Focus ring on a card' },
];
