/**
 * Offline and updates (issue 14), with the site's service worker allowed (the other specs block it):
 * - one visit to the home page, then with the network off: a lesson never visited, a search for a word from it, an
 *   answer kept across a reload, the simulator from a link, and a quiz set's join link all work;
 * - a new deploy (a copy of the site served on a port of its own, its worker and a page changed in place) is offered
 *   with "A new version is ready" and a Reload button, never by reloading on its own; an answer given while the
 *   prompt shows is still there after the switch, the new page is shown, and the old cache is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PORT } from '../../playwright.config';
import { answerSome, expect, openQuiz, test } from './fixtures';
import { CLASS_QUESTIONS, classSet } from './teach-helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until the site's worker is active (its install, the whole precache, has finished) and controls the page. */
async function workerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test.describe('with the network off after one visit', () => {
  // Going offline makes the browser log the failed update check of the worker script, and the mistyped address at
  // the end is answered with the site's 404 page and status; nothing else may fail.
  // (One pattern: a list of two would be read as Playwright's [value, options] pair.)
  test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|status of 404/] });

  test('a lesson never opened, search, an answer, the simulator and a join link all work', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await workerReady(page);
    await context.setOffline(true);

    // A lesson never visited, with its figures and knowledge check.
    await page.goto('/learn/error-budgets/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Error budgets');
    const quiz = await openQuiz(page);
    const first = quiz.locator('fieldset.question').first();
    const id = await first.getAttribute('id');
    await answerSome(first);

    // The answer is kept: reloaded offline, the question shows its feedback again.
    await page.reload();
    await openQuiz(page);
    await expect(page.locator(`#${id} .feedback`)).toBeVisible();

    // Search: Pagefind's index, worker and WebAssembly all come from the cache.
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox').fill('burn rate');
    await expect(dialog.getByRole('link', { name: /Error budgets/i }).first()).toBeVisible();
    await page.keyboard.press('Escape');

    // The simulator, opened from a shared link (its query is ignored by the cache, read by the page).
    await page.goto('/tools/error-budget/?slo=99.9&days=30&incident=600,45,100');
    await expect(page.locator('[data-testid="simulator"][data-ready="true"]')).toBeVisible();
    // The link's SLO and window: 0.1% of 30 days is a budget of 2,592 seconds.
    await expect(page.locator('output[name="budget"]')).toHaveText('43 min 12 s');

    // A classroom set's join link: the set's questions come from the cached question files.
    const { fragment } = classSet();
    await page.goto(`/teach/join/#${fragment}`);
    await expect(page.locator('[data-testid="join"] fieldset[data-question-id]')).toBeVisible();
    expect(CLASS_QUESTIONS).toContain(
      await page.locator('[data-testid="join"] fieldset[data-question-id]').getAttribute('data-question-id'),
    );

    // A page that does not exist gets the site's own 404 page, not the browser's error.
    await page.goto('/learn/no-such-lesson/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('ERR_INTERNET_DISCONNECTED');
  });
});

test.describe('a new version', () => {
  const port = PORT + 2;
  const origin = `http://127.0.0.1:${port}`;
  let dir = '';
  let server: ChildProcess | undefined;

  test.use({ baseURL: origin });
  // One copy of the site, changed in place by each test in turn.
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fg-offline-'));
    cpSync('dist', dir, { recursive: true });
    server = spawn(
      process.execPath,
      ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--host', '127.0.0.1'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((done) =>
      server!.stdout!.on('data', (c: Buffer) => c.toString().includes('Serving') && done()),
    );
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is offered, never forced; an answer given meanwhile survives the switch; old caches go', async ({ page }) => {
    await page.goto('/learn/error-budgets/');
    await workerReady(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // Deploy: a changed lesson page, and the worker with a new version (as a build writes it).
    const lesson = join(dir, 'learn/error-budgets/index.html');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('</h1>', ' (revised)</h1>'));
    const worker = join(dir, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(before[0]!.replace('field-guide-', ''), 'next-version'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('A new version of the site is ready.');
    await expect(prompt).toHaveAttribute('role', 'status');

    // The class carries on: an answer now, and the page has not reloaded by itself.
    const quiz = await openQuiz(page);
    const first = quiz.locator('fieldset.question').first();
    const id = await first.getAttribute('id');
    await answerSome(first);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('(revised)');

    // Reload switches: the new page, the answer kept, only the new cache left.
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(revised)');
    await openQuiz(page);
    await expect(page.locator(`#${id} .feedback`)).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['field-guide-next-version']);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  });

  test('"Later" hides the prompt and nothing changes until the person chooses', async ({ page }) => {
    await page.goto('/');
    await workerReady(page);
    const worker = join(dir, 'sw.js');
    const [version] = await page.evaluate(() => caches.keys());
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(version!.replace('field-guide-', ''), 'later-version'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toHaveCount(0);
    // The old version still serves the page; the new one waits.
    expect(await page.evaluate(() => caches.keys())).toContain(version);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(
      true,
    );
  });
});
