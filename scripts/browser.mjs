/**
 * Finds a Chromium for Playwright: Playwright's own if it was installed, else the system's
 * (`/usr/bin/chromium`, as Debian installs it). Shared by `ensure-browser.mjs` and `playwright.config.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ kind: 'playwright' | 'system', path: string } | null} */
export function findBrowser() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { kind: 'playwright', path: own };
  } catch {
    // Playwright throws when its browsers were never installed; fall through to the system's.
  }
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
