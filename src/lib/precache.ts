/**
 * What the service worker precaches (issue 14), from the built site's own file list: every page, every `/_astro/`
 * asset, the question files, all of Pagefind's files, the icons and the manifest. Left out: the export downloads
 * under `/exports/` (5 MB of files a trainer downloads on purpose, fetched from the network as before; the
 * `/exports/` page itself is kept), the sitemaps and `_headers` (for crawlers and hosts), source maps, and the
 * worker itself. Pure, so the rule is tested without a build; `scripts/write-service-worker.mjs` applies it.
 */

/** Files of `dist/` (relative, `/`-separated) that the site never needs offline. */
const LEFT_OUT = [/^exports\/(?!index\.html$)/, /^sitemap[^/]*\.xml$/, /^_headers$/, /^sw\.js$/, /\.map$/];

/**
 * The URLs to precache, relative to the base path, for a list of built files: a page `x/index.html` as the
 * address it is served at (`x/`, the home page ``), any other file as it is. Sorted, so the list (and the version
 * hashed from it) does not depend on the order the disk lists files in.
 */
export function precacheUrls(files: readonly string[]): string[] {
  return files
    .filter((f) => !LEFT_OUT.some((rule) => rule.test(f)))
    .map((f) => (f === 'index.html' ? '' : f.replace(/(^|\/)index\.html$/, '$1')))
    .sort();
}
