import { expect, loadBank, openQuiz, test } from './fixtures';

const sre = loadBank('what-is-sre');
const devops = loadBank('what-is-devops');
const all = [...sre.questions, ...devops.questions];

test('the banks use every question type, at least twice each', () => {
  const counts = new Map<string, number>();
  for (const q of all) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
  for (const type of ['single', 'multiple', 'true-false', 'categorise', 'order', 'numeric']) {
    expect(counts.get(type) ?? 0, type).toBeGreaterThanOrEqual(2);
  }
});

test('categorise, order, numeric and true-false work with the keyboard alone', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  await openQuiz(page);

  const cat = sre.questions.find((q) => q.type === 'categorise')!;
  if (cat.type !== 'categorise') throw new Error('no categorise question');
  const catBox = page.locator(`#q-${cat.id}`);
  for (const item of cat.items) {
    const select = page.locator(`#q-${cat.id}-${item.id}`);
    await select.focus();
    const index = cat.buckets.findIndex((b) => b.id === item.bucket) + 1;
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue(item.bucket);
  }
  await catBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(catBox.locator('.feedback__verdict')).toHaveText('✓ Correct.');
  // Checking moves focus to "Next question" on the next frame; wait for it before moving on.
  const settled = () => expect(page.locator(':focus')).toHaveText(/Next question|See your score/);
  await settled();

  const ord = sre.questions.find((q) => q.type === 'order')!;
  if (ord.type !== 'order') throw new Error('no order question');
  const ordBox = page.locator(`#q-${ord.id}`);
  // Move the first displayed step down with the keyboard; focus follows it and the move is announced.
  const firstDown = ordBox.locator('.order-item').first().getByRole('button', { name: /down$/ });
  const label = (await firstDown.getAttribute('aria-label'))!;
  await firstDown.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-live')).toContainText('moved to position 2');
  await expect(ordBox.getByRole('button', { name: label })).toBeFocused();
  await ordBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(ordBox.locator('.feedback')).toBeVisible();
  await settled();

  const num = sre.questions.find((q) => q.type === 'numeric')!;
  if (num.type !== 'numeric') throw new Error('no numeric question');
  const numBox = page.locator(`#q-${num.id}`);
  await numBox.locator('input').focus();
  await page.keyboard.type('abc');
  await numBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(numBox).toContainText('Enter a number first');
  await numBox.locator('input').fill('');
  await numBox.locator('input').focus();
  await page.keyboard.type(String(num.answer));
  await numBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(numBox.locator('.feedback__verdict')).toHaveText('✓ Correct.');
  await expect(numBox).toContainText(num.unit);
  await settled();

  const tf = sre.questions.find((q) => q.type === 'true-false')!;
  if (tf.type !== 'true-false') throw new Error('no true-false question');
  const tfBox = page.locator(`#q-${tf.id}`);
  await tfBox.locator(`input[value="${!tf.answer}"]`).focus();
  await page.keyboard.press('Space');
  await tfBox.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(tfBox.locator('.feedback__verdict')).toHaveText('✗ Not quite.');
  await expect(tfBox.locator('.feedback__why').first()).toContainText(tf.feedback);
});

test('partial credit is shown for a partly right categorise answer', async ({ page }) => {
  const cat = devops.questions.find((q) => q.type === 'categorise')!;
  if (cat.type !== 'categorise') throw new Error('no categorise question');
  await page.goto('/learn/what-is-devops/');
  await openQuiz(page);
  // Place all but the first item right, the first in a wrong bucket.
  for (const [i, item] of cat.items.entries()) {
    const bucket = i === 0 ? cat.buckets.find((b) => b.id !== item.bucket)!.id : item.bucket;
    await page.locator(`#q-${cat.id}-${item.id}`).selectOption(bucket);
  }
  const box = page.locator(`#q-${cat.id}`);
  await box.getByRole('button', { name: 'Check answer' }).click();
  const pct = Math.round(((cat.items.length - 1) / cat.items.length) * 100);
  await expect(box.locator('.feedback__verdict')).toHaveText(`◐ Partly right: ${pct}% of the credit.`);
  await expect(box).toContainText('Belongs in');
});

test('a seed in the link fixes the order; a bad seed is named and ignored', async ({ page }) => {
  const orderOf = async () => page.locator('fieldset.question').evaluateAll((f) => f.map((x) => x.id).join());
  await page.goto('/learn/what-is-sre/?seed=12345');
  await openQuiz(page);
  const first = await orderOf();
  const options = await page
    .locator('fieldset.question')
    .first()
    .locator('input, select, .order-item')
    .evaluateAll((e) => e.length);
  expect(options).toBeGreaterThan(0);
  await expect(page.getByTestId('quiz')).toHaveAttribute('data-seed', '12345');

  await page.evaluate(() => localStorage.clear());
  await page.goto('/learn/what-is-sre/?seed=12345');
  await openQuiz(page);
  expect(await orderOf()).toBe(first);

  await page.goto('/learn/what-is-sre/?seed=54321');
  await openQuiz(page);
  expect(await orderOf()).not.toBe(first);

  await page.goto('/learn/what-is-sre/?seed=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await openQuiz(page);
  await expect(page.getByTestId('quiz')).toContainText('The “seed” in this link must be a whole number');
  await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
  await expect(page.locator('fieldset.question')).toHaveCount(sre.questions.length);
});
