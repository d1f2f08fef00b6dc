import { errorBudgetSeconds } from '../../src/lib/error-budget';
import { PRESETS } from '../../src/lib/simulator-presets';
import { simulate, WORKBOOK_RULES } from '../../src/lib/simulation';
import { decodeSimulatorLink } from '../../src/lib/simulator-state';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PATH = '/tools/error-budget/';

/** Opens the simulator and waits until it has read its link. */
async function open(page: Page, query = '') {
  await page.goto(`${PATH}${query ? `?${query}` : ''}`);
  await expect(page.locator('[data-testid="simulator"][data-ready="true"]')).toBeVisible();
}

/** Waits until the figures, chart and tables show what the fields say (they follow a frame behind). */
async function settled(page: Page) {
  await expect(page.locator('[data-testid="simulator"][data-ready="true"]:not([data-pending])')).toBeVisible();
}

async function figures(page: Page) {
  await settled(page);
  const value = async (name: string) => Number(await page.locator(`output[name="${name}"]`).getAttribute('data-value'));
  return { budget: await value('budget'), consumed: await value('consumed'), remaining: await value('remaining') };
}

async function firedAt(page: Page) {
  await settled(page);
  return page
    .locator('[data-alert]')
    .evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset['alert'], (r as HTMLElement).dataset['firedAt']])),
    );
}

/** What the model says for a link, to compare the page with. */
function expected(query: string) {
  const { state } = decodeSimulatorLink(query);
  const sim = simulate({
    sloPercent: state.sloPercent,
    windowDays: state.windowDays,
    incidents: state.incidents,
    rules: state.rules,
  });
  return {
    sim,
    fired: Object.fromEntries(sim.rules.map((r) => [r.label, r.firedAt === null ? '' : String(r.firedAt)])),
  };
}

test.describe('the link contract', () => {
  const links = [
    'slo=99.9&days=30&incident=600,45,100',
    'slo=99.95&days=28&incident=100,30,30&incident=130,180,5',
    'slo=99&days=7&incident=0,2000,1.5',
    'slo=99.999&days=90&incident=129000,1000,100',
  ];
  for (const query of links) {
    test(`restores and computes ?${query}`, async ({ page }) => {
      await open(page, `${query}`);
      const { sim, fired } = expected(query);
      const got = await figures(page);
      expect(got.budget).toBeCloseTo(sim.budgetSeconds, 6);
      expect(got.consumed).toBeCloseTo(sim.consumed, 9);
      expect(got.remaining).toBeCloseTo(sim.remaining, 9);
      expect(await firedAt(page)).toEqual(fired);
      await expect(page.getByTestId('link-problems')).toHaveCount(0);
    });
  }

  test('99.9% over 30 days with a 45-minute outage at minute 600', async ({ page }) => {
    await open(page, `slo=99.9&days=30&incident=600,45,100`);
    const got = await figures(page);
    expect(got.budget).toBeCloseTo(2592, 9);
    expect(got.consumed).toBeCloseTo(45 / 43.2, 9);
    await expect(page.locator('output[name="budget"]')).toHaveText('43 min 12 s');
    const fired = await firedAt(page);
    expect(fired['1h/5m']).toBe('600');
    await expect(page.getByTestId('policy')).toHaveAttribute('data-level', 'freeze');
  });

  test('the page keeps the link up to date as the learner edits', async ({ page }) => {
    await open(page);
    await expect(page.locator('output[name="budget"]')).toHaveAttribute(
      'data-value',
      String(errorBudgetSeconds(99.9, 30)),
    );
    await page.getByLabel('SLO target (%)').fill('99.95');
    await page.getByLabel('Window', { exact: true }).selectOption('28');
    await page.getByRole('button', { name: 'Add an incident' }).click();
    const row = page.getByTestId('incident').first();
    await row.getByLabel('Day').fill('2');
    await row.getByLabel('Start (HH:MM)').fill('03:30');
    await row.getByLabel('Minutes').fill('15');
    await row.getByLabel('% failing').fill('40');
    await expect(page).toHaveURL(/slo=99\.95&days=28&incident=1650,15,40$/);
    await page.reload();
    await expect(page.getByLabel('SLO target (%)')).toHaveValue('99.95');
    await expect(page.getByTestId('incident')).toHaveCount(1);
    const { sim } = expected('slo=99.95&days=28&incident=1650,15,40');
    expect((await figures(page)).consumed).toBeCloseTo(sim.consumed, 9);
    await page.getByRole('button', { name: 'Remove incident 1' }).click();
    await expect(page).toHaveURL(/slo=99\.95&days=28$/);
  });

  test('a custom window and a request-based SLO', async ({ page }) => {
    await open(page, `slo=99.9&days=45&rps=200`);
    await expect(page.getByLabel('Window', { exact: true })).toHaveValue('custom');
    await expect(page.getByLabel('Days (1–365)')).toHaveValue('45');
    // 0.001 × 200 req/s × 45 days = 777,600 failed requests.
    await expect(page.getByTestId('budget-requests')).toContainText('777,600 failed requests');
    // The same traffic counted per window.
    await page.getByLabel('Counted').selectOption('window');
    await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('777600000');
    await page.getByLabel('Requests', { exact: true }).fill('100000000');
    await expect(page.getByTestId('budget-requests')).toContainText('100,000 failed requests of 100,000,000');
  });
});

test.describe('bad links and bad input', () => {
  test('each unusable parameter is named and ignored; the rest works; nothing is run as HTML', async ({ page }) => {
    await open(
      page,
      `slo=abc&days=400&incident=600,45,100&incident=1,2&incident=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`,
    );
    const problems = page.getByTestId('link-problems');
    await expect(problems).toContainText('slo “abc”');
    await expect(problems).toContainText('days “400”');
    await expect(problems).toContainText('incident 2 “1,2”');
    await expect(problems).toContainText('incident 3 “<img src=x onerror=alert(1)>”');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const { sim } = expected('incident=600,45,100');
    expect((await figures(page)).consumed).toBeCloseTo(sim.consumed, 9);
  });

  test('a wrong value in the form gets a message, and the figures keep the last valid settings', async ({ page }) => {
    await open(page, `slo=99.9&days=30&incident=600,45,100`);
    await page.getByLabel('SLO target (%)').fill('101');
    await expect(page.getByText('The SLO must be from 90 to 99.999.')).toBeVisible();
    await expect(page.getByLabel('SLO target (%)')).toHaveAttribute('aria-invalid', 'true');
    expect((await figures(page)).budget).toBeCloseTo(2592, 6);
    await expect(page).toHaveURL(/slo=99\.9&/);
    await page.getByTestId('incident').first().getByLabel('% failing').fill('150');
    await page.getByLabel('SLO target (%)').fill('99.5');
    await expect(
      page.getByText('This incident is left out: percent failing must be above 0 and at most 100.'),
    ).toBeVisible();
    expect((await figures(page)).consumed).toBe(0);
  });
});

test.describe('presets', () => {
  for (const preset of PRESETS) {
    test(`${preset.title} loads, matches the model, and updates the link`, async ({ page }) => {
      await open(page);
      await page.locator(`[data-preset="${preset.id}"]`).click();
      // The link follows once the simulator has drawn the scenario.
      await settled(page);
      const query = new URL(page.url()).search.slice(1);
      expect(decodeSimulatorLink(query).state.incidents).toEqual(preset.incidents);
      const sim = simulate({
        sloPercent: preset.sloPercent,
        windowDays: preset.windowDays,
        incidents: preset.incidents,
        rules: WORKBOOK_RULES,
      });
      expect((await figures(page)).consumed).toBeCloseTo(sim.consumed, 9);
      expect(await firedAt(page)).toEqual(
        Object.fromEntries(sim.rules.map((r) => [r.label, r.firedAt === null ? '' : String(r.firedAt)])),
      );
      await expect(page.locator('.budget-chart svg desc')).toContainText(`${preset.windowDays} days`);
    });
  }
});

test('keys typed faster than frames all land, where the caret is', async ({ page }) => {
  await open(page, 'slo=99.9');
  const slo = page.getByLabel('SLO target (%)');
  await slo.click();
  await slo.press('End');
  await slo.press('ArrowLeft');
  // The form is drawn after each paint; the letters typed before it must neither be lost nor move the caret.
  await page.keyboard.type('59', { delay: 0 });
  await expect(slo).toHaveValue('99.599');
  await settled(page);
  await expect(slo).toHaveValue('99.599');
  await expect(page).toHaveURL(/slo=99\.599/);
});

test('Enter in a field keeps the page and the value', async ({ page }) => {
  await open(page, 'slo=99.9');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const slo = page.getByLabel('SLO target (%)');
  // Each part with fields is a form of its own (autofill then looks at a few fields per key, not all of them).
  expect(await slo.evaluate((el) => (el as HTMLInputElement).form !== null)).toBe(true);
  await slo.fill('99.5');
  await slo.press('Enter');
  await settled(page);
  await expect(slo).toHaveValue('99.5');
  await expect(page).toHaveURL(/slo=99\.5(&|$)/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('editing an alert rule changes when it fires', async ({ page }) => {
  await open(page, `slo=99.9&days=30&incident=4000,7200,0.2`);
  expect((await firedAt(page))['3d/6h']).not.toBe('');
  await page.getByLabel('Rule 4 budget share').fill('40');
  await expect(page.locator('[data-alert="3d/6h"]')).toHaveAttribute('data-fired-at', '');
  await expect(page).toHaveURL(/rule=2,60,5,page&rule=5,360,30,page&rule=10,1440,120,ticket&rule=40,4320,360,ticket/);
  await page.getByRole('button', { name: "Restore the Workbook's four rules" }).click();
  await expect(page.locator('[data-alert="3d/6h"]')).not.toHaveAttribute('data-fired-at', '');
});

test('the nines table and its reverse', async ({ page }) => {
  await open(page, `slo=99.95`);
  const row = page.getByTestId('nines').locator('tr', { hasText: '99.95% (your SLO)' });
  await expect(row).toContainText('21 min 36 s');
  await page.getByLabel('Downtime', { exact: true }).fill('4.32');
  await expect(page.getByTestId('availability')).toHaveText('Availability: 99.99%');
  await page.getByLabel('Downtime', { exact: true }).fill('lots');
  await expect(page.getByTestId('availability')).toContainText('Enter the downtime as a number');
});

test('exports download as Prometheus rules and OpenSLO', async ({ page }) => {
  const writers: string[] = [];
  page.on('request', (r) => /\/slo-export\.[^/]*\.js$/.test(r.url()) && writers.push(r.url()));
  await open(page, `slo=99.9&days=30`);
  await settled(page);
  // The files' writers load only when the panel comes near the screen (they are not counted in the page's budget).
  expect(writers).toEqual([]);
  await page.getByLabel('Prometheus alerting rules').scrollIntoViewIfNeeded();
  await expect(page.getByLabel('Prometheus alerting rules')).toHaveValue(/\(14\.4 \* 0\.001\)/);
  expect(writers).toHaveLength(1);
  await expect(page.getByLabel('OpenSLO document')).toHaveValue(/target: 0\.999/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download checkout-openslo.yaml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('checkout-openslo.yaml');
  await page.getByLabel('Service name (job label)').fill('Bad Name');
  await expect(page.getByText('Use lower-case letters, digits and hyphens')).toBeVisible();
});

test('a lesson embeds the compact calculator, which links to the full simulator', async ({ page }) => {
  await page.goto('/learn/what-is-sre/');
  const calc = page.getByTestId('budget-calculator');
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByTestId('calculator-budget')).toHaveText('43 min 12 s');
  await calc.getByLabel('SLO (%)').fill('99.99');
  await expect(calc.getByTestId('calculator-budget')).toHaveText('4 min 19.2 s');
  await calc.getByRole('link', { name: 'Play it out in the simulator' }).click();
  await expect(page).toHaveURL(/\/tools\/error-budget\/\?slo=99\.99&days=30$/);
  await expect(page.locator('output[name="budget"]')).toHaveText('4 min 19.2 s');
});

test.describe('links with small or huge numbers', () => {
  const cases: { query: string; field: (page: Page) => Locator; shown: string }[] = [
    { query: 'rps=0.0000001', field: (page) => page.getByLabel('Requests', { exact: true }), shown: '0.0000001' },
    {
      query: 'incident=600,45,0.0000001',
      field: (page) => page.getByTestId('incident').first().getByLabel('% failing'),
      shown: '0.0000001',
    },
    {
      query: 'incident=600,45,100&rule=0.0000001,60,5,page',
      field: (page) => page.getByLabel('Rule 1 budget share'),
      shown: '0.0000001',
    },
    {
      query: 'incident=0,1000000000000000000000,100',
      field: (page) => page.getByTestId('incident').first().getByLabel('Minutes'),
      shown: '1000000000000000000000',
    },
  ];
  for (const { query, field, shown } of cases) {
    test(`?${query} shows as written, and the figures and rules follow it`, async ({ page }) => {
      await open(page, query);
      await expect(field(page)).toHaveValue(shown);
      await expect(field(page)).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.simulator .field-error')).toHaveCount(0);
      await expect(page.getByText('The figures below still show the last valid settings.')).toHaveCount(0);
      await expect(page.getByTestId('link-problems')).toHaveCount(0);
      const { sim, fired } = expected(query);
      const got = await figures(page);
      expect(got.consumed).toBe(sim.consumed);
      expect(got.budget).toBe(sim.budgetSeconds);
      expect(await firedAt(page)).toEqual(fired);
      // The page writes the link back as it read it: no exponent the decoder would refuse on the next visit.
      expect(new URL(page.url()).search).toContain(query);
    });
  }

  test('a tiny request rate typed per window goes into the link in a form the next visit reads', async ({ page }) => {
    await open(page, 'rps=100');
    await page.getByLabel('Counted').selectOption('window');
    await page.getByLabel('Requests', { exact: true }).fill('1');
    await expect(page.getByTestId('budget-requests')).toContainText('failed requests of 1');
    await expect(page).toHaveURL(/rps=0\.0000003858/);
    await page.reload();
    await expect(page.locator('[data-testid="simulator"][data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('link-problems')).toHaveCount(0);
    await expect(page.getByTestId('budget-requests')).toContainText('failed requests of 1');
  });
});

test.describe('parameters the simulator does not read', () => {
  test('misspelt and unknown parameters are named, and the rest of the link works', async ({ page }) => {
    await open(page, 'SLO=99.5&incidents=600,45,100&slo=99.95&utm_source=mail');
    const problems = page.getByTestId('link-problems');
    await expect(problems).toContainText('parameter “SLO” was ignored');
    await expect(problems).toContainText('did you mean “slo”?');
    await expect(problems).toContainText('parameter “incidents” was ignored');
    await expect(problems).toContainText('did you mean “incident”?');
    await expect(problems).toContainText('parameter “utm_source” was ignored');
    await expect(page.getByLabel('SLO target (%)')).toHaveValue('99.95');
    await expect(page.getByTestId('incident')).toHaveCount(0);
  });

  test('rules past the eighth are reported', async ({ page }) => {
    const rules = Array.from({ length: 9 }, (_, i) => `rule=${i + 1},60,5,page`).join('&');
    await open(page, rules);
    await expect(page.getByTestId('link-problems')).toContainText(
      'Only the first 8 rules of the link were read: the simulator holds at most 8, so 1 more was ignored.',
    );
    await expect(page.locator('.alerts-table tbody tr')).toHaveCount(8);
  });
});

test("the page keeps the link's #fragment as it rewrites the query", async ({ page }) => {
  await open(page, 'slo=99.5#sim-sim-alerts');
  await expect(page).toHaveURL(/\?slo=99\.5&days=30#sim-sim-alerts$/);
  await page.getByLabel('SLO target (%)').fill('99.95');
  await expect(page).toHaveURL(/\?slo=99\.95&days=30#sim-sim-alerts$/);
});

test("the chart's figure ends with its caption (valid HTML: the tables follow the figure)", async ({ page }) => {
  const html = await (await page.request.get(PATH)).text();
  const figure = /<figure class="budget-chart">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  expect(figure).toContain('<figcaption>');
  expect(figure).toMatch(/<\/figcaption>\s*<\/figure>$/);
  expect(html).toMatch(/<\/figure>\s*<details class="chart-table">/);
});

test.describe('layout', () => {
  test('the alerts table fits a 1280 px screen; on a phone it scrolls inside itself and shows that it does', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, 'slo=99.9&days=30&incident=600,45,100');
    const wrap = page.locator('.table-wrap', { has: page.locator('.alerts-table') });
    await wrap.scrollIntoViewIfNeeded();
    const wide = await wrap.evaluate((el) => ({ box: el.clientWidth, table: el.scrollWidth }));
    expect(wide.table).toBeLessThanOrEqual(wide.box);

    await page.setViewportSize({ width: 375, height: 800 });
    await wrap.scrollIntoViewIfNeeded();
    const narrow = await wrap.evaluate((el) => ({
      box: el.clientWidth,
      table: el.scrollWidth,
      overflow: getComputedStyle(el).overflowX,
      cue: getComputedStyle(el).backgroundImage,
    }));
    expect(narrow.table).toBeGreaterThan(narrow.box);
    expect(narrow.overflow).toBe('auto');
    // The scroll cue: shadows at the sides with more to see (gradients over the box's background).
    expect(narrow.cue).toContain('gradient');
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test("the chart's labels are at least 12 px on a 375 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, 'slo=99.9&days=30&incident=600,45,100');
    const chart = page.locator('.budget-chart svg');
    await chart.scrollIntoViewIfNeeded();
    // The size as rendered: the font size times the scale the SVG is drawn at (its width over its viewBox's).
    const rendered = () =>
      chart.evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      });
    await expect.poll(async () => Math.min(...(await rendered())), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    expect((await rendered()).length).toBeGreaterThan(5);
  });

  test('the chart is drawn with the theme: its colours come from the custom properties', async ({ page }) => {
    await open(page, 'slo=99.9&days=30&incident=600,45,100');
    const svg = page.locator('.budget-chart svg');
    // No colour written into the SVG itself: every one comes from the stylesheet.
    expect(await svg.evaluate((el) => el.querySelectorAll('[fill], [stroke], [style]').length)).toBe(0);
    await page.evaluate(() => {
      document.documentElement.style.setProperty('--accent', 'rgb(1, 2, 3)');
      document.documentElement.style.setProperty('--wrong', 'rgb(4, 5, 6)');
      document.documentElement.style.setProperty('--text', 'rgb(7, 8, 9)');
    });
    const colours = await svg.evaluate((el) => {
      const style = (selector: string) => getComputedStyle(el.querySelector(selector)!);
      return {
        budget: style('.chart-budget').stroke,
        error: style('.chart-error').stroke,
        label: style('.chart-label').fill,
      };
    });
    expect(colours).toEqual({ budget: 'rgb(1, 2, 3)', error: 'rgb(4, 5, 6)', label: 'rgb(7, 8, 9)' });
  });
});
