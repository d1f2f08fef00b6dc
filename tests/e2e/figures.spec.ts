import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function figure(page: Page, path: string, testId: string) {
  await page.goto(path);
  const box = page.getByTestId(testId);
  await box.scrollIntoViewIfNeeded();
  await expect(box).toHaveAttribute('data-ready', 'true');
  return box;
}

test('the toil calculator in the toil lesson computes break-even and explains bad input', async ({ page }) => {
  const box = await figure(page, '/learn/toil-and-automation/', 'toil-calculator');
  await expect(box.getByTestId('toil-result')).toContainText('pays back after 30 weeks');
  await box.getByLabel('Hours a week to maintain it').fill('5');
  await expect(box.getByTestId('toil-result')).toContainText('would not save any time');
  await box.getByLabel('Runs still done by hand afterwards').fill('150');
  await expect(box.getByText('Enter a percentage from 0 to 100.')).toBeVisible();
  await expect(box.getByTestId('toil-result')).toContainText('Fix the values marked above');
});

test('the DORA self-check in the measuring lesson gives the five metrics', async ({ page }) => {
  const box = await figure(page, '/learn/measuring-delivery/', 'dora-check');
  const result = box.getByTestId('dora-result');
  await expect(result).toContainText('18.8%');
  await box.getByLabel('Production deployments').fill('20');
  await box.getByLabel('…that needed a rollback or hotfix').fill('1');
  await expect(result).toContainText('5%');
  await box.getByLabel('Lead times of changes (hours)').fill('1, two');
  await expect(box.getByText('Numbers separated by commas.')).toBeVisible();
});

test('the rollout comparison in the delivery lesson ranks the strategies', async ({ page }) => {
  const box = await figure(page, '/learn/continuous-delivery/', 'rollout-risk');
  const failed = async (id: string) => Number(await box.locator(`[data-strategy="${id}"]`).getAttribute('data-failed'));
  expect(await failed('canary')).toBeLessThan(await failed('blue-green'));
  expect(await failed('blue-green')).toBeLessThan(await failed('big-bang'));
  await box.getByLabel('Minutes until it is noticed').fill('30');
  // 2,000 rps × 60 × 20% × (30 + 10) minutes for a big-bang release.
  await expect(box.locator('[data-strategy="big-bang"]')).toHaveAttribute('data-failed', String(2000 * 60 * 0.2 * 40));
});
