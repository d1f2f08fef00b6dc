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
  await expect(page).toHaveURL(/\/learn\/what-is-sre\/$/);
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
