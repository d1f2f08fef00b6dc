#!/usr/bin/env node
/**
 * Makes sure a browser for the e2e tests exists. Order: Playwright's own Chromium, else /usr/bin/chromium,
 * else — when running as root where apt-get exists — Debian's `chromium` package is installed; else it stops
 * with instructions. Playwright's browser download is never used: it cannot work on a closed network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`e2e browser: ${found.path} (${found.kind})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 110 MB)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.error('apt-get could not install chromium. Install it by hand: apt-get install chromium');
    process.exit(1);
  }
  const after = findBrowser();
  if (after) {
    console.log(`e2e browser: ${after.path} (installed)`);
    process.exit(0);
  }
}

console.error(
  [
    'No browser for the end-to-end tests was found.',
    'Install one of these, then run the tests again:',
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    "  - or Playwright's own browser, where downloads are allowed: npx playwright install chromium",
  ].join('\n'),
);
process.exit(1);
