import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { answerRight, expect, loadBank, openQuiz, PROGRESS_KEY, test } from './fixtures';

const devops = loadBank('what-is-devops');
/** A lesson's standing on the progress page, as its badge says it. */
const badge = (page: Page, lessonId: string) => page.getByTestId(`lesson-${lessonId}`).locator('.badge');
const sre = loadBank('what-is-sre');

test('a missed question becomes due, shows on home, path and practice, and leaves the queue when answered right', async ({
  page,
}) => {
  const q = sre.questions.find((x) => x.type === 'single')!;
  if (q.type !== 'single') throw new Error('no single-choice question');
  await page.goto('/learn/what-is-sre/');
  await openQuiz(page);
  const box = page.locator(`#q-${q.id}`);
  await box.locator(`input[value="${q.options.find((o) => !o.correct)!.id}"]`).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.feedback')).toBeVisible();

  for (const path of ['/', '/learn/']) {
    await page.goto(path);
    await expect(page.getByTestId('due-count')).toHaveText('1');
  }

  await page.goto('/practice/');
  await expect(page.getByTestId('practice-due')).toHaveText('1 question is due for review.');
  await page.getByRole('button', { name: 'Start the review' }).click();
  await expect(page.locator(`#q-${q.id}`)).toContainText('Review 1 of 1');
  await answerRight(page, q);
  await page.getByRole('button', { name: 'Finish the review' }).click();
  await expect(page.getByTestId('practice-result')).toContainText('You answered 1 of 1 right.');
  await expect(page.getByTestId('practice-result')).toContainText('Your next review is due tomorrow, ');
  await page.getByRole('button', { name: 'Back to the review overview' }).click();
  await expect(page.getByTestId('practice-due')).toHaveText('Nothing is due for review right now.');
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), PROGRESS_KEY);
  expect(stored.reviews[q.id]).toMatchObject({ step: 1 });
});

test('the progress page exports, refuses a bad file with nothing changed, imports by merge and replace, and resets', async ({
  page,
}, testInfo) => {
  await page.goto('/learn/what-is-devops/');
  await openQuiz(page);
  await page.goto('/progress/');
  await expect(badge(page, 'what-is-devops')).toHaveText('Read');
  await expect(page.getByTestId('lesson-what-is-devops')).toContainText('Read today');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^field-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = testInfo.outputPath('export.json');
  await download.saveAs(exportPath);
  const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
  expect(exported.format).toBe('devops-sre-field-guide/progress');
  expect(exported.progress.lessons['what-is-devops'].readAt).toBeTruthy();

  const before = await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY);
  const input = page.getByLabel('Import a progress file');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByTestId('import-error')).toContainText(
    'notes.json: This file is not a progress export from this site',
  );
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  await expect(page.getByTestId('import-error')).toContainText('not valid JSON');
  const damaged = { ...exported, progress: { ...exported.progress, lessons: { 'what-is-sre': { attempts: 'lots' } } } };
  await input.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(page.getByTestId('import-error')).toHaveText(
    'damaged.json: This file is damaged: a finished attempt in the lesson ‘What is site reliability engineering?’ is not readable. Nothing was changed.',
  );
  await expect(page.getByTestId('import-error')).toContainText('Nothing was changed');
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(before);

  // Over 2 MB: refused by its size, in bytes.
  await input.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, note: '€'.repeat(700_000) })),
  });
  await expect(page.getByTestId('import-error')).toHaveText(
    'huge.json: This file is too large to be a progress export (over 2 MB). Nothing was changed.',
  );
  // An export date that is not a date (Date.parse reads "1" as 2001).
  await input.setInputFiles({
    name: 'odd-date.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, exportedAt: '1' })),
  });
  await expect(page.getByTestId('import-error')).toContainText('the date it was exported is missing or not readable');
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(before);

  // A file from another browser that has the SRE lesson read: merge keeps both. A lesson this site does not
  // have is left out, and the page says so.
  const other = {
    ...exported,
    progress: {
      version: 2,
      lessons: {
        'what-is-sre': { readAt: '2026-11-01T10:00:00.000Z', attempts: [] },
        'retired-lesson': { readAt: '2026-11-01T10:00:00.000Z', attempts: [] },
      },
      reviews: {},
    },
  };
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(other)),
  });
  await expect(page.getByRole('group', { name: /other\.json: exported/ })).toBeVisible();
  await expect(page.getByTestId('import-left-out')).toHaveText('1 lesson that this site does not have was left out.');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('merged');
  await expect(badge(page, 'what-is-sre')).toHaveText('Read');
  await expect(badge(page, 'what-is-devops')).toHaveText('Read');

  // Replace: only the file's progress remains.
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(other)),
  });
  await page.getByLabel(/Replace the progress in this browser/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByTestId('import-status')).toContainText('replaced');
  await expect(badge(page, 'what-is-devops')).toHaveText('Not started');
  await expect(badge(page, 'what-is-sre')).toHaveText('Read');

  // Reset asks first; Cancel changes nothing, confirming erases everything.
  await page.getByRole('button', { name: 'Erase all progress…' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(badge(page, 'what-is-sre')).toHaveText('Read');
  await page.getByRole('button', { name: 'Erase all progress…' }).click();
  await page.getByRole('button', { name: 'Yes, erase my progress' }).click();
  await expect(page.getByText('All progress in this browser was erased.')).toBeVisible();
  await expect(badge(page, 'what-is-sre')).toHaveText('Not started');
  await expect(page.getByTestId('overall').locator('.ring__number')).toHaveText('0%');
  await expect(page.getByRole('button', { name: 'Erase all progress…' })).toBeFocused();
});

test('the certificate unlocks when every check is passed, and keeps the learner name', async ({ page }) => {
  const lessons = readdirSync(new URL('../../content/lessons/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) =>
      f
        .split('/')
        .pop()!
        .replace(/^\d+-/, '')
        .replace(/\.mdx$/, ''),
    );
  await page.goto('/certificate/');
  await expect(page.getByTestId('certificate-locked')).toContainText(
    `${lessons.length} of ${lessons.length} still to pass`,
  );

  // Pass one check by answering it, and seed the others as passed, as a learner who finished them would have.
  await page.goto('/learn/what-is-devops/');
  await openQuiz(page);
  for (const q of devops.questions) await answerRight(page, q);
  await expect(page.getByTestId('quiz-score')).toContainText('passed');
  await page.evaluate(
    ([key, ids]) => {
      const doc = JSON.parse(localStorage.getItem(key!)!);
      const at = '2026-11-20T10:00:00.000Z';
      for (const id of ids as unknown as string[]) {
        if (doc.lessons[id]?.attempts?.length) continue;
        doc.lessons[id] = {
          readAt: at,
          attempts: [{ startedAt: at, finishedAt: at, seed: 1, points: 11, total: 12, percent: 92, outcomes: {} }],
        };
      }
      localStorage.setItem(key!, JSON.stringify(doc));
    },
    [PROGRESS_KEY, lessons] as const,
  );
  await page.goto('/certificate/');
  await expect(page.getByTestId('certificate-locked')).toHaveCount(0);
  // One lesson short: the certificate stays locked and says which.
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key)!);
    Object.assign(doc.lessons['what-is-sre'].attempts[0], { points: 9, percent: 75 });
    localStorage.setItem(key, JSON.stringify(doc));
  }, PROGRESS_KEY);
  await page.reload();
  await expect(page.getByTestId('certificate-locked')).toContainText('1 of');
  await expect(page.getByTestId('certificate-locked')).toContainText('best so far 75%');
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key)!);
    Object.assign(doc.lessons['what-is-sre'].attempts[0], { points: 9.6, percent: 80 });
    localStorage.setItem(key, JSON.stringify(doc));
  }, PROGRESS_KEY);

  await page.goto('/progress/');
  await expect(page.getByTestId('overall').locator('.ring__number')).toHaveText('100%');
  await page.getByRole('link', { name: 'Your certificate' }).click();
  await expect(page.getByTestId('certificate')).toBeVisible();
  await page.getByLabel(/Your name/).fill('Ada Lovelace');
  await expect(page.getByTestId('certificate-name')).toHaveText('Ada Lovelace');
  await page.reload();
  await expect(page.getByTestId('certificate-name')).toHaveText('Ada Lovelace');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel(/Your name/)).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('certificate-sheet')).toBeVisible();
});

test('two tabs: an answer in one shows in the other without a reload, and answers given in both survive', async ({
  page,
  context,
}) => {
  const [a, b, c] = sre.questions.filter((q) => q.type !== 'order');
  const other = await context.newPage();
  // Lets the test hold back storage events in the second tab, as if both tabs answered at the same moment.
  await other.addInitScript(() => {
    window.addEventListener(
      'storage',
      (e) => {
        if ((window as unknown as { holdEvents?: boolean }).holdEvents) e.stopImmediatePropagation();
      },
      true,
    );
  });
  await page.goto('/learn/what-is-sre/?seed=7');
  await other.goto('/learn/what-is-sre/?seed=7');
  await openQuiz(page);
  await openQuiz(other);

  await answerRight(page, a!);
  await expect(other.locator(`#q-${a!.id} .feedback`)).toBeVisible();

  await other.evaluate(() => ((window as unknown as { holdEvents?: boolean }).holdEvents = true));
  await answerRight(page, b!);
  // The second tab has not seen b, and answers c: its save must not drop b.
  await expect(other.locator(`#q-${b!.id} .feedback`)).toHaveCount(0);
  await answerRight(other, c!);
  // Read from the first tab, where the second tab's write arrives a moment later (tabs are separate processes):
  // wait for it rather than read once.
  await expect
    .poll(async () => {
      const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), PROGRESS_KEY);
      return Object.keys(stored.lessons['what-is-sre'].current.answers).sort();
    })
    .toEqual([a!.id, b!.id, c!.id].sort());
  await expect(other.locator(`#q-${b!.id} .feedback`)).toBeVisible();
  await expect(page.locator(`#q-${c!.id} .feedback`)).toBeVisible();
});

test('/compare/ shows its aspects and overlaps in the order the files are written in', async ({ page }) => {
  const read = (file: string) =>
    parse(readFileSync(`content/compare/${file}.yaml`, 'utf8')) as { id: string; point?: string }[];
  await page.goto('/compare/');
  const shown = await page.locator('section.aspect[id]').evaluateAll((s) => s.map((e) => e.id));
  expect(shown).toEqual([...read('aspects').map((a) => a.id), 'overlap']);
  const points = await page.locator('.overlap > li').allTextContents();
  expect(points.map((p) => p.replace(/\s+/g, ' ').trim())).toEqual(
    read('overlap').map((o) => expect.stringMatching(`^${RegExp.escape(o.point!.replace(/\s+/g, ' '))}`)),
  );
});
