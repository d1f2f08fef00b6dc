import { answerAll, expect, test } from './fixtures';
import { classSet } from './teach-helpers';

// Runs against the copy of the site built with BASE=/guide/ (see playwright.config.ts).
test('under /guide/: links, islands and search all stay under the base', async ({ page }) => {
  await page.goto('/guide/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) expect(href.startsWith('/guide/'), href).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await expect(page).toHaveURL(/\/guide\/learn\/$/);
  await page.getByRole('link', { name: 'What is DevOps?' }).click();
  await expect(page).toHaveURL(/\/guide\/learn\/what-is-devops\/$/);

  const total = await answerAll(page);
  await expect(page.getByTestId('quiz-score')).toContainText(`of ${total}`);

  await page.locator('body').press('/');
  await page.getByRole('searchbox').fill('Treynor');
  const result = page.getByRole('dialog').getByRole('link', { name: /site reliability/i });
  // The hit links to the section that matched, under the base too.
  await expect(result).toHaveAttribute('href', /^\/guide\/learn\/what-is-sre\/#where-sre-came-from$/);
  await result.click();
  await expect(page).toHaveURL(/\/guide\/learn\/what-is-sre\/#where-sre-came-from$/);
});

test('under /guide/: a class quiz opens on a phone with its questions, and the results page reads the set', async ({
  page,
}) => {
  const { fragment } = classSet('end');
  await page.goto(`/guide/teach/join/#${fragment}`);
  await expect(page.locator('fieldset[data-question-id="devops-biggest-lead-time-win"]')).toBeVisible();
  await page.goto(`/guide/teach/results/#${fragment}`);
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await page.goto('/guide/teach/results/');
  await expect(page.getByTestId('results-no-set').getByRole('link', { name: 'Teach' })).toHaveAttribute(
    'href',
    '/guide/teach/',
  );
});

test('under /guide/: the Teach builder links its set pages under the base, and the presenter loads the set', async ({
  page,
}) => {
  await page.goto('/guide/teach/');
  await expect(page.locator('[data-testid="teach-builder"][data-ready="true"]')).toHaveCount(1);
  const presenter = new URL((await page.locator('[data-presenter-link]').getAttribute('href'))!);
  expect(presenter.pathname).toBe('/guide/teach/present/');
  expect(new URL((await page.locator('[data-join-link]').getAttribute('href'))!).pathname).toBe('/guide/teach/join/');
  await page.goto(presenter.pathname + presenter.hash);
  await expect(page.locator('[data-testid="presenter"][data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('.presenter__stage')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.presenter__stage [data-question-id]')).toHaveCount(1);
});

test.describe('under /guide/: installable and offline', () => {
  test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('the manifest starts and scopes the app at /guide/, its icons load, and the worker serves /guide/ offline', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    await page.goto('/guide/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/guide/manifest.webmanifest');
    const manifestUrl = new URL(href!, baseURL).href;
    const manifest = (await (await request.get(manifestUrl)).json()) as {
      start_url: string;
      scope: string;
      icons: { src: string; purpose: string }[];
    };
    expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/guide/');
    expect(new URL(manifest.scope, manifestUrl).pathname).toBe('/guide/');
    expect(manifest.icons.map((i) => i.purpose)).toContain('maskable');
    for (const icon of manifest.icons) {
      const r = await request.get(new URL(icon.src, manifestUrl).href);
      expect(r.headers()['content-type'], icon.src).toBe('image/png');
    }

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/guide/');
    await context.setOffline(true);
    await page.goto('/guide/learn/what-is-sre/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('What is');
  });
});
