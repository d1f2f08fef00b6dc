/**
 * Crockford Base32: digits and upper-case letters without I, L, O and U, so that a code survives being read
 * aloud, handwritten or typed. Reading is forgiving the way Crockford specifies: any case, I and L read as 1,
 * O as 0. Used by question keys, set links, set ids and result codes.
 */

/** The 32 symbols, value order. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The value of one typed character (any case; I/L → 1, O → 0), or -1 when it is not a Crockford symbol. */
export function symbolValue(ch: string): number {
  const upper = ch.toUpperCase();
  if (upper === 'I' || upper === 'L') return 1;
  if (upper === 'O') return 0;
  return upper.length === 1 ? CROCKFORD.indexOf(upper) : -1;
}

/** `value` (a non-negative integer below 32^width) as exactly `width` symbols, most significant first. */
export function encodeFixed(value: number, width: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = CROCKFORD[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** Reads strictly canonical symbols (upper case, no I/L/O aliases); NaN when any character is not one. */
export function decodeCanonical(text: string): number {
  let value = 0;
  for (const ch of text) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return Number.NaN;
    value = value * 32 + v;
  }
  return value;
}
