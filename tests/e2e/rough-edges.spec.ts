/** Rough edges a new user hit (issue 9, section 3): each reproduced here. */
import { expect, test } from './fixtures';

test('a link to a question order (?seed=N#quiz) lands on the knowledge check, hydrated in that order', async ({
  page,
}) => {
  await page.goto('/learn/what-is-sre/?seed=5#quiz');
  const quiz = page.getByTestId('quiz');
  await expect(quiz).toHaveAttribute('data-seed', '5');
  await expect(quiz).toBeInViewport();
});

test('search finds the tools: "simulator" finds the error-budget simulator', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('simulator');
  await expect(dialog.getByRole('link', { name: /Error-budget simulator/ }).first()).toBeVisible();
});

for (const path of ['/', '/learn/', '/learn/what-is-sre/', '/progress/']) {
  test(`no words run into numbers or separators on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const text = await page.locator('main').innerText();
    // "them:18 lessons", "review: 0·", "check ·Reviewed": a colon or a middle dot glued to the next word.
    expect(text).not.toMatch(/[a-z]:\d/);
    expect(text).not.toMatch(/\S·|·\S/);
    expect(text).not.toMatch(/\b1 knowledge checks\b/);
  });
}
