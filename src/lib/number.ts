/**
 * A number as people type it into a form or a link: plain decimal, optional minus sign, surrounding spaces
 * allowed. Hex, exponents, "Infinity" and empty text give NaN, so a crafted link or a half-typed field is never
 * read as something else. (Quiz answers accept more, such as "43,200": see `parseNumber` in quiz.ts.)
 */
export function plainNumber(text: string): number {
  const t = text.trim();
  return /^-?(\d+(\.\d+)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}
