/**
 * /exports/ (issue 13): every lesson and the whole curriculum with a file per format, each link answering with the
 * file (its first bytes checked) and its skipped list; a /teach/ set's files written in the browser on a button
 * press and downloaded, holding the set's questions, with the skipped list shown; a crafted set link refused in
 * plain words with no buttons; the way in from a lesson, /teach/ and the builder; and all of it by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { FORMATS } from '../../src/lib/export/formats';
import type { QuestionIndex } from '../../src/lib/question-data';
import { MAX_SET_QUESTIONS } from '../../src/lib/teach/set-link';
import { expect, test } from './fixtures';
import { CLASS_QUESTIONS, classSet } from './teach-helpers';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (id: string) => FORMATS.find((f) => f.id === id)!.mime.match(/zip|spreadsheetml/) !== null;

async function lessonIndex(request: APIRequestContext): Promise<QuestionIndex> {
  return (await (await request.get('/data/questions/index.json')).json()) as QuestionIndex;
}

test('the page lists every lesson and the whole curriculum, each in every format, and how to import each', async ({
  page,
}) => {
  const index = await lessonIndex(page.request);
  await page.goto('/exports/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Use the questions elsewhere');
  for (const f of FORMATS) {
    await expect(page.locator(`.exports-formats__item[data-format="${f.id}"]`)).toContainText(f.systems);
  }
  await expect(page.locator('#all-lessons > p').first()).toContainText(
    `a printed quiz holds at most ${MAX_SET_QUESTIONS} questions.`,
  );
  const sections = [{ id: 'all-lessons' }, ...index.lessons];
  for (const l of sections) {
    const section = page.locator(`section[id="${l.id}"]`);
    await expect(section.locator('.export-files__item')).toHaveCount(FORMATS.length);
    const formats = await section
      .locator('.export-files__item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-format')));
    expect(formats).toEqual(FORMATS.map((f) => f.id));
  }
  // Each lesson has its printable quiz and answer key, as a set of all its questions.
  const first = page.locator(`section[id="${index.lessons[0]!.id}"]`);
  await expect(first.getByRole('link', { name: /^Printable quiz/ })).toHaveAttribute('href', /\/teach\/print\/#s=1\./);
  await expect(first.getByRole('link', { name: /^Answer key/ })).toHaveAttribute('href', /\/teach\/key\/#s=1\./);
});

test('every download link answers with its file, and every skipped list with its text', async ({ page }) => {
  const index = await lessonIndex(page.request);
  await page.goto('/exports/');
  const hrefs = await page.locator('a.export-files__link').evaluateAll((els) =>
    els.map((a) => ({
      href: a.getAttribute('href')!,
      format: a.closest('[data-format]')!.getAttribute('data-format')!,
    })),
  );
  expect(hrefs).toHaveLength((index.lessons.length + 1) * FORMATS.length);
  for (const { href, format } of hrefs) {
    const r = await page.request.get(href);
    expect(r.status(), href).toBe(200);
    const body = await r.body();
    expect(body.length, href).toBeGreaterThan(20);
    if (isZip(format)) expect([...body.subarray(0, 4)], href).toEqual(ZIP);
    else if (format === 'moodle-xml') expect(body.subarray(0, 5).toString(), href).toBe('<?xml');
    else expect(() => new TextDecoder('utf-8', { fatal: true }).decode(body), href).not.toThrow();
  }
  const skipped = await page
    .locator('.export-files__skipped a')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
  for (const href of skipped) {
    const text = await (await page.request.get(href)).text();
    expect(text, href).toMatch(/question(s)? exported, \d+ skipped\./);
  }
});

test('a skipped list is shown on the page, collapsed, naming each question and why', async ({ page }) => {
  await page.goto('/exports/');
  const details = page.locator('#all-lessons .export-files__skipped').first();
  await expect(details.locator('.exports-skipped')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('.exports-skipped li').first()).toBeVisible();
  await expect(details.locator('.exports-skipped li').first()).toContainText(':');
});

test('a set from /teach/ is written in the browser and downloaded, with the set’s questions', async ({ page }) => {
  const { fragment } = classSet();
  await page.goto(`/exports/#${fragment}`);
  const set = page.locator('[data-set-status="ready"]');
  await expect(set).toBeVisible();
  await expect(set.getByTestId('set-summary')).toContainText(`${CLASS_QUESTIONS.length} questions from 1 lesson`);
  await expect(set.locator('.exports-set__questions li')).toHaveCount(CLASS_QUESTIONS.length);

  // A text format: the CSV holds every question of the set.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    set.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^set-[a-z0-9]{3}-[a-z0-9]{4}\.questions\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  for (const id of CLASS_QUESTIONS) expect(text).toContain(id);

  // A package: a zip whose files name every question.
  const [zip] = await Promise.all([
    page.waitForEvent('download'),
    set.getByRole('button', { name: 'Download QTI 2.1 package' }).click(),
  ]);
  const bytes = readFileSync((await zip.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual(ZIP);
  const files = unzipSync(new Uint8Array(bytes));
  const all = Object.values(files)
    .map((f) => strFromU8(f))
    .join('\n');
  for (const id of CLASS_QUESTIONS) expect(all).toContain(id);

  // GIFT has no order questions: the set's order question is listed as skipped, with the reason, on the page.
  const [gift] = await Promise.all([
    page.waitForEvent('download'),
    set.getByRole('button', { name: 'Download Moodle GIFT' }).click(),
  ]);
  expect(gift.suggestedFilename()).toMatch(/\.gift\.txt$/);
  const written = set.locator('[data-format="gift"] .exports-set__written');
  await expect(written).toContainText('5 questions in the file; 1 skipped');
  await expect(written.locator('.exports-skipped li')).toContainText('devops-order-pipeline');
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    written.getByRole('button', { name: 'Download the skipped list' }).click(),
  ]);
  expect(readFileSync((await list.path())!, 'utf8')).toContain('devops-order-pipeline');
  await expect(page.getByRole('status').filter({ hasText: 'downloaded' })).toHaveCount(1);
});

/** The texts of an .xlsx file's cells (its shared strings), unescaped. */
const sheetTexts = (bytes: Uint8Array) =>
  [...strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

test('a set’s Kahoot file holds its choice and true/false questions, in their short forms from their own file', async ({
  page,
  request,
}) => {
  const forms = (await (await request.get('/data/questions/short-forms.json')).json()) as Record<
    string,
    { prompt: string; options?: { text: string }[] }
  >;
  const playable = ['devops-biggest-lead-time-win', 'devops-adopt-devops-changes', 'devops-tf-twice-as-fast'];
  const { fragment } = classSet();
  await page.goto(`/exports/#${fragment}`);
  const set = page.locator('[data-set-status="ready"]');
  const [kahoot] = await Promise.all([
    page.waitForEvent('download'),
    set.getByRole('button', { name: 'Download Kahoot spreadsheet' }).click(),
  ]);
  expect(kahoot.suggestedFilename()).toMatch(/\.kahoot\.xlsx$/);
  const texts = sheetTexts(new Uint8Array(readFileSync((await kahoot.path())!)));
  for (const id of playable) {
    expect(texts, id).toContain(forms[id]!.prompt);
    for (const o of forms[id]!.options ?? []) expect(texts, id).toContain(o.text);
  }
  // The sort, order and numeric questions are the three skipped, each with Kahoot's reason.
  const written = set.locator('[data-format="kahoot"] .exports-set__written');
  await expect(written).toContainText('3 questions in the file; 3 skipped');
  await expect(written.locator('.exports-skipped li')).toHaveCount(3);
});

test.describe('short forms missing', () => {
  // The 404 is the fault under test; the browser logs it.
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('when the short forms cannot be loaded, the Kahoot button says so and the other formats still work', async ({
    page,
  }) => {
    await page.route('**/data/questions/short-forms.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const { fragment } = classSet();
    await page.goto(`/exports/#${fragment}`);
    const set = page.locator('[data-set-status="ready"]');
    await set.getByRole('button', { name: 'Download Kahoot spreadsheet' }).click();
    await expect(set.locator('[data-format="kahoot"]')).toContainText(
      'The Kahoot spreadsheet file could not be written. The short wordings Kahoot needs could not be loaded. Check the connection and try again.',
    );
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      set.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.questions\.csv$/);
  });
});

for (const [what, fragment] of [
  ['script in it', 's=1.<script>alert(1)</script>'],
  ['a damaged question list', 's=1.0000000.30.E.ABCDEF'],
  ['a repeated question', `s=1.0000000.30.E.${'ABCDE'.repeat(2)}`],
  ['far too long', `s=1.0000000.30.E.${'A'.repeat(3000)}`],
] as const) {
  test(`a crafted set link (${what}) gets a message in plain words and no buttons`, async ({ page }) => {
    await page.goto(`/exports/#${fragment}`);
    const alert = page.locator('[data-set-status="problem"] [role="alert"]');
    await expect(alert).toContainText('This quiz set link cannot be used.');
    await expect(page.getByRole('button', { name: /^Download/ })).toHaveCount(0);
    // The lessons' files are still there.
    await expect(page.locator('#all-lessons .export-files__item')).toHaveCount(FORMATS.length);
  });
}

test('without a set the page loads no island: its only scripts are the header’s and its own few bytes', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/exports/#error-budgets');
  await expect(page.locator('[data-page-island="exports-set"][data-hydrated]')).toHaveCount(1);
  await expect(page.locator('[data-set-status="none"]')).toBeVisible();
  await expect(page.locator('section#error-budgets')).toBeInViewport();
  expect(scripts.filter((s) => /ExportSet|preact/.test(s))).toEqual([]);
});

test('the way in: a lesson’s knowledge check, /teach/ and the builder link here', async ({ page }) => {
  await page.goto('/learn/error-budgets/');
  const link = page.getByRole('link', { name: 'Use these questions elsewhere' });
  await expect(link).toHaveAttribute('href', '/exports/#error-budgets');
  await link.click();
  await expect(page.locator('section#error-budgets')).toBeInViewport();

  await page.goto('/teach/');
  await expect(page.locator('.teach-page > p a[href="/exports/"]')).toHaveText('Use these questions elsewhere');
  await expect(page.getByTestId('teach-builder')).toHaveAttribute('data-ready', 'true');
  const fromSet = page.locator('[data-exports-link]');
  const href = (await fromSet.getAttribute('href'))!;
  expect(new URL(href).pathname).toBe('/exports/');
  expect(new URL(href).hash).toBe(new URL(page.url()).hash);
  await fromSet.click();
  await expect(page.locator('[data-set-status="ready"]')).toBeVisible();
});

test('keyboard alone: from the address to a downloaded file and its skipped list', async ({ page }) => {
  const { fragment } = classSet();
  await page.goto(`/exports/#${fragment}`);
  await expect(page.locator('[data-set-status="ready"]')).toBeVisible();
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let i = 0; i < 40 && (await focused()) !== 'Download Moodle GIFT'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Download Moodle GIFT');
  // The button shows where focus is.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.gift\.txt$/);
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Download the skipped list');
  const [list] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
  expect(list.suggestedFilename()).toMatch(/\.gift\.txt-skipped\.txt$/);

  // A lesson's skipped list opens from the keyboard too.
  const summary = page.locator('#all-lessons .export-files__skipped summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#all-lessons .export-files__skipped').first()).toHaveAttribute('open', '');
});

test('a format that holds none of a lesson’s questions says so beside its link', async ({ page }) => {
  await page.goto('/exports/');
  for (const item of await page.locator('.export-files__item').all()) {
    const meta = (await item.locator('.export-files__meta').textContent())!;
    const empty = /\b0 questions\b/.test(meta);
    await expect(item.locator('.export-files__empty')).toHaveCount(empty ? 1 : 0);
    if (empty) await expect(item.locator('.export-files__skipped')).toHaveCount(1);
  }
});
