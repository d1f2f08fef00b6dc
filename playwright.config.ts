import { defineConfig, devices } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './scripts/browser.mjs';

/** The tests run in the headless shell where the system has it (scripts/browser.mjs says why). */
const browser = findBrowser({ shell: true });
const systemLaunch =
  browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : undefined;

/**
 * Port of the site built at the root, and of the copy built with BASE=/guide/ into dist-base/. `E2E_PORT` moves
 * both (to E2E_PORT and E2E_PORT + 1), so that two checkouts can run their e2e tests side by side.
 */
export const PORT = Number(process.env['E2E_PORT'] ?? 4391);
export const BASE_PORT = PORT + 1;

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // Generous limits: the gate runs on two shared cores. Tests wait for states, and a state that comes late on a
  // busy machine must not fail the gate; a state that never comes still fails it.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...(systemLaunch ? { launchOptions: systemLaunch } : {}),
    trace: 'off',
    // The site's service worker would answer the pages' requests from its cache, out of reach of page.route (the
    // fault tests) and of a test's fresh start. The offline tests allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'site',
      testDir: './tests/e2e',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], ...(systemLaunch ? { launchOptions: systemLaunch } : {}) },
    },
    {
      name: 'base-path',
      testDir: './tests/e2e',
      testMatch: /base-path\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${BASE_PORT}`,
        ...(systemLaunch ? { launchOptions: systemLaunch } : {}),
      },
    },
    {
      // Screenshots compared with committed baselines (tests/visual/__screenshots__). One file per picture for every
      // machine: the baselines are made in the Debian Chromium the gate uses, its headless shell (which places glyphs
      // slightly otherwise than the full browser: remake them all with --update-snapshots when the browser changes,
      // after the old ones pass on the same build). At most 100 pixels may differ, each by a colour distance of 0.05
      // (the anti-aliasing of a few glyphs). The first limits, 1% of the pixels at 0.2,
      // let a lesson badge turn from red to amber unnoticed; these fail it (617 pixels).
      name: 'visual',
      testDir: './tests/visual',
      snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
      expect: { timeout: 60_000, toHaveScreenshot: { maxDiffPixels: 100, threshold: 0.05 } },
      use: { ...devices['Desktop Chrome'], ...(systemLaunch ? { launchOptions: systemLaunch } : {}) },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${PORT} --host 127.0.0.1 --base /`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.mjs --dir dist-base --port ${BASE_PORT} --host 127.0.0.1 --base /guide/`,
      url: `http://127.0.0.1:${BASE_PORT}/guide/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
