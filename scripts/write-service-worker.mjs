#!/usr/bin/env node
/**
 * Writes the service worker (`src/sw/service-worker.js`) to `<dist>/sw.js` after a build (`npm run build` runs it
 * after the search index), with its precache list made from the built files (`src/lib/precache.ts` says which),
 * the base path (`BASE`, as astro.config.mjs reads it) and a version: a hash of every precached file's path and
 * bytes, so any change to the site gives a new worker, a new cache, and the "new version" prompt. Minified.
 * Prints how many files and kilobytes a first visit precaches.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { transform } from 'esbuild';
import { loadTs } from './load-ts.mjs';
import { normaliseBase } from './site-files.mjs';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE);
const { precacheUrls } = await loadTs('src/lib/precache.ts');

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split(sep).join('/')];
  });

const files = walk(dist);
const urls = precacheUrls(files);
const fileOf = (url) => join(dist, url === '' || url.endsWith('/') ? `${url}index.html` : url);
const hash = createHash('sha256');
let bytes = 0;
for (const url of urls) {
  const data = readFileSync(fileOf(url));
  bytes += data.length;
  hash.update(`${url}\0`).update(data);
}
const version = hash.digest('hex').slice(0, 16);

const source = readFileSync('src/sw/service-worker.js', 'utf8')
  .replace("'__BASE__'", JSON.stringify(base))
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace("['__FILES__']", JSON.stringify(urls));
const { code } = await transform(source, { minify: true, target: 'es2022' });
writeFileSync(join(dist, 'sw.js'), code);
console.log(
  `Service worker: ${urls.length} files precached (${(bytes / 1024).toFixed(0)} KB), version ${version}, base ${base}.`,
);
