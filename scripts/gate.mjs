#!/usr/bin/env node
/**
 * `npm test`: the whole gate, stopping at the first failure. Prints how long each step took.
 *   astro check ‖ (lint → format check) ‖ browser → unit tests → content check ‖ (build → build under /guide/) →
 *   (budgets → links → links under /guide/) ‖ HTML validity → Lighthouse → e2e
 *
 * Steps joined by ‖ run side by side: each is a single-threaded process that leaves the other core idle, so on two
 * cores a pair takes about as long as the longer of the two. A step run beside others prints its output when it
 * ends (so that outputs do not interleave); Vitest, Lighthouse and the e2e tests run alone, as their timings and
 * their waits depend on having the machine.
 */
import { spawn } from 'node:child_process';

const step = (name, cmd, args, env = {}) => ({ name, cmd, args, env });
const BASE = { BASE: '/guide/', OUT_DIR: './dist-base' };

/** Groups run one after another; the lanes of a group run side by side, the steps of a lane one after another. */
const groups = [
  [
    [step('types (astro check)', 'astro', ['check', '--minimumSeverity', 'warning'])],
    [
      step('lint (eslint)', 'eslint', ['--max-warnings', '0', '.']),
      step('format (prettier --check)', 'prettier', ['--check', '--log-level', 'warn', '.']),
    ],
    // On a new machine this installs Debian's Chromium packages: mostly waiting on the network and the disk.
    [step('browser (Chromium for Lighthouse and the e2e tests)', 'node', ['scripts/ensure-browser.mjs'])],
  ],
  [[step('unit tests (vitest)', 'vitest', ['run'])]],
  [
    [step('content check (structure, links, duplicates, spelling)', 'node', ['scripts/check-content.mjs'])],
    // One build at a time: two would share Astro's caches in .astro/ and node_modules/.
    [
      step('build (astro + pagefind)', 'npm', ['run', '--silent', 'build']),
      step('build under BASE=/guide/', 'npm', ['run', '--silent', 'build'], BASE),
    ],
  ],
  [
    [
      step('budgets', 'node', ['scripts/budgets.mjs']),
      step('links (every internal link and fragment; external ones listed)', 'node', ['scripts/check-links.mjs']),
      step('links under /guide/', 'node', ['scripts/check-links.mjs'], {
        ...BASE,
        LINK_REPORT: 'dist-base-link-report.md',
      }),
    ],
    [step('HTML validity (W3C Nu checker, every page)', 'node', ['scripts/check-html.mjs'])],
  ],
  [[step('Lighthouse (six pages, mobile preset)', 'node', ['scripts/lighthouse.mjs'])]],
  [[step('e2e tests (playwright)', 'playwright', ['test'])]],
];

/** Runs one step; `live` streams its output, else it is printed whole when the step ends. */
function run({ name, cmd, args, env }, live) {
  if (live) console.log(`\n▶ ${name}`);
  const start = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    if (!live) {
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
    }
    const finish = (code) => {
      const seconds = (Date.now() - start) / 1000;
      if (!live) process.stdout.write(`\n▶ ${name} (beside other steps)\n${output}`);
      done({ name, seconds, ok: code === 0 });
    };
    child.on('error', (e) => {
      output += `${e.message}\n`;
      finish(1);
    });
    child.on('exit', finish);
  });
}

/** Runs a lane's steps in turn, stopping at its first failure. */
async function lane(steps, live) {
  const results = [];
  for (const s of steps) {
    const r = await run(s, live);
    results.push(r);
    if (!r.ok) break;
  }
  return results;
}

const times = [];
let failed = null;
const wall = Date.now();
for (const group of groups) {
  const live = group.length === 1;
  const results = (await Promise.all(group.map((steps) => lane(steps, live)))).flat();
  times.push(...results);
  failed = results.find((r) => !r.ok)?.name ?? null;
  if (failed) break;
}

console.log('\n| step | seconds | result |\n|---|---|---|');
for (const { name, seconds, ok } of times) console.log(`| ${name} | ${seconds.toFixed(1)} | ${ok ? 'ok' : 'FAILED'} |`);
console.log(`| total (wall clock; steps side by side overlap) | ${((Date.now() - wall) / 1000).toFixed(1)} | |`);
if (failed) {
  console.error(`\nThe gate failed at: ${failed}`);
  process.exit(1);
}
console.log('\nThe gate passed.');
