#!/usr/bin/env node
/**
 * Links of the built site (`dist/`, or $OUT_DIR with $BASE), issue 14: every internal link, image, script, style,
 * icon and manifest reference on every page resolves to a file the site serves (a page, an asset, a download), the
 * way a static host resolves it (`/learn/x/` → `learn/x/index.html`), and every `#fragment` names an element on the
 * page it points to. Fails on any broken one, with its page. External links are not fetched (CI has no network):
 * those of the lessons are listed in `link-report.md` (beside `dist/`, not in it) with the lessons that cite them,
 * for a person to check by hand now and then. Takes a few seconds: the pages are read from disk, not served.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BadRequest, normaliseBase, servedFile } from './site-files.mjs';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE);
const report = resolve(process.env.LINK_REPORT ?? 'link-report.md');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split(sep).join('/')];
  });

/** Pagefind's own UI files are not pages of the site. */
const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

/** The built file (relative to `dist`) a path of the site is served from, as static hosts serve it; null when none. */
function fileOf(pathname) {
  try {
    const file = servedFile(dist, base, pathname);
    return file && relative(dist, file).split(sep).join('/');
  } catch (error) {
    if (error instanceof BadRequest) return null;
    throw error;
  }
}

/** Every id on a page (for fragment links), read once per page. */
const idsOf = new Map();
function ids(file) {
  if (!idsOf.has(file)) {
    const html = readFileSync(join(dist, file), 'utf8');
    idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsOf.get(file);
}

const ATTRS = /<(a|link|script|img|source|iframe|use|image)\b[^>]*?\s(href|src|srcset|xlink:href)="([^"]*)"/g;
const broken = [];
/** External URL → the lessons that link it. */
const external = new Map();
let checked = 0;

for (const page of pages) {
  const html = readFileSync(join(dist, page), 'utf8');
  const pageUrl = new URL(`http://site${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
  for (const [, tag, attr, raw] of html.matchAll(ATTRS)) {
    const values = attr === 'srcset' ? raw.split(',').map((s) => s.trim().split(/\s+/)[0]) : [raw];
    for (const value of values) {
      if (!value || /^(data|mailto|tel|javascript|blob):/i.test(value)) continue;
      const target = new URL(value.replace(/&amp;/g, '&'), pageUrl);
      if (target.origin !== pageUrl.origin) {
        if (page.startsWith('learn/') && tag === 'a') {
          const lessons = external.get(target.href) ?? new Set();
          lessons.add(page.replace(/\/index\.html$/, ''));
          external.set(target.href, lessons);
        }
        continue;
      }
      checked += 1;
      const file = fileOf(target.pathname);
      if (!file) {
        broken.push(`${page}: <${tag} ${attr}="${value}"> → no file for ${target.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      // A fragment on a page names an element; one that carries state (a set, a paper size) is read by script.
      if (fragment && file.endsWith('.html') && !fragment.includes('=') && !ids(file).has(fragment)) {
        broken.push(`${page}: <${tag} ${attr}="${value}"> → ${file} has no element with id "${fragment}"`);
      }
    }
  }
}

const lines = [
  '# External links in the lessons',
  '',
  'Written by `scripts/check-links.mjs` (part of `npm test`); not fetched there (CI has no network). Check them by hand now and then.',
  '',
  '| link | lessons |',
  '|---|---|',
  ...[...external]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, lessons]) => `| ${url} | ${[...lessons].sort().join(', ')} |`),
  '',
];
writeFileSync(report, lines.join('\n'));

console.log(
  `Links: ${checked} internal references on ${pages.length} pages checked, ${broken.length} broken; ${external.size} external links in the lessons listed in ${relative(process.cwd(), report)}.`,
);
if (broken.length > 0) {
  console.error(`\nBroken links:\n- ${broken.join('\n- ')}`);
  process.exit(1);
}
