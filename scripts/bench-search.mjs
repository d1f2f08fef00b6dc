#!/usr/bin/env node
/**
 * Benchmark of site search at curriculum scale (`npm run bench:search`; not part of `npm test`).
 *
 * Copies the built site (`dist/`, or `--dist <dir>`) to a temporary folder, adds 1,000 generated lesson pages
 * (`--lessons <n>`) made of the real lessons' paragraphs plus words of their own, indexes the whole with Pagefind,
 * serves it with `scripts/serve.mjs`, and drives Chromium on a lesson page as a person would: hover the search
 * button, click it, type a query at 100 ms a key. For each run (a fresh browser context, so a cold cache) it
 * records every response and measures:
 *  - open:    bytes transferred from the hover until search is open and ready (no request left in flight);
 *  - results: bytes from the hover until the results of the query are on screen and the network is quiet;
 *  - latency: time from the last keystroke to the first result of the final query in the page (DOM time).
 * Bytes are gzip bytes, as a host compresses them: files Pagefind already gzipped (its wasm, index chunks and
 * fragments) count as they are, other responses count at gzip level 9 (as `scripts/budgets.mjs` does).
 * Prints the median of the runs for each query, and exits 1 when a median is over its target.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { option, serveSite } from './bench-kit.mjs';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './browser.mjs';
// Node 24 (the project's, through npm run) reads TypeScript without types to strip at run time.
import { generator } from '../src/lib/random.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => option(name, fallback, args);
const dist = resolve(opt('dist', 'dist'));
const LESSONS = Number(opt('lessons', '1000'));
const RUNS = Number(opt('runs', '5'));
const QUERIES = opt('queries', 'error budget,postmortem,toil').split(',');
/** Targets from issue 8: gzip KB to open search, and ms from the last key to the first result. */
const TARGET_OPEN_KB = 72;
const TARGET_LATENCY_MS = 150;
/** A fast typist's pace; each key before the last may start a search of its own, as in real use. */
const KEY_DELAY_MS = 100;
const PAGE = '/learn/what-is-sre/';

if (!existsSync(join(dist, 'learn/what-is-sre/index.html'))) {
  console.error(`No built site in ${dist}. Run "npm run build" first (or pass --dist <dir>).`);
  process.exit(1);
}
const browserFound = findBrowser();
if (!browserFound) {
  console.error('No Chromium found. Run "node scripts/ensure-browser.mjs" first.');
  process.exit(1);
}

// 1. A copy of the site with generated lessons, indexed by Pagefind.
const site = mkdtempSync(join(tmpdir(), 'fg-bench-search-'));
const cleanup = () => rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });

const lessonDirs = readdirSync(join(dist, 'learn'), { withFileTypes: true }).filter((d) => d.isDirectory());
const template = readFileSync(join(dist, 'learn/what-is-sre/index.html'), 'utf8');
const paragraphs = lessonDirs.flatMap((d) => {
  const html = readFileSync(join(dist, 'learn', d.name, 'index.html'), 'utf8');
  const article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]).filter((p) => p.length > 80);
});
if (paragraphs.length < 20) {
  console.error('Could not read the lessons in the built site: is it the Field Guide?');
  cleanup();
  process.exit(1);
}

// The site's own seeded generator (mulberry32), so every run of the benchmark indexes the same pages.
const random = generator(8);
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'ri', 'po', 've', 'zu', 'da', 'gen', 'tor', 'lin', 'quo'];
const word = () => Array.from({ length: 3 }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');

for (let i = 1; i <= LESSONS; i++) {
  const id = `generated-${String(i).padStart(4, '0')}`;
  const title = `Case study ${i}: the ${word()} service`;
  // About 1,500 words: 20 of the real lessons' paragraphs and a few words only this lesson has.
  const body = Array.from({ length: 20 }, () => `<p>${paragraphs[Math.floor(random() * paragraphs.length)]}</p>`).join(
    '\n',
  );
  const own = `<p>The ${word()} team runs ${word()}, ${word()} and ${word()} for this case study.</p>`;
  const html = template
    .replace(/<title>[^<]*<\/title>/, `<title>${title} · DevOps &amp; SRE Field Guide</title>`)
    .replace(
      /(<article[^>]*data-pagefind-body[^>]*>)[\s\S]*?(<\/article>)/,
      `$1<header class="lesson__header"><h1>${title}</h1></header>${own}\n${body}$2`,
    );
  mkdirSync(join(site, 'learn', id), { recursive: true });
  writeFileSync(join(site, 'learn', id, 'index.html'), html);
}
// The same indexing step as the build (Pagefind, then its script minified).
const indexing = spawnSync(process.execPath, ['scripts/index-search.mjs'], {
  encoding: 'utf8',
  env: { ...process.env, OUT_DIR: site },
});
if (indexing.status !== 0) {
  console.error(`Pagefind failed:\n${indexing.stdout}\n${indexing.stderr}`);
  cleanup();
  process.exit(1);
}
const pages = /Indexed (\d+) pages?/.exec(indexing.stdout)?.[1] ?? '?';

// 2. Serve it.
const { origin, stop: stopServer } = await serveSite(site);

// 3. Drive Chromium.
const browser = await chromium.launch(
  browserFound.kind === 'system' ? { executablePath: browserFound.path, args: SYSTEM_CHROMIUM_ARGS } : {},
);

/** Gzip bytes of a response body, as described at the top. */
const transferBytes = (body) =>
  body.length > 1 && body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body, { level: 9 }).length;

/** One run: a cold page, hover, click, type; returns bytes and latency. */
async function run(query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  await page.evaluate((q) => {
    const w = /** @type {any} */ (window);
    w.__keys = [];
    w.__firstResult = null;
    document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
    // Results of the final query are on screen: the list says which query it shows (data-query), or, for a
    // dialog that does not say, its status names the query and a result link exists.
    const done = () => {
      const dialog = document.querySelector('dialog[open]');
      if (!dialog) return false;
      const list = dialog.querySelector(`[data-query="${CSS.escape(q)}"]`);
      if (list) return list.querySelector('a[href]') !== null;
      const status = dialog.querySelector('[role="status"]')?.textContent ?? '';
      return status.includes(`for “${q}”`) && dialog.querySelector('ul a[href]') !== null;
    };
    new MutationObserver(() => {
      if (w.__firstResult === null && w.__keys.length === q.length && done()) w.__firstResult = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  }, query);

  const responses = [];
  const inflight = new Set();
  page.on('request', (r) => inflight.add(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  page.on('requestfinished', async (r) => {
    const res = await r.response();
    const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    responses.push({ url: r.url().replace(origin, ''), bytes: transferBytes(body) });
    inflight.delete(r);
  });
  /** Waits until no request has been in flight for 300 ms. */
  const quiet = async () => {
    let still = 0;
    while (still < 300) {
      await page.waitForTimeout(50);
      still = inflight.size === 0 ? still + 50 : 0;
    }
  };
  const sum = () => responses.reduce((n, r) => n + r.bytes, 0);

  const button = page.getByRole('button', { name: 'Search' });
  await button.hover();
  await page.waitForTimeout(250); // a person's hand moving from the button's edge to a click
  await button.click();
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.waitFor();
  await quiet();
  const open = sum();
  const openRequests = responses.length;
  await input.pressSequentially(query, { delay: KEY_DELAY_MS });
  await page.waitForFunction(() => /** @type {any} */ (window).__firstResult !== null, null, { timeout: 20_000 });
  await quiet();
  const latency = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return w.__firstResult - w.__keys.at(-1);
  });
  const result = { open, openRequests, results: sum(), requests: responses.length, latency, files: [...responses] };
  await context.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
try {
  console.log(`Search benchmark: ${pages} pages indexed (${LESSONS} generated lessons), ${RUNS} runs per query`);
  console.log(`Page ${PAGE}, viewport 1280×720, ${KEY_DELAY_MS} ms between keys, cold cache each run.\n`);
  console.log('| query | open search (requests) | to results on screen (requests) | last key → first result |');
  console.log('|---|---|---|---|');
  let example;
  for (const query of QUERIES) {
    await run(query); // warm-up: the server's file cache and Chromium's own start-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(query));
    example ??= runs[0];
    const m = {
      open: median(runs.map((r) => r.open)),
      openRequests: median(runs.map((r) => r.openRequests)),
      results: median(runs.map((r) => r.results)),
      requests: median(runs.map((r) => r.requests)),
      latency: median(runs.map((r) => r.latency)),
    };
    const spread = runs.map((r) => Math.round(r.latency)).join(', ');
    console.log(
      `| ${query} | ${kb(m.open)} (${m.openRequests}) | ${kb(m.results)} (${m.requests}) | ${Math.round(m.latency)} ms (runs: ${spread}) |`,
    );
    if (m.open > TARGET_OPEN_KB * 1024 || m.latency > TARGET_LATENCY_MS) over = true;
  }
  console.log(`\nFiles of one run ("${QUERIES[0]}"), in order:`);
  for (const f of example.files) console.log(`  ${kb(f.bytes).padStart(8)}  ${f.url}`);
  console.log(
    `\nTargets: open search ≤ ${TARGET_OPEN_KB} KB gzip; first result ≤ ${TARGET_LATENCY_MS} ms after the last key.`,
  );
  if (over) console.log('A median is over its target.');
} finally {
  await browser.close();
  stopServer();
  cleanup();
}
process.exit(over ? 1 : 0);
