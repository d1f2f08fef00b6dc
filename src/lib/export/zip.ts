/**
 * Zip packages for the exports that are several files (the QTI content packages, the Kahoot `.xlsx`), on fflate's
 * `zipSync`. The same files give the same bytes on any machine: every entry gets one fixed modification time, built
 * from local date parts because zip stores local DOS time (fflate reads it back with the local getters), so neither
 * the clock nor the time zone changes the output.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One file in a zip: its path inside the archive (forward slashes, no leading slash) and its content. */
export interface ZipEntry {
  path: string;
  /** Text is written as UTF-8. */
  data: string | Uint8Array;
}

/** 1 January 2000, 12:00 local time: inside DOS time's range and clear of any daylight-saving change. */
const FIXED_TIME = () => new Date(2000, 0, 1, 12, 0, 0);

/**
 * The files as a zip, in the order given (put `imsmanifest.xml` or `[Content_Types].xml` first: some importers read
 * the first entry). Deflated, with a fixed timestamp on every entry, so the output is deterministic. Throws on a
 * repeated or unsafe path (absolute, `..`, backslash): those are the exporter's bugs, never content.
 */
export function zipFiles(files: readonly ZipEntry[]): Uint8Array {
  const mtime = FIXED_TIME();
  const tree: Zippable = {};
  for (const { path, data } of files) {
    if (!isSafePath(path)) throw new Error(`zipFiles: unsafe path "${path}"`);
    if (Object.hasOwn(tree, path)) throw new Error(`zipFiles: "${path}" is given twice`);
    tree[path] = [typeof data === 'string' ? strToU8(data) : data, { mtime }];
  }
  return zipSync(tree, { mtime, level: 6 });
}

/** A relative path with forward slashes and no `.` or `..` segments. */
export function isSafePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
