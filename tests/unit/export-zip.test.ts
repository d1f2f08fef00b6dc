/**
 * zipFiles: what goes in comes out (text as UTF-8, bytes as they are), in the order given, and the same files give
 * the same bytes whatever the clock or the time zone says.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSafePath, zipFiles } from '../../src/lib/export/zip';

const FILES = [
  { path: 'imsmanifest.xml', data: '<manifest>日本語 🚀</manifest>' },
  { path: 'items/a.xml', data: '<a/>' },
  { path: 'bin/raw.bin', data: new Uint8Array([0, 1, 2, 255]) },
];

/** The local-header file names, in the order they are stored. */
function storedOrder(zip: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    names.push(strFromU8(zip.subarray(at + 30, at + 30 + nameLength)));
    at += 30 + nameLength + extra + size;
  }
  return names;
}

describe('zipFiles', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    vi.useRealTimers();
  });

  it('round-trips text as UTF-8 and bytes unchanged', () => {
    const out = unzipSync(zipFiles(FILES));
    expect(strFromU8(out['imsmanifest.xml']!)).toBe(FILES[0]!.data);
    expect(strFromU8(out['items/a.xml']!)).toBe('<a/>');
    expect([...out['bin/raw.bin']!]).toEqual([0, 1, 2, 255]);
  });

  it('keeps the order given (the manifest first)', () => {
    expect(storedOrder(zipFiles(FILES))).toEqual(FILES.map((f) => f.path));
  });

  it('gives the same bytes at another time and in another time zone', () => {
    process.env.TZ = 'UTC';
    const first = zipFiles(FILES);
    vi.useFakeTimers({ now: new Date('2031-07-15T03:04:05Z') });
    process.env.TZ = 'Pacific/Auckland';
    const second = zipFiles(FILES);
    process.env.TZ = 'America/Los_Angeles';
    expect(zipFiles(FILES)).toEqual(first);
    expect(second).toEqual(first);
  });

  it('stores one fixed DOS time on every entry: 2000-01-01 12:00', () => {
    const zip = zipFiles(FILES);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63]).toEqual([
      2000, 1, 1, 12, 0,
    ]);
  });

  it('refuses unsafe or repeated paths (an exporter bug, never content)', () => {
    for (const path of ['', '/abs.xml', '../up.xml', 'a/../b.xml', 'a\\b.xml', 'a//b.xml', './a.xml'])
      expect(() => zipFiles([{ path, data: 'x' }]), path).toThrow(/unsafe path/);
    expect(() => zipFiles([FILES[1]!, FILES[1]!])).toThrow(/twice/);
    expect(isSafePath('items/q-1.xml')).toBe(true);
  });
});
