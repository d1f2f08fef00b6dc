/**
 * Decide (issue 10): personas walked through /decide/ by keyboard alone, a reload that resumes, hostile result
 * links that show a problem and no result, the printed report, and the team view combining three links (one bad).
 */
import type { Locator, Page } from '@playwright/test';
import { encodeAnswers } from '../../src/lib/decide/link';
import { UNKNOWN, type Answers, type Questionnaire } from '../../src/lib/decide/model';
import { bank, startup, shopBeforePeak, type Persona } from '../fixtures/decide-personas';
import { axe, expect, test } from './fixtures';

/** The questionnaire as the page has it: the island's props, which the build took from the content file. */
async function questionnaire(page: Page): Promise<Questionnaire> {
  const json = await page.locator('[data-island^="decide"] > script').first().textContent();
  return (JSON.parse(json!) as { q: Questionnaire }).q;
}

/** Opens /decide/ (or one of its addresses) and waits until the island runs. */
async function open(page: Page, path = '/decide/') {
  await page.goto(path);
  await expect(page.locator('[data-testid="decide"][data-hydrated-view="live"]')).toHaveCount(1);
}

/** Presses Tab until `target` has the focus (at most `max` times): a person moving through the page by keyboard. */
async function tabTo(page: Page, target: Locator, max = 30) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Answers the question on screen by keyboard: into the radio group, Space on the first, arrows down to the answer. */
async function answerByKeyboard(page: Page, q: Questionnaire, index: number, answer: string | undefined) {
  const question = q.questions[index]!;
  const heading = page.locator('#decide-question-heading');
  await expect(heading).toHaveText(question.prompt);
  await expect(page.locator('.decide-question__count')).toContainText(`Question ${index + 1} of ${q.questions.length}`);
  await expect(page.locator('progress')).toHaveAttribute('value', String(index + 1));
  const choices = [...question.options.map((o) => o.id), UNKNOWN];
  const target = choices.indexOf(answer ?? UNKNOWN);
  expect(target, `${question.id}: ${answer}`).toBeGreaterThanOrEqual(0);
  // Tab enters a radio group at its checked radio, or at its first when none is checked.
  const radios = page.locator(`input[name="decide-${question.id}"]`);
  const checked = await radios.evaluateAll((els) => els.findIndex((el) => (el as HTMLInputElement).checked));
  await tabTo(page, radios.nth(Math.max(0, checked)));
  await page.keyboard.press('Space');
  const from = Math.max(0, checked);
  for (let i = from; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = from; i > target; i--) await page.keyboard.press('ArrowUp');
  await expect(page.locator(`#decide-${question.id}-${choices[target]}`)).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: index === q.questions.length - 1 ? 'See the result' : 'Next' }));
  await page.keyboard.press('Enter');
}

/** Walks a persona from the intro to the result by keyboard alone; returns the questionnaire. */
async function walk(page: Page, persona: Persona): Promise<Questionnaire> {
  await open(page);
  const q = await questionnaire(page);
  await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  for (let i = 0; i < q.questions.length; i++) {
    // Focus moves to each question's heading, so the next Tab enters its answers.
    await expect(page.locator('#decide-question-heading')).toBeFocused();
    await answerByKeyboard(page, q, i, persona.answers[q.questions[i]!.id]);
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  return q;
}

/** Checks the output against what the persona's team should be told. */
async function expectOutcome(page: Page, persona: Persona) {
  const output = page.locator('output[name="recommendation"]');
  await expect(output).toHaveCount(1);
  await expect(output).toHaveAttribute('data-value', persona.expected.recommendation);
  if (persona.expected.recommendation === 'both') {
    await expect(output).toHaveAttribute('data-first', persona.expected.first);
  } else {
    await expect(output).not.toHaveAttribute('data-first', /.*/);
  }
  for (const weak of persona.expected.weakSpots) {
    await expect(page.locator(`tr[data-dimension="${weak}"]`)).toContainText('weak spot');
  }
}

for (const persona of [startup, bank]) {
  test(`the ${persona.id} persona, walked by keyboard alone, gets its recommendation with every reason`, async ({
    page,
  }) => {
    const q = await walk(page, persona);
    await expectOutcome(page, persona);
    // Every answer that weighs something is a reason, named by its question, with its weights in words.
    const moving = q.questions.filter((question) => {
      const option = question.options.find((o) => o.id === persona.answers[question.id]);
      return option && Object.values(option.weights).some((w) => w !== 0);
    });
    const reasons = page.locator('[data-reason]');
    await expect(reasons).toHaveCount(moving.length);
    expect((await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-reason')))).sort()).toEqual(
      moving.map((m) => m.id).sort(),
    );
    const option = moving[0]!.options.find((o) => o.id === persona.answers[moving[0]!.id])!;
    await expect(page.locator(`[data-reason="${moving[0]!.id}"]`)).toContainText(option.reason!);
    await expect(page.locator(`[data-reason="${moving[0]!.id}"]`)).toContainText(/[+−-]\d/);
    // The chart is an image with a name and a description, and its table holds the same figures.
    const chart = page.getByRole('img', { name: /by area/ });
    await expect(chart).toHaveAttribute('aria-describedby', /.+/);
    await expect(page.locator('.decide-chart__table tbody tr')).toHaveCount(q.dimensions.length);
    // The result link carries exactly these answers, and opening it shows the same result.
    const href = await page.locator('a[data-result-link]').getAttribute('href');
    expect(href).toContain(`#${encodeAnswers(q, persona.answers)}`);
    await page.goto('/');
    await open(page, new URL(href!).pathname + new URL(href!).hash);
    await expect(page.getByRole('heading', { name: 'A shared result' })).toBeVisible();
    await expectOutcome(page, persona);
  });
}

test('steps follow the answers: two teams with different weak spots get different first steps', async ({ page }) => {
  await open(page);
  const q = await questionnaire(page);
  const steps = async (persona: Persona) => {
    await open(page, `/decide/#${encodeAnswers(q, persona.answers)}`);
    await expectOutcome(page, persona);
    return page.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-advice')));
  };
  const a = await steps(startup);
  await page.goto('/');
  const b = await steps(shopBeforePeak);
  expect(a.length + b.length).toBeGreaterThan(0);
  expect(a).not.toEqual(b);
});

test('a reload resumes at the same question with the answers given, and retake keeps the earlier run', async ({
  page,
}) => {
  await open(page);
  const q = await questionnaire(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < 3; i++) await answerByKeyboard(page, q, i, bank.answers[q.questions[i]!.id]);
  await expect(page.locator('#decide-question-heading')).toHaveText(q.questions[3]!.prompt);
  await page.reload();
  await expect(page.locator('[data-testid="decide"][data-hydrated-view="live"]')).toHaveCount(1);
  await expect(page.locator('#decide-question-heading')).toHaveText(q.questions[3]!.prompt);
  await expect(page.locator('.decide-question__count')).toContainText(`Question 4 of ${q.questions.length}`);
  // Next without an answer says what to do and stays.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toContainText('Don’t know');
  await expect(page.locator('#decide-question-heading')).toHaveText(q.questions[3]!.prompt);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.locator(`#decide-${q.questions[2]!.id}-${bank.answers[q.questions[2]!.id]}`)).toBeChecked();

  // Finish with "Don't know" for the rest, then retake: the run stays listed with its date and recommendation.
  for (let i = 2; i < q.questions.length; i++) {
    await answerByKeyboard(page, q, i, i === 2 ? bank.answers[q.questions[2]!.id] : UNKNOWN);
  }
  await expect(page.locator('output[name="recommendation"]')).toHaveAttribute('data-value', /^(devops|sre|both)$/);
  await expect(page.locator('.decide-run')).toHaveCount(1);
  await page.getByRole('button', { name: 'Retake' }).click();
  await expect(page.locator('#decide-question-heading')).toHaveText(q.questions[0]!.prompt);
  await expect(page.locator(`input[name="decide-${q.questions[0]!.id}"]:checked`)).toHaveCount(0);
  // Back at the start (nothing answered yet), the earlier run is listed with its date and recommendation.
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await expect(page.getByTestId('decide-intro')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-testid="decide"][data-hydrated-view="live"]')).toHaveCount(1);
  await expect(page.getByTestId('decide-intro')).toBeVisible();
  await expect(page.locator('.decide-run')).toHaveCount(1);
  await expect(page.locator('.decide-run')).toContainText(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()),
  );
  await expect(page.locator('.decide-run .badge')).toHaveText(/first|starting with/);
});

test.describe('hostile result links', () => {
  test('show what is wrong in plain words, never a result, and offer to start over', async ({ page }) => {
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await open(page);
    const q = await questionnaire(page);
    const valid = encodeAnswers(q, bank.answers);
    const script = '<script>alert(1)</script>';
    const everyField = [...new URLSearchParams(valid).keys()]
      .map((k) => `${k}=${encodeURIComponent(script)}`)
      .join('&');
    const cases: [string, string][] = [
      ['script in every field', everyField],
      ['script, unescaped', `v=${script}&a=${script}`],
      ['a future version', valid.replace(/^v=\d+/, `v=${q.version + 1}`)],
      ['truncated', valid.slice(0, -3)],
      ['cut in half', valid.slice(0, Math.ceil(valid.length / 2))],
      ['100 KB long', `${valid}${'1'.repeat(100 * 1024)}`],
    ];
    for (const [what, fragment] of cases) {
      await page.goto('/');
      await open(page, `/decide/#${fragment}`);
      const problem = page.getByTestId('decide-link-problem');
      await expect(problem, what).toBeVisible();
      await expect(problem.getByRole('alert'), what).toHaveText(/\w+ .*\./);
      await expect(page.locator('output[name="recommendation"]'), what).toHaveCount(0);
      await expect(page.locator('[data-reason]'), what).toHaveCount(0);
      await expect(page.locator('script:not([type])').filter({ hasText: 'alert(1)' }), what).toHaveCount(0);
    }
    // Start over leaves the bad link behind and opens the questionnaire.
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByTestId('decide-intro')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.locator('output[name="recommendation"]')).toHaveCount(0);
  });

  test('the page’s own anchors are not taken for links', async ({ page }) => {
    await open(page, '/decide/#main');
    await expect(page.getByTestId('decide-intro')).toBeVisible();
    await expect(page.getByTestId('decide-link-problem')).toHaveCount(0);
    // The skip link on a shared result moves to the content and leaves the result on screen.
    const q = await questionnaire(page);
    await open(page, `/decide/#${encodeAnswers(q, bank.answers)}`);
    await expectOutcome(page, bank);
    await page.evaluate(() => {
      location.hash = 'main';
    });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
    await expectOutcome(page, bank);
  });
});

test('the report prints on one or two A4 pages without the header, navigation or buttons', async ({ page }) => {
  await open(page);
  const q = await questionnaire(page);
  await open(page, `/decide/#${encodeAnswers(q, bank.answers)}`);
  await expectOutcome(page, bank);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this report' })).toBeHidden();
  await expect(page.locator('[data-reason]').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test.describe('the team view', () => {
  test('combines three links, one bad: the problem by line, the spread with most disagreement first, the combined output', async ({
    page,
  }) => {
    await open(page);
    const q = await questionnaire(page);
    const link = (answers: Answers) => new URL(`/decide/#${encodeAnswers(q, answers)}`, page.url()).href;
    const pasted = [link(startup.answers), `${link(bank.answers).slice(0, -4)}`, '', link(bank.answers)].join('\n');

    await page.goto('/decide/team/');
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    await expect(page.locator('textarea')).toHaveCount(1);
    await page.getByLabel('Result links, one per line').fill(pasted);
    await page.getByRole('button', { name: 'Combine the links' }).click();

    const result = page.getByTestId('decide-team-result');
    await expect(result).toHaveAttribute('data-members', '2');
    await expect(page.getByRole('heading', { name: 'The team: 2 people' })).toBeFocused();
    await expect(page.locator('[data-problem-line]')).toHaveCount(1);
    await expect(page.locator('[data-problem-line="2"]')).toContainText('Line 2:');
    const output = page.locator('output[name="recommendation"]');
    await expect(output).toHaveCount(1);
    await expect(output).toHaveAttribute('data-value', /^(devops|sre|both)$/);

    // Every question's spread, most disagreement first; where the two disagree the counts say so.
    const spreads = page.locator('[data-spread]');
    await expect(spreads).toHaveCount(q.questions.length);
    const levels = await spreads.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-disagreement'))));
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(levels[0]).toBeGreaterThan(0);
    const split = q.questions.find((x) => startup.answers[x.id] !== bank.answers[x.id] && bank.answers[x.id])!;
    const card = page.locator(`[data-spread="${split.id}"]`);
    await expect(card.locator(`tr[data-option="${startup.answers[split.id]}"] td`).first()).toHaveText('1');
    await expect(card.locator(`tr[data-option="${bank.answers[split.id]}"] td`).first()).toHaveText('1');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });

  test('keeps the team through a reload, through its own link, and names what is wrong with a damaged one', async ({
    page,
  }) => {
    await open(page);
    const q = await questionnaire(page);
    const link = (answers: Answers) => new URL(`/decide/#${encodeAnswers(q, answers)}`, page.url()).href;
    await page.goto('/decide/team/');
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    await page.getByLabel('Result links, one per line').fill([link(startup.answers), link(bank.answers)].join('\n'));
    await page.getByRole('button', { name: 'Combine the links' }).click();
    await expect(page.getByTestId('decide-team-result')).toHaveAttribute('data-members', '2');
    const before = await page.locator('output[name="recommendation"]').getAttribute('data-value');
    const teamLink = await page.locator('a[data-team-link]').getAttribute('href');
    expect(teamLink).toBe(page.url());

    await page.reload();
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    await expect(page.getByTestId('decide-team-result')).toHaveAttribute('data-members', '2');
    await expect(page.locator('output[name="recommendation"]')).toHaveAttribute('data-value', before!);
    await expect(page.getByLabel('Result links, one per line')).toHaveValue(
      [link(startup.answers), link(bank.answers)].join('\n'),
    );

    await page.goto('/decide/team/#v=1&t=<script>alert(1)</script>');
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    await expect(page.getByTestId('decide-team-link-problem')).toContainText('could not be read');
    await expect(page.locator('output[name="recommendation"]')).toHaveCount(0);
  });

  test('says so when no line is a link it can read, and shows no recommendation', async ({ page }) => {
    await page.goto('/decide/team/');
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    await page.getByLabel('Result links, one per line').fill('hello\n<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Combine the links' }).click();
    await expect(page.getByTestId('decide-team-result')).toHaveAttribute('data-members', '0');
    await expect(page.locator('[data-problem-line]')).toHaveCount(2);
    await expect(page.locator('output[name="recommendation"]')).toHaveCount(0);
  });
});

test('axe finds nothing on a question, a result and a bad link, in both themes', async ({ page }) => {
  // Six pages scanned: a sweep, with a sweep's time on a busy two-core machine (it took over 60 s there once).
  test.setTimeout(180_000);
  await open(page);
  const q = await questionnaire(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
    await open(page, '/decide/');
    await page.getByRole('button', { name: /^(Start|Continue)/ }).click();
    await expect(page.locator('#decide-question-heading')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    for (const path of ['', `#${encodeAnswers(q, bank.answers)}`, '#v=1&a=bad']) {
      if (path) await open(page, `/decide/${path}`);
      const results = await axe(page).analyze();
      expect(
        results.violations.map((v) => `${scheme} ${path}: ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
      await page.goto('/');
    }
  }
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a question, a result and the team view do not scroll sideways', async ({ page }) => {
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await open(page);
    const q = await questionnaire(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.locator('#decide-question-heading')).toBeVisible();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await open(page, `/decide/#${encodeAnswers(q, bank.answers)}`);
    await expect(page.locator('output[name="recommendation"]')).toBeVisible();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.goto('/decide/team/');
    await expect(page.locator('[data-island="decideTeam"][data-hydrated]')).toHaveCount(1);
    const link = (a: Answers) => new URL(`/decide/#${encodeAnswers(q, a)}`, page.url()).href;
    await page.getByLabel('Result links, one per line').fill([link(bank.answers), link(startup.answers)].join('\n'));
    await page.getByRole('button', { name: 'Combine the links' }).click();
    await expect(page.getByTestId('decide-team-result')).toHaveAttribute('data-members', '2');
    expect(await sideways()).toBeLessThanOrEqual(0);
  });
});
