#!/usr/bin/env node
/**
 * Screenshots of Teach for the README's "Running a quiz in class": a question on a learner's phone, the phone's
 * end screen with the result code and its QR code, and the class results page on a laptop after three learners'
 * codes were pasted; plus the builder and the presenter when those pages are in the build.
 *
 *   node scripts/screenshots-teach.mjs [--dir dist] [--out docs/teach] [--theme light] [--port 4398]
 *
 * PNG, so the QR code and the text stay sharp. Not part of the gate (run by hand on a built site).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './browser.mjs';
import { loadTs } from './load-ts.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/teach' },
    theme: { type: 'string', default: 'light' },
    port: { type: 'string', default: '4398' },
  },
});

const { encodeSet } = await loadTs('src/lib/teach/set-link.ts');
const { questionKey } = await loadTs('src/lib/teach/question-key.ts');
const IDS = [
  'devops-biggest-lead-time-win',
  'devops-adopt-devops-changes',
  'devops-tf-twice-as-fast',
  'devops-sort-three-ways',
  'devops-order-pipeline',
  'devops-numeric-release-train',
];
const fragment = encodeSet({ version: 1, seed: 20261202, timer: 30, feedback: 'end', keys: IDS.map(questionKey) });
const origin = `http://127.0.0.1:${values.port}`;

const server = spawn(
  process.execPath,
  ['scripts/serve.mjs', '--dir', values.dir, '--port', values.port, '--host', '127.0.0.1'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout.once('data', resolve));
const found = findBrowser();
const browser = await chromium.launch(
  found?.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : {},
);
mkdirSync(values.out, { recursive: true });

/** Saves a screenshot and says where. */
async function shot(page, name, fullPage = false) {
  await page.evaluate(() => document.fonts.ready);
  const file = join(values.out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}

/** One learner: answers every question with the first choice offered (and types 150), returns the result code. */
async function learner(index) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    colorScheme: values.theme,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/teach/join/#${fragment}`);
  const question = page.locator('fieldset[data-question-id]');
  await question.waitFor();
  for (let n = 0; n < IDS.length; n++) {
    const type = await question.getAttribute('data-type');
    if (type === 'numeric') await question.locator('input').fill(String(150 + index * 3));
    else if (type === 'categorise') {
      const selects = question.locator('select');
      for (let i = 0; i < (await selects.count()); i++)
        await selects.nth(i).selectOption({ index: 1 + ((i + index) % 3) });
    } else if (type !== 'order')
      await question
        .locator('input')
        .nth(index % 2)
        .check();
    if (index === 0 && n === 0) await shot(page, 'join-question-phone');
    const last = n === IDS.length - 1;
    await page.getByRole('button', { name: last ? 'Finish' : 'Next question', exact: true }).click();
  }
  const anyway = page.getByRole('button', { name: 'Finish anyway' });
  if (await anyway.isVisible()) await anyway.click();
  const code = (await page.locator('[data-result-code]').textContent()).trim();
  if (index === 0) await shot(page, 'join-end-phone');
  await context.close();
  return code;
}

try {
  const codes = [];
  for (let i = 0; i < 3; i++) codes.push(await learner(i));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: values.theme });
  const page = await context.newPage();
  await page.goto(`${origin}/teach/results/#${fragment}`);
  await page.locator('textarea').fill(`Ana: ${codes[0]}\nBen: ${codes[1]}\nCy: ${codes[2]}`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await page.locator('[data-learner-code]').nth(2).waitFor();
  await shot(page, 'results-laptop', true);
  // The builder and the presenter (helper B's pages) when this build has them.
  if (existsSync(join(values.dir, 'teach', 'index.html'))) {
    await page.goto(`${origin}/teach/#${fragment}`);
    await page.locator('a[data-join-link]').waitFor();
    await shot(page, 'builder-laptop');
  }
  if (existsSync(join(values.dir, 'teach', 'present', 'index.html'))) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${origin}/teach/present/#${fragment}`);
    await page.waitForLoadState('networkidle');
    await shot(page, 'presenter-laptop');
  }
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
