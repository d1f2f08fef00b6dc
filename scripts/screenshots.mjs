#!/usr/bin/env node
/**
 * Screenshots of the main pages for a review or a closing note: serves a built site, seeds a learner's progress
 * (fixed dates, fixed clock) and photographs home, a lesson, progress and the simulator on a phone and a laptop.
 *
 *   node scripts/screenshots.mjs --dir dist --out docs/screenshots/after [--prefix after] [--theme light]
 *
 * JPEG at quality 70 keeps a set of eight under a megabyte. Not part of the gate: the visual regression tests
 * (tests/visual) are what guard the look.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './browser.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    prefix: { type: 'string', default: '' },
    theme: { type: 'string', default: 'light' },
    port: { type: 'string', default: '4399' },
  },
});

const NOW = new Date('2026-11-20T09:00:00.000Z');
const attempt = (day, percent) => ({
  startedAt: `2026-11-${day}T08:10:00.000Z`,
  finishedAt: `2026-11-${day}T08:20:00.000Z`,
  seed: 7,
  points: (percent / 100) * 12,
  total: 12,
  percent,
  outcomes: {},
});
const PROGRESS = {
  version: 2,
  lessons: {
    'what-is-devops': { readAt: '2026-11-10T08:00:00.000Z', attempts: [attempt('10', 92)] },
    'what-is-sre': { readAt: '2026-11-18T18:00:00.000Z', attempts: [attempt('18', 50)] },
    'slis-slos-slas': { readAt: '2026-11-19T19:00:00.000Z', attempts: [] },
  },
  reviews: {},
};
const PAGES = [
  ['home', '/', true],
  ['lesson', '/learn/error-budgets/', false],
  ['progress', '/progress/', true],
  ['simulator', '/tools/error-budget/', false],
];
const SIZES = [
  ['phone', 375, 812],
  ['laptop', 1280, 800],
];

const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', values.dir, '--port', values.port, '--host', '127.0.0.1'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve) => server.stdout.once('data', resolve));
const found = findBrowser();
const browser = await chromium.launch(
  found?.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : {},
);
mkdirSync(values.out, { recursive: true });
try {
  for (const [size, width, height] of SIZES) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: values.theme });
    for (const [name, path, full] of PAGES) {
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      await page.addInitScript((doc) => localStorage.setItem('fg:progress', doc), JSON.stringify(PROGRESS));
      await page.goto(`http://127.0.0.1:${values.port}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const file = join(values.out, `${values.prefix ? `${values.prefix}-` : ''}${name}-${size}.jpg`);
      await page.screenshot({ path: file, fullPage: full, type: 'jpeg', quality: 70 });
      console.log(file);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
