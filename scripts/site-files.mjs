/**
 * How a static host maps the site's addresses to the built files, shared by the local server (serve.mjs), the
 * link check (check-links.mjs), the service worker writer and astro.config.mjs, so they cannot disagree.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';

/** A base path as the site uses it: starts and ends with `/` (`guide`, `/guide`, `/guide/` → `/guide/`; none → `/`). */
export const normaliseBase = (text = '/') => `/${text.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Thrown for a request path that is not valid percent-encoding (e.g. `/%E0%A4%A`). */
export class BadRequest extends Error {}

/**
 * The file under `dir` (absolute) that serves `pathname` on a site under `base`: a file as it is, a directory by its
 * `index.html`; null when there is none. Never leaves `dir`. Throws BadRequest for broken percent-encoding.
 */
export function servedFile(dir, base, pathname) {
  if (!pathname.startsWith(base)) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname.slice(base.length));
  } catch {
    throw new BadRequest();
  }
  const inner = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, inner);
  if (!file.startsWith(dir)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
