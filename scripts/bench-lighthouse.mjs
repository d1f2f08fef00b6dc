#!/usr/bin/env node
/**
 * Lighthouse mobile performance of the simulator page and a lesson (`npm run bench:lighthouse`; not part of
 * `npm test`: a run takes about a minute a page). Builds nothing: it serves the built site (`dist/`, or
 * `--dist <dir>`) with `scripts/serve.mjs` and runs Lighthouse's default mobile profile (simulated 4× CPU slowdown
 * and a slow 4G network) with the system Chromium, headless, `--no-sandbox` (the gate runs as root).
 *
 * Lighthouse is not a dependency of the project: it brings about 190 MB and 200 packages (Puppeteer, Sentry,
 * OpenTelemetry) that every install and CI run would pay for a benchmark run by hand. Install it for a run with
 * `npm install --no-save lighthouse@12`, or point `--lighthouse <dir>` at a folder where it is installed.
 * Prints the performance score and its metrics for each page (the median-scored of `--runs` runs, default 3;
 * `--details` adds that run's long tasks, as Lighthouse simulates them); exits 1 when a score is under the target.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { option, serveSite } from './bench-kit.mjs';
import { findBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => option(name, fallback, args);
const dist = resolve(opt('dist', 'dist'));
const RUNS = Number(opt('runs', '3'));
const PAGES = opt('pages', '/tools/error-budget/,/learn/error-budgets/').split(',');
/** Issue 9's target for the simulator page. */
const TARGET_SCORE = 95;

/** Imports a package from the project, or from `--lighthouse <dir>`. */
async function load(name) {
  const from = opt('lighthouse', null);
  if (!from) return import(name);
  const path = createRequire(join(resolve(from), 'package.json')).resolve(name);
  return import(pathToFileURL(path).href);
}

let lighthouse;
let launch;
try {
  lighthouse = (await load('lighthouse')).default;
  ({ launch } = await load('chrome-launcher'));
} catch {
  console.error(
    'Lighthouse is not installed (it is not a dependency of the project). Run "npm install --no-save lighthouse@12"\n' +
      'first, or pass --lighthouse <dir> for a folder where it is installed.',
  );
  process.exit(1);
}
for (const page of PAGES) {
  if (!existsSync(join(dist, page, 'index.html'))) {
    console.error(`No ${page} in ${dist}. Run "npm run build" first (or pass --dist <dir>).`);
    process.exit(1);
  }
}
const browserFound = findBrowser();
if (!browserFound) {
  console.error('No Chromium found. Run "node scripts/ensure-browser.mjs" first.');
  process.exit(1);
}

const { origin, stop: stopServer } = await serveSite(dist);

const chrome = await launch({
  chromePath: browserFound.path,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];
let under = false;
try {
  console.log(`Lighthouse ${RUNS} runs per page, mobile profile (simulated 4× CPU, slow 4G), ${browserFound.path}.\n`);
  console.log(`| page | score (runs) | ${METRICS.map(([, n]) => n).join(' | ')} |`);
  console.log(`|---|---|${METRICS.map(() => '---').join('|')}|`);
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      const lhr = result.lhr;
      runs.push({
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        metrics: METRICS.map(([id]) => lhr.audits[id]?.numericValue ?? NaN),
        longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map(
          (t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms (${String(t.url).replace(origin, '')})`,
        ),
      });
    }
    runs.sort((a, b) => a.score - b.score);
    const median = runs[Math.floor(runs.length / 2)];
    const show = (v, i) => (METRICS[i][0] === 'cumulative-layout-shift' ? v.toFixed(3) : `${Math.round(v)} ms`);
    console.log(
      `| ${page} | ${median.score} (${runs.map((r) => r.score).join(', ')}) | ${median.metrics.map(show).join(' | ')} |`,
    );
    if (args.includes('--details'))
      console.log(`|   long tasks of that run: ${median.longTasks.join('; ') || 'none'} |`);
    if (page.includes('error-budget') && median.score < TARGET_SCORE) under = true;
  }
  console.log(`\nTarget: ${TARGET_SCORE} or more on the simulator page.`);
  if (under) console.log('A score is under its target.');
} finally {
  await chrome.kill();
  stopServer();
}
process.exit(under ? 1 : 0);
