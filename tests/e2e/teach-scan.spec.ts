/**
 * Scanning result codes on the class results page (issue 11 part 4): Chromium's fake camera plays a video of a
 * learner's result-code QR code; the page reads it with the self-hosted fallback reader (this Chromium has no
 * BarcodeDetector of its own), from the site's own WebAssembly, and no request leaves the site.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeResult } from '../../src/lib/teach/result-code';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from '../../scripts/browser.mjs';
import { writeQrVideo } from './fake-camera';
import { expect, test } from './fixtures';
import { CLASS_QUESTIONS, classSet, siteQuestions } from './teach-helpers';

const [SINGLE, , TRUE_FALSE] = CLASS_QUESTIONS;
const video = join(tmpdir(), `teach-scan-${process.pid}.y4m`);
// The full browser: the headless shell has no fake camera.
const found = findBrowser();

test.use({
  permissions: ['camera'],
  launchOptions: {
    ...(found?.kind === 'system' ? { executablePath: found.path } : {}),
    args: [
      ...(found?.kind === 'system' ? SYSTEM_CHROMIUM_ARGS : []),
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
});

test('a QR code held up to the camera is added, read by the fallback reader the site serves', async ({ page }) => {
  const { set, fragment } = classSet('end', 424242, [SINGLE, TRUE_FALSE]);
  const bank = await siteQuestions(page);
  // The learner chose c (right) and true (right).
  const code = encodeResult({
    set,
    questions: [bank.get(SINGLE)!, bank.get(TRUE_FALSE)!],
    states: [3, 1],
    learnerTag: 77,
  });
  writeQrVideo(code, video);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
  });
  await page.goto(`/teach/results/#${fragment}`);
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
  await expect(page.getByTestId('scanner')).toHaveAttribute('data-scanner', 'fallback');
  await expect(page.getByTestId('scan-said')).toHaveText(`Added code ${code}.`);
  await expect(page.locator(`[data-learner-code="${code}"]`)).toHaveAttribute('data-percent', '100');
  expect(wasm).toEqual([expect.stringMatching(/^\/_astro\/zxing_reader\.[\w-]+\.wasm$/)]);
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  await expect(page.getByTestId('scanner')).toHaveAttribute('data-scanner', 'off');
});

test('the results page loads no QR reader until Scan is pressed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (/barcode-scan|ponyfill|\.wasm/.test(r.url())) scripts.push(r.url());
  });
  const { fragment } = classSet('end');
  await page.goto(`/teach/results/#${fragment}`);
  await expect(page.getByTestId('results-empty')).toBeVisible();
  expect(scripts).toEqual([]);
});
