/**
 * Seeded randomness for question order. The same seed gives the same order on every device, so a trainer
 * can share a link with `?seed=…` and the whole class sees the same quiz.
 */

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** mulberry32: a small, fast generator with good spread; returns numbers in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive a per-question seed from the attempt's seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A shuffled copy (Fisher–Yates) driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A fresh seed for a new attempt. */
export function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED) >>> 0;
}

export type SeedResult = { ok: true; seed: number } | { ok: false; message: string };

/** Reads a seed from a link's `seed` parameter. Never throws. */
export function decodeSeed(text: string): SeedResult {
  const trimmed = text.trim();
  const seed = Number(trimmed);
  // At most ten digits, and no more than a 32-bit seed holds.
  return /^\d{1,10}$/.test(trimmed) && seed <= MAX_SEED
    ? { ok: true, seed }
    : { ok: false, message: 'The “seed” in this link must be a whole number from 0 to 4294967295.' };
}

/** The text form of a seed, for links. */
export const encodeSeed = (seed: number) => String(seed >>> 0);
