/**
 * Small hand-written guards for validating untrusted data (storage, imported files, links). They replace a
 * schema library in the browser bundle: a few hundred bytes instead of many kilobytes.
 */

/** Where data went wrong, as a dotted path, and what was expected there. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path}: ${what}`);
  }
}

/** Ids of lessons, questions and options. Rules out `__proto__`, `constructor` and the like. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED = new Set(['constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof', 'proto']);

export const isKey = (k: string): boolean => k.length <= 100 && KEY.test(k) && !RESERVED.has(k.toLowerCase());

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

/** Decodes an object whose keys are ids, into a fresh object; rejects any other key. */
export function decodeMap<T>(v: unknown, path: string, decode: (value: unknown, path: string) => T): Record<string, T> {
  if (!isRecord(v)) throw new ShapeError(path, 'expected an object');
  const out: Record<string, T> = {};
  for (const key of Object.keys(v)) {
    if (!isKey(key)) throw new ShapeError(path, `"${key.slice(0, 40)}" is not a valid id`);
    out[key] = decode(v[key], `${path}.${key}`);
  }
  return out;
}

/** Decodes a list of at most `max` items. */
export function decodeList<T>(v: unknown, path: string, decode: (value: unknown, path: string) => T, max: number): T[] {
  if (!Array.isArray(v)) throw new ShapeError(path, 'expected a list');
  if (v.length > max) throw new ShapeError(path, `expected at most ${max} items`);
  return v.map((item, i) => decode(item, `${path}.${i}`));
}
