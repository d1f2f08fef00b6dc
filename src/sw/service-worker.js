/**
 * The site's service worker (issue 14): after one visit, every page, script, style, font, question file and all of
 * Pagefind's search files come from a cache, so the site works with the network off. Hand-written: the whole
 * worker is about 1 KB gzip, where Workbox's runtime is 5.8 KB and @vite-pwa/astro does not install on Astro 7.
 *
 * `scripts/write-service-worker.mjs` writes it to `dist/sw.js` after each build, filling in the three constants
 * below from `dist/` itself: the site's base path, the build's version (a hash of every precached file), and the
 * list of files to precache. Nothing of this list is written by hand.
 *
 * - install: fetch every listed file into the cache `field-guide-<version>` (bypassing the HTTP cache, so a stale
 *   copy is never stored under a new version). The new worker then WAITS: it never takes over by itself, since a
 *   class may be in the middle of a quiz. The page shows "A new version is ready" and, when the person presses
 *   Reload, posts "skip-waiting"; the page reloads once the new worker controls it.
 * - activate: delete every older `field-guide-…` cache, and control the open pages at once on a first install.
 * - fetch: a GET for a listed file is answered from the cache (the version that served the page, so a page and its
 *   scripts always match), else from the network. Pagefind's `pagefind-entry.json` carries a `?ts=…` query that
 *   changes on every search, so it is looked up without the query. A page that is not cached (a mistyped address)
 *   while offline gets the cached 404 page rather than the browser's error.
 */
const BASE = '__BASE__';
const VERSION = '__VERSION__';
const FILES = ['__FILES__'];

const PREFIX = 'field-guide-';
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(BASE + file, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // The page asks which version serves it (shown nowhere; the tests read it).
  if (event.data === 'version') event.source?.postMessage({ version: VERSION });
});

/** The cached response for a request, trying the forms a static host serves a page under. */
async function cached(request, url) {
  const cache = await caches.open(CACHE);
  const page = request.mode === 'navigate';
  const ignoreSearch = page || url.pathname.endsWith('/pagefind-entry.json');
  const hit = await cache.match(url.href, { ignoreSearch });
  if (hit || !page) return hit;
  // `/learn/x` and `/learn/x/index.html` are the page cached as `/learn/x/`.
  const path = url.pathname.replace(/index\.html$/, '');
  return cache.match(url.origin + (path.endsWith('/') ? path : `${path}/`), { ignoreSearch });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    cached(request, url).then(
      (hit) =>
        hit ??
        fetch(request).catch(async (error) => {
          if (request.mode !== 'navigate') throw error;
          const notFound = await caches.match(`${BASE}404.html`, { cacheName: CACHE });
          if (!notFound) throw error;
          return new Response(notFound.body, { status: 404, headers: notFound.headers });
        }),
    ),
  );
});
