/**
 * Teach (issue 11), the trainer's side: a set built on /teach/ by keyboard alone (its links, QR code, preview,
 * printouts), a bookmarked set restored with a missing question named, hostile set links refused with a reason,
 * the presenter walked by keyboard (never writing to storage), its speaker view following, and the slides readable
 * at 1280×720 and 1920×1080 in both themes.
 */
import { readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { correction, generate } from 'lean-qr/nano';
import { keyIndex, questionKey } from '../../src/lib/teach/question-key';
import { decodeSet, encodeSet, formatSetId, setId, type QuizSet } from '../../src/lib/teach/set-link';
import { expect, loadBank, test } from './fixtures';

const devops = loadBank('what-is-devops');
const sre = loadBank('what-is-sre');
/** The six questions of all banks with the most text to show once revealed (prompt, options or items, explanation). */
const LONGEST = readdirSync(new URL('../../content/quizzes/', import.meta.url))
  .flatMap((f) => loadBank(f.replace(/\.yaml$/, '')).questions)
  .map((q) => {
    const parts = 'options' in q ? q.options : 'items' in q ? q.items : [];
    return { id: q.id, length: q.prompt.length + q.explanation.length + parts.reduce((n, p) => n + p.text.length, 0) };
  })
  .sort((a, b) => b.length - a.length)
  .slice(0, 6)
  .map((q) => q.id);

/** A set of real questions, as a fragment (without `#`). */
function fragmentOf(ids: string[], timer: QuizSet['timer'] = 30, extraKeys: [number, string][] = []): string {
  const keys = ids.map(questionKey);
  for (const [at, key] of extraKeys) keys.splice(at, 0, key);
  return encodeSet({ version: 1, seed: 4242, timer, feedback: 'end', keys });
}

/** Presses Tab until `target` has the focus (at most `max` times): a person moving through the page by keyboard. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The hash and path of a link on the page, whatever its origin. */
async function pathAndHash(link: Locator): Promise<{ path: string; hash: string }> {
  const url = new URL((await link.getAttribute('href'))!, 'http://site.invalid/');
  return { path: url.pathname, hash: url.hash.replace(/^#/, '') };
}

async function openBuilder(page: Page, path = '/teach/') {
  await page.goto(path);
  await expect(page.locator('[data-testid="teach-builder"][data-ready="true"]')).toHaveCount(1);
}

async function openPresenter(page: Page, fragment: string) {
  await page.goto(`/teach/present/#${fragment}`);
  await expect(page.locator('[data-testid="presenter"][data-ready="true"]')).toHaveCount(1);
  return page.locator('.presenter__stage');
}

/**
 * The QR code drawn in `svg`, read back module by module (rasterised on a canvas), compared with lean-qr's code (its
 * nano build, the one QrCode draws with)
 * for `text` from each lowest correction level: true when one matches, so the picture encodes exactly that text.
 */
async function qrEncodes(svg: Locator, text: string): Promise<boolean> {
  const modules = await svg.evaluate(async (el) => {
    const box = (el.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    const n = box[2]!;
    const scale = 8;
    const xml = new XMLSerializer().serializeToString(el);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = n * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const rows: boolean[][] = [];
    for (let y = 0; y < n; y++) {
      const row: boolean[] = [];
      for (let x = 0; x < n; x++) {
        const i = ((y * scale + scale / 2) * canvas.width + (x * scale + scale / 2)) * 4;
        row.push(data[i]! + data[i + 1]! + data[i + 2]! < 384);
      }
      rows.push(row);
    }
    return rows;
  });
  const n = modules.length;
  for (const level of [correction.L, correction.M, correction.Q, correction.H]) {
    const code = generate(text, { minCorrectionLevel: level });
    const quiet = (n - code.size) / 2;
    if (!Number.isInteger(quiet) || quiet < 0) continue;
    let same = true;
    for (let y = 0; y < n && same; y++) {
      for (let x = 0; x < n && same; x++) {
        const inside = x >= quiet && y >= quiet && x < quiet + code.size && y < quiet + code.size;
        same = modules[y]![x] === (inside && code.get(x - quiet, y - quiet));
      }
    }
    if (same) return true;
  }
  return false;
}

test.describe('the builder', () => {
  test('builds a set by keyboard alone; its links, QR code, preview and printouts agree', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page);
    const props = JSON.parse((await page.locator('[data-page-island="teach-builder"] > script').textContent())!) as {
      lessons: { id: string; track: string }[];
      tracks: { id: string; title: string }[];
    };
    const track = props.tracks[0]!;
    const inTrack = props.lessons.filter((l) => l.track === track.id).map((l) => l.id);

    await tabTo(page, page.getByRole('button', { name: 'None', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Choose at least one lesson.')).toBeVisible();
    await expect(page.locator('[data-presenter-link]')).toHaveCount(0);

    const trackBox = page
      .getByRole('group', { name: track.title })
      .getByRole('checkbox', { name: 'Every lesson of this track' });
    await tabTo(page, trackBox);
    await page.keyboard.press('Space');
    for (const id of inTrack) await expect(page.locator(`input[name="lesson"][value="${id}"]`)).toBeChecked();

    const order = page.getByRole('checkbox', { name: /^Put in order/ });
    await tabTo(page, order);
    await page.keyboard.press('Space');
    await expect(order).not.toBeChecked();

    const count = page.getByLabel(/Number of questions/);
    await tabTo(page, count);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4');
    await expect(count).toHaveValue('4');

    const timer = page.getByLabel('Time per question');
    await tabTo(page, timer);
    await page.keyboard.press('ArrowDown');
    await expect(timer).toHaveValue('45');

    await tabTo(page, page.getByRole('radio', { name: 'At the end' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'After each question' })).toBeChecked();

    const seedBefore = await page.locator('[data-seed]').textContent();
    await tabTo(page, page.getByRole('button', { name: 'Shuffle again' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-seed]')).not.toHaveText(seedBefore!);

    await expect(page.getByTestId('set-summary')).toHaveText(
      /^4 questions from \d+ lessons?, 45 seconds each, answer after each question\.$/,
    );
    // The set in the links: what was chosen, and only questions of the chosen lessons and types.
    const presenter = await pathAndHash(page.locator('[data-presenter-link]'));
    expect(presenter.path).toBe('/teach/present/');
    const decoded = decodeSet(presenter.hash);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const set = decoded.set;
    expect(set).toMatchObject({ timer: 45, feedback: 'each' });
    expect(set.keys).toHaveLength(4);
    expect(encodeSet(set)).toBe(presenter.hash);
    const index = (await (await page.request.get('/data/questions/index.json')).json()) as {
      lessons: { id: string; bank: string }[];
      banks: { id: string; questions: string[] }[];
    };
    const bankOf = new Map(index.banks.flatMap((b) => b.questions.map((q) => [q, b.id] as const)));
    const keys = keyIndex(bankOf.keys());
    const ids = set.keys.map((k) => keys.get(k)!);
    for (const id of ids) {
      const lesson = index.lessons.find((l) => l.bank === bankOf.get(id))!;
      expect(inTrack).toContain(lesson.id);
    }
    await expect(page.locator('.teach-preview [data-question-id]')).toHaveCount(4);
    expect(
      await page
        .locator('.teach-preview [data-question-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
    ).toEqual(ids);
    await expect(page.locator('.teach-preview [data-type="order"]')).toHaveCount(0);
    // Every link carries the same set; the page's own address too (a bookmark restores it).
    for (const [selector, path] of [
      ['[data-join-link]', '/teach/join/'],
      ['[data-print-link]', '/teach/print/'],
      ['[data-key-link]', '/teach/key/'],
      ['[data-results-link]', '/teach/results/'],
    ] as const) {
      expect(await pathAndHash(page.locator(selector))).toEqual({ path, hash: presenter.hash });
    }
    expect(new URL(page.url()).hash).toBe(`#${presenter.hash}`);
    await expect(page.getByRole('heading', { name: `Set ${formatSetId(setId(set))}` })).toBeVisible();

    // The QR code encodes exactly the join link.
    const join = (await page.locator('[data-join-link]').getAttribute('href'))!;
    const qr = page.locator('.teach-links__join svg[role="img"]');
    await expect(qr).toHaveAttribute('aria-label', /join link/);
    expect(await qrEncodes(qr, join)).toBe(true);

    // The answers are hidden in the preview until asked for.
    const firstAnswer = page.locator('.teach-preview details').first();
    await expect(firstAnswer.locator('.teach-answer__explanation')).toBeHidden();

    await tabTo(page, page.getByRole('button', { name: 'Copy the join link' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('toast-region')).toContainText('Join link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(join);

    // The printable quiz and the answer key show the same questions in the same order.
    for (const [selector, kind] of [
      ['[data-print-link]', 'quiz'],
      ['[data-key-link]', 'key'],
    ] as const) {
      await page.goto((await page.locator(selector).getAttribute('href'))!);
      await expect(page.locator(`[data-testid="print-${kind}"][data-ready="true"]`)).toHaveCount(1);
      expect(
        await page
          .locator('[data-question-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
      ).toEqual(ids);
      await page.goBack();
      await openBuilder(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
    }
  });

  test('a bookmarked set link restores the builder and names a question the site no longer has', async ({ page }) => {
    const ids = [sre.questions[0]!.id, sre.questions[1]!.id, sre.questions[2]!.id];
    const fragment = fragmentOf(ids, 60, [[1, 'ZZZZZ']]);
    await openBuilder(page, `/teach/#${fragment}`);
    await expect(page.getByLabel(/Number of questions/)).toHaveValue('4');
    await expect(page.getByLabel('Time per question')).toHaveValue('60');
    await expect(page.getByRole('radio', { name: 'At the end' })).toBeChecked();
    const checked = await page
      .locator('input[name="lesson"]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(checked).toEqual(['what-is-sre']);
    await expect(page.locator('[data-missing]')).toContainText('2 (key ZZZZZ)');
    expect(
      await page
        .locator('.teach-preview [data-question-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id'))),
    ).toEqual(ids);
    // The set stays exactly as bookmarked, so the class's phones and results agree with it.
    expect((await pathAndHash(page.locator('[data-presenter-link]'))).hash).toBe(fragment);
    expect(new URL(page.url()).hash).toBe(`#${fragment}`);
    // A change makes a new set, without the missing question.
    await page.getByRole('button', { name: 'Shuffle again' }).click();
    await expect(page.locator('[data-missing]')).toHaveCount(0);
    expect((await pathAndHash(page.locator('[data-presenter-link]'))).hash).not.toBe(fragment);
  });

  test('hostile set links show a reason and no questions, on every set page', async ({ page }) => {
    // Every hostile link on every set page: a sweep, with a sweep's time on a busy two-core machine.
    test.setTimeout(180_000);
    page.on('dialog', () => {
      throw new Error('a set link opened a dialog');
    });
    const hostile = [
      's=2.0000000.30.E.ABCDE',
      `s=1.0000000.30.E.${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      `s=1.${'A'.repeat(100_000)}`,
      's=1.0000000.31.E.ABCDE',
    ];
    for (const fragment of hostile) {
      for (const path of ['/teach/', '/teach/present/', '/teach/speaker/', '/teach/print/', '/teach/key/']) {
        await page.goto(`${path}#${fragment}`);
        const problem = page.locator('[data-set-problem="bad-link"]');
        await expect(problem, `${path} ${fragment.slice(0, 30)}`).toBeVisible();
        const reason = (await problem.textContent())!;
        expect(reason.length, reason).toBeGreaterThan(60);
        if (path !== '/teach/') await expect(page.locator('[data-question-id]')).toHaveCount(0);
      }
    }
    // The builder keeps the link in the address until the trainer changes something: nothing is lost.
    await page.goto(`/teach/#${hostile[0]}`);
    await expect(page.locator('[data-set-problem="bad-link"]')).toBeVisible();
    expect(new URL(page.url()).hash).toBe(`#${hostile[0]}`);
  });
});

test.describe('the presenter', () => {
  const questions = [devops.questions[0]!, devops.questions.find((q) => q.type === 'true-false')!, sre.questions[1]!];
  const fragment = fragmentOf(questions.map((q) => q.id));

  test('walks by keyboard: join slide, next, back, pause, extend, reveal, the ? list, full screen; writes nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('fg:progress', '{"version":2,"sentinel":true}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const stage = await openPresenter(page, fragment);
    const storageBefore = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    await expect(stage).toBeFocused();
    await expect(stage).toHaveAttribute('data-position', '0');
    // The join slide: the join link and its QR code.
    const join = stage.locator('[data-join-link]');
    expect(await pathAndHash(join)).toEqual({ path: '/teach/join/', hash: fragment });
    await expect(join).toContainText('/teach/join/#s=');
    expect(await qrEncodes(stage.locator('.slide-join svg[role="img"]'), (await join.getAttribute('href'))!)).toBe(
      true,
    );

    await page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-position', '1');
    const q = stage.locator(`[data-question-id="${questions[0]!.id}"]`);
    await expect(q).toHaveAttribute('data-revealed', 'false');
    await expect(q.locator('.teach-question__prompt')).toHaveText(questions[0]!.prompt);
    const countdown = stage.locator('[data-countdown]');
    await expect(countdown).toHaveAttribute('data-countdown', 'running');
    await expect(countdown.getByRole('timer')).toHaveText(/^0:(30|[12]\d)$/);

    await page.keyboard.press('p');
    await expect(countdown).toHaveAttribute('data-countdown', 'paused');
    const left = Number(await countdown.getByRole('timer').getAttribute('data-ms'));
    // Paused, it stands still (a state checked twice, not a speed).
    await page.waitForTimeout(1200);
    expect(Number(await countdown.getByRole('timer').getAttribute('data-ms'))).toBe(left);
    await page.keyboard.press('+');
    await expect(countdown.getByRole('timer')).toHaveAttribute('data-ms', String(left + 15_000));
    await page.keyboard.press('p');
    await expect(countdown).toHaveAttribute('data-countdown', 'running');

    await page.keyboard.press('Space');
    await expect(q).toHaveAttribute('data-revealed', 'true');
    await expect(q.locator('.teach-answer__explanation')).toHaveText(questions[0]!.explanation);
    const right = questions[0]!.type === 'single' ? questions[0]!.options.find((o) => o.correct)! : undefined;
    await expect(q.locator('.teach-option--right')).toContainText(right!.text);
    await expect(countdown).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-position', '2');
    await expect(stage.locator(`[data-question-id="${questions[1]!.id}"]`)).toHaveAttribute('data-revealed', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(stage).toHaveAttribute('data-position', '1');
    await expect(q).toHaveAttribute('data-revealed', 'true');

    // The ? list: opens over the slides, closes with ? or Escape, and the keys work again after.
    const keys = page.getByRole('dialog', { name: 'Keys' });
    await page.keyboard.press('?');
    await expect(keys).toBeVisible();
    await expect(keys).toContainText('Reveal the right answer');
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();
    await page.keyboard.press('?');
    await expect(keys).toBeVisible();
    await page.keyboard.press('?');
    await expect(keys).toBeHidden();

    await page.keyboard.press('f');
    await expect(stage).toHaveAttribute('data-fullscreen', 'true');
    expect(await page.evaluate(() => document.fullscreenElement?.className)).toContain('presenter__stage');
    await page.keyboard.press('f');
    await expect(stage).toHaveAttribute('data-fullscreen', 'false');

    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-position', '4');
    await expect(stage.getByRole('heading', { name: 'End of the quiz' })).toBeVisible();
    expect(await pathAndHash(stage.getByRole('link', { name: 'collect the result codes' }))).toEqual({
      path: '/teach/results/',
      hash: fragment,
    });
    // A reload resumes on the same slide (kept in the address, not in storage).
    await page.reload();
    await expect(page.locator('.presenter__stage')).toHaveAttribute('data-position', '4');

    // Presenting wrote nothing: the learner's progress is as it was, and nothing else was stored.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(storageBefore);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['seeded']);
  });

  test('the speaker view follows the projected window, and drives it', async ({ page, context }) => {
    const stage = await openPresenter(page, fragment);
    const popup = context.waitForEvent('page');
    await stage.getByRole('button', { name: 'Speaker view' }).click();
    const speaker = await popup;
    await expect(speaker.locator('[data-speaker-status="following"]')).toBeVisible();
    expect(new URL(speaker.url()).pathname).toBe('/teach/speaker/');
    expect(new URL(speaker.url()).hash).toBe(`#${fragment}`);
    const follow = speaker.locator('.speaker__follow');
    await expect(follow).toHaveAttribute('data-position', '0');

    await stage.focus();
    await page.keyboard.press('ArrowRight');
    await expect(follow).toHaveAttribute('data-position', '1');
    // The notes: the question on screen with its answer, and the next one.
    await expect(follow.locator(`[data-question-id="${questions[0]!.id}"]`)).toHaveAttribute('data-revealed', 'true');
    await expect(follow.locator('.speaker__next')).toHaveAttribute('data-next-question-id', questions[1]!.id);
    await expect(follow.getByRole('timer')).toBeVisible();

    // Its buttons drive the projected slides.
    await follow.getByRole('button', { name: 'Next' }).click();
    await expect(stage).toHaveAttribute('data-position', '2');
    await expect(follow).toHaveAttribute('data-position', '2');
    await follow.getByRole('button', { name: 'Reveal' }).click();
    await expect(stage.locator(`[data-question-id="${questions[1]!.id}"]`)).toHaveAttribute('data-revealed', 'true');

    // A speaker view opened later catches up at once.
    const late = await context.newPage();
    await late.goto(`/teach/speaker/#${fragment}`);
    await expect(late.locator('.speaker__follow')).toHaveAttribute('data-position', '2');
  });

  for (const [width, height, set, ids] of [
    [1280, 720, 'three questions', questions.map((q) => q.id)],
    [1920, 1080, 'three questions', questions.map((q) => q.id)],
    [1280, 720, 'the six longest questions of the banks', LONGEST],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test.describe(`at ${width}×${height}, ${scheme}, ${set}`, () => {
        test.use({ viewport: { width, height }, colorScheme: scheme });
        test('every slide fills the screen, fits it, and its type is large enough for the back of the room', async ({
          page,
        }) => {
          const stage = await openPresenter(page, fragmentOf([...ids]));
          // Large type: the question at least 3.5% of the screen's height (25 px at 720 p, 38 at 1080 p), everything
          // else at least 2.2% (16 px, 24 px), even on a slide that had to scale its type down to fit (the longest
          // questions of the banks, revealed).
          const minPrompt = height * 0.035;
          const minText = height * 0.022;
          for (let slide = 0; slide <= ids.length + 1; slide++) {
            for (const revealed of slide >= 1 && slide <= ids.length ? [false, true] : [false]) {
              if (revealed) await page.keyboard.press('Space');
              const box = (await stage.boundingBox())!;
              expect(Math.round(box.height)).toBe(height);
              expect(Math.round(box.y)).toBe(0);
              const fit = await stage
                .locator('.presenter__slide')
                .evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
              expect(fit, `slide ${slide} fits`).toBe(true);
              const sizes = await stage.locator('.presenter__slide').evaluate((el) => {
                const out: { text: string; size: number; prompt: boolean }[] = [];
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const parent = n.parentElement!;
                  if (!n.textContent?.trim() || parent.closest('.visually-hidden, .badge')) continue;
                  out.push({
                    text: n.textContent.trim().slice(0, 40),
                    size: parseFloat(getComputedStyle(parent).fontSize),
                    prompt: !!parent.closest('.teach-question__prompt, .slide-join__title, .slide-end__title'),
                  });
                }
                return out;
              });
              for (const s of sizes) {
                expect(s.size, `${slide}: “${s.text}”`).toBeGreaterThanOrEqual(s.prompt ? minPrompt : minText);
              }
            }
            await page.keyboard.press('ArrowRight');
          }
        });
      });
    }
  }
});
