/**
 * A question's short key: five Crockford Base32 characters from the top 25 bits of the FNV-1a hash of its string
 * id. Set links list questions by key, so a 50-question set stays a short link; the key is stable across deploys
 * as long as the id is (ids never change: progress is stored under them). The content check fails if two
 * questions of the banks share a key.
 */
import { hashString } from '../random';
import { encodeFixed } from './crockford';

/** Characters in a key. */
export const KEY_LENGTH = 5;

/** The key of a question id: 5 Crockford characters. */
export function questionKey(id: string): string {
  return encodeFixed(hashString(id) >>> 7, KEY_LENGTH);
}

/**
 * Key → id for every id given. When two ids share a key (the content check stops that from being deployed) the
 * first one keeps it, so a lookup never changes with the order of later banks.
 */
export function keyIndex(ids: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of ids) {
    const key = questionKey(id);
    if (!index.has(key)) index.set(key, id);
  }
  return index;
}

/** Pairs of ids that share a key, each pair once, in the order met: what the content check reports. */
export function keyClashes(ids: Iterable<string>): [string, string][] {
  const first = new Map<string, string>();
  const clashes: [string, string][] = [];
  for (const id of ids) {
    const key = questionKey(id);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, id);
    else if (earlier !== id) clashes.push([earlier, id]);
  }
  return clashes;
}
