import { expect, test } from './fixtures';

test('search opens with "/", finds a lesson by a word from its body, and opens it', async ({ page }) => {
  await page.goto('/glossary/');
  // Search code is not loaded until search is opened.
  const before = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(before.some((u) => u.includes('pagefind'))).toBe(false);

  await page.locator('body').press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('Treynor');
  const result = dialog.getByRole('link', { name: /What is site reliability engineering/i });
  await expect(result).toBeVisible();
  await expect(dialog.locator('mark').first()).toContainText(/treynor/i);
  await expect(dialog.getByRole('status')).toContainText(/result/);

  await input.press('ArrowDown');
  await expect(result.first()).toBeFocused();
  await page.keyboard.press('Enter');
  // It opens at the section that mentions him, not at the top of the lesson.
  await expect(page).toHaveURL(/\/learn\/what-is-sre\/#[\w-]+$/);
});

test('search opens from the button, says when nothing matches, and Escape closes it', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('zzqxv');
  await expect(dialog.getByRole('status')).toContainText('No results');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the glossary is searchable', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('glossary');
  await expect(dialog.getByRole('link', { name: /^Glossary/ })).toBeVisible();
});

test('the one live region announces counts and a short quote, never a pasted page of text', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const query = 'error budget '.repeat(7_693).slice(0, 100_000);
  await dialog.getByRole('searchbox').fill(query);
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/\d+ results? for “error budget error budget/);
  const said = (await status.textContent()) ?? '';
  expect(said.length).toBeLessThan(200);
  expect(said).toContain('…');
  expect(said).toContain('Only the first 200 characters were searched.');
  await expect(dialog.locator('[aria-live], [role="status"], [role="alert"], [role="log"]')).toHaveCount(1);
});

test('only results on screen have their text fetched; "More results" fetches the next and takes focus', async ({
  page,
}) => {
  await page.goto('/glossary/');
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
  });
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('error');
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/^\d+ results for “error”\. Showing \d+\.$/);
  const [, found, shown] = /^(\d+) results.*Showing (\d+)/.exec((await status.textContent()) ?? '')!.map(Number);
  expect(shown).toBeLessThan(found!);
  await expect(results).toHaveCount(shown!);
  expect(new Set(fragments).size).toBe(shown);

  await dialog.getByRole('button', { name: 'More results' }).click();
  await expect(results.nth(shown!)).toBeFocused();
  const now = await results.count();
  expect(now).toBeGreaterThan(shown!);
  expect(new Set(fragments).size).toBe(now);
  await expect(status).toContainText(now < found! ? `Showing ${now}.` : `${found} results for “error”.`);
});

test('search loads no UI framework, and hovering the button warms Pagefind before it opens', async ({ page }) => {
  await page.goto('/glossary/');
  const wasm = page.waitForResponse((r) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(r.url()));
  await page.getByRole('button', { name: 'Search' }).hover();
  await wasm;
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('toil');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(loaded.filter((u) => /preact|jsxRuntime|hooks\.module/.test(u))).toEqual([]);
  // Its stylesheet came with it, and the dialog is laid out by it (a modal over a dimmed page).
  expect(loaded.some((u) => /\/_astro\/search\.[\w-]+\.css$/.test(u))).toBe(true);
  await expect(dialog).toHaveCSS('border-top-style', 'solid');
});

test('keyboard: Home and End in the results, ArrowUp from the first returns to the field, Close returns focus', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('budget');
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await input.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(results.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await dialog.getByRole('button', { name: 'Close search' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});

test('a hit deep in a lesson opens the lesson at that heading, and the result names the heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('handoffs');
  const result = dialog.getByRole('link', { name: /^Incident response\s*, Handoffs/ });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', /\/learn\/incident-response\/#handoffs$/);
  // On screen: "Incident response › Handoffs" (the "›" is hidden from screen readers, which hear a comma).
  await expect(result.locator('.search-results__title')).toContainText('Incident response ›');
  await expect(result.locator('.search-results__heading')).toHaveText('Handoffs');
  await expect(result.locator('mark').first()).toContainText(/handoff/i);

  await result.click();
  await expect(page).toHaveURL(/\/learn\/incident-response\/#handoffs$/);
  const heading = page.getByRole('heading', { level: 2, name: 'Handoffs' });
  await expect(heading).toBeInViewport();
  // Deep in the page: the lesson's title is scrolled out of view.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('a glossary hit opens the glossary at the term, from another page and from the glossary itself', async ({
  page,
}) => {
  await page.goto('/learn/what-is-sre/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('idempotence');
  const result = dialog.getByRole('link', { name: /^Glossary\s*, Idempotence/ });
  await expect(result).toHaveAttribute('href', /\/glossary\/#idempotence$/);
  await result.click();
  await expect(page).toHaveURL(/\/glossary\/#idempotence$/);
  await expect(page.locator('dt#idempotence')).toBeInViewport();
  await expect(page.locator('dt#action-item')).not.toBeInViewport();

  // On the glossary already, only the hash changes: the dialog closes and the page scrolls to the term.
  await page.getByRole('button', { name: 'Search' }).click();
  await dialog.getByRole('searchbox').fill('load shedding');
  const term = dialog.getByRole('link', { name: /^Glossary\s*, Load shedding/ });
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/glossary\/#load-shedding$/);
  await expect(page.locator('dt#load-shedding')).toBeInViewport();
  await expect(page.locator('dt#idempotence')).not.toBeInViewport();
});
