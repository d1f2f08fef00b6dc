import { test as plain } from '@playwright/test';
import { expect, test } from './fixtures';

test('/design/ shows every component in both themes, and its toast confirms and can be dismissed', async ({ page }) => {
  await page.goto('/design/');
  for (const theme of ['light', 'dark']) {
    const panel = page.getByTestId(`design-${theme}`);
    await expect(panel).toHaveAttribute('data-theme', theme);
    for (const part of ['.button--danger', '.badge--sre', '.ring', '.stat', '.callout--warning', '.empty-state']) {
      await expect(panel.locator(part).first()).toBeVisible();
    }
  }
  // The two panels really differ: the dark one's page background is dark.
  const bg = (theme: string) =>
    page.getByTestId(`design-${theme}`).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg('light')).toBe('rgb(246, 247, 249)');
  expect(await bg('dark')).toBe('rgb(14, 17, 22)');

  await page.getByTestId('design-light').getByRole('button', { name: 'Show a toast' }).click();
  const region = page.getByRole('status').filter({ hasText: 'Progress exported' });
  await expect(region).toBeVisible();
  await region.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.toast-region .toast')).toHaveCount(0);
});

test('the file picker is a button that keyboard users reach and open', async ({ page }) => {
  await page.goto('/design/');
  const input = page.getByTestId('design-light').locator('.file-button input[type=file]');
  await input.focus();
  await expect(input).toBeFocused();
  const outline = await page
    .getByTestId('design-light')
    .locator('.file-button')
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  const chooser = page.waitForEvent('filechooser');
  // Pressed on the input itself: a script that moves focus after load (the page's islands) must not take the key.
  await input.press('Space');
  await chooser;
});

test('text is set in the self-hosted Atkinson Hyperlegible Next, preloaded from this site', async ({ page }) => {
  await page.goto('/learn/what-is-devops/');
  const preload = page.locator('link[rel=preload][as=font]');
  await expect(preload).toHaveCount(1);
  expect(await preload.getAttribute('href')).toMatch(
    /^\/_astro\/atkinson-hyperlegible-next-latin-wght-normal\.[\w-]+\.woff2$/,
  );
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('1em "Atkinson Hyperlegible Next"');
  });
  expect(loaded).toBe(true);
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toMatch(
    /^"Atkinson Hyperlegible Next"/,
  );
});

// Without the route guard: intercepting requests turns the browser's cache off, and the cache is what is tested.
plain('a repeat visit downloads no font again', async ({ page, baseURL }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // A response from the browser's memory cache is announced by requestServedFromCache before it arrives.
  const cached = new Set<string>();
  const fromNetwork: string[] = [];
  cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    const r = e.response;
    if (r.url.endsWith('.woff2') && !cached.has(e.requestId) && !r.fromDiskCache && !r.fromServiceWorker)
      fromNetwork.push(r.url);
  });
  await page.goto(`${baseURL}/learn/what-is-devops/`);
  await page.evaluate(() => document.fonts.ready);
  expect(fromNetwork.length, 'the first visit downloads the body font').toBeGreaterThan(0);
  fromNetwork.length = 0;
  await page.goto(`${baseURL}/learn/what-is-sre/`);
  await page.evaluate(() => document.fonts.ready);
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  expect(fromNetwork).toEqual([]);
});
