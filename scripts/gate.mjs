#!/usr/bin/env node
/**
 * `npm test`: the whole gate, in order, stopping at the first failure. Prints how long each step took.
 *   astro check → lint → format check → unit tests → content check → build → budgets → HTML validity → links →
 *   build under /guide/ → its links → browser → Lighthouse → e2e
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['types (astro check)', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['lint (eslint)', 'eslint', ['--max-warnings', '0', '.']],
  ['format (prettier --check)', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['unit tests (vitest)', 'vitest', ['run']],
  ['content check (structure, links, duplicates, spelling)', 'node', ['scripts/check-content.mjs']],
  ['build (astro + pagefind)', 'npm', ['run', '--silent', 'build']],
  ['budgets', 'node', ['scripts/budgets.mjs']],
  ['HTML validity (W3C Nu checker, every page)', 'node', ['scripts/check-html.mjs']],
  ['links (every internal link and fragment; external ones listed)', 'node', ['scripts/check-links.mjs']],
  ['build under BASE=/guide/', 'npm', ['run', '--silent', 'build'], { BASE: '/guide/', OUT_DIR: './dist-base' }],
  [
    'links under /guide/',
    'node',
    ['scripts/check-links.mjs'],
    { BASE: '/guide/', OUT_DIR: './dist-base', LINK_REPORT: 'dist-base-link-report.md' },
  ],
  ['browser (Chromium for Lighthouse and the e2e tests)', 'node', ['scripts/ensure-browser.mjs']],
  ['Lighthouse (six pages, mobile preset)', 'node', ['scripts/lighthouse.mjs']],
  ['e2e tests (playwright)', 'playwright', ['test']],
];

const times = [];
let failed = null;
for (const [name, cmd, args, env] of steps) {
  console.log(`\n▶ ${name}`);
  const start = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - start) / 1000;
  times.push([name, seconds, r.status === 0]);
  if (r.status !== 0) {
    failed = name;
    break;
  }
}

console.log('\n| step | seconds | result |\n|---|---|---|');
for (const [name, s, ok] of times) console.log(`| ${name} | ${s.toFixed(1)} | ${ok ? 'ok' : 'FAILED'} |`);
const total = times.reduce((n, [, s]) => n + s, 0);
console.log(`| total | ${total.toFixed(1)} | |`);
if (failed) {
  console.error(`\nThe gate failed at: ${failed}`);
  process.exit(1);
}
console.log('\nThe gate passed.');
