/**
 * Finds a Chromium for Playwright: Playwright's own if it was installed, else the system's
 * (`/usr/bin/chromium`, as Debian installs it). Shared by `ensure-browser.mjs` and `playwright.config.ts`.
 *
 * The tests run in Debian's `chromium-headless-shell` where it is installed: the same Chromium build without the
 * browser's window layer, which is what Playwright itself runs headless tests in. On this kind of machine it ran
 * the lesson pages' axe sweep in 1.3 minutes where the full browser took 1.8. Lighthouse and the screenshot scripts
 * use the full browser, as people do.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * @param {{ shell?: boolean }} [options] `shell`: the headless shell if the system has it (for the tests).
 * @returns {{ kind: 'playwright' | 'system', path: string } | null}
 */
export function findBrowser({ shell = false } = {}) {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { kind: 'playwright', path: own };
  } catch {
    // Playwright throws when its browsers were never installed; fall through to the system's.
  }
  if (shell && existsSync(SYSTEM_HEADLESS_SHELL)) return { kind: 'system', path: SYSTEM_HEADLESS_SHELL };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { kind: 'system', path: system } : null;
}

/** Flags for a system Chromium on a machine with a closed network, run as root. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
