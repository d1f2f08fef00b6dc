#!/usr/bin/env node
/**
 * Makes sure a browser for the e2e tests exists. Order: Playwright's own Chromium, else Debian's `chromium` and
 * `chromium-headless-shell` (the tests run in the shell, Lighthouse in the full browser); when running as root
 * where apt-get exists, the missing ones are installed; else it stops with instructions. Playwright's browser
 * download is never used: it cannot work on a closed network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = findBrowser({ shell: true });
const full = findBrowser();
const complete = found?.kind === 'playwright' || (found && full && found.path !== full.path);
if (complete) {
  console.log(`e2e browser: ${found.path} (${found.kind})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian\'s "chromium" and "chromium-headless-shell" packages with apt-get (about 200 MB)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'chromium-headless-shell'],
      { stdio: 'inherit', env },
    );
  } catch {
    console.error(
      'apt-get could not install them. Install them by hand: apt-get install chromium chromium-headless-shell',
    );
    if (!found) process.exit(1);
  }
  const after = findBrowser({ shell: true });
  if (after) {
    console.log(`e2e browser: ${after.path} (installed); Lighthouse: ${findBrowser()?.path}`);
    process.exit(0);
  }
}

if (found) {
  console.log(`e2e browser: ${found.path} (${found.kind}; chromium-headless-shell would be faster)`);
  process.exit(0);
}
console.error(
  [
    'No browser for the end-to-end tests was found.',
    'Install one of these, then run the tests again:',
    '  - Debian/Ubuntu: sudo apt-get install chromium chromium-headless-shell',
    "  - or Playwright's own browser, where downloads are allowed: npx playwright install chromium",
  ].join('\n'),
);
process.exit(1);
