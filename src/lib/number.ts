/**
 * A number as people type it into a form or a link: plain decimal, optional minus sign, surrounding spaces
 * allowed. Hex, exponents, "Infinity" and empty text give NaN, so a crafted link or a half-typed field is never
 * read as something else. (Quiz answers accept more, such as "43,200": see `parseNumber` in quiz.ts.)
 */
export function plainNumber(text: string): number {
  const t = text.trim();
  // `|| 0` turns "-0" into 0: a minus zero would be written back as "0" and compare unequal in tests.
  return /^-?(\d+(\.\d+)?|\.\d+)$/.test(t) ? Number(t) || 0 : Number.NaN;
}

/**
 * A number written the way `plainNumber` reads it back: plain decimal, never an exponent (`1e-7` is written
 * `0.0000001`, `1e21` is written `1000000000000000000000`). It keeps the shortest digits that identify the
 * number, so `plainNumber(plainDecimal(n)) === n` for every finite n; forms and links use it for every number
 * they write, so whatever they write they can read.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, rest = '', exponent] = m;
  const digits = `${lead}${rest}`;
  // Where the decimal point falls within `digits` once the exponent is applied.
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
