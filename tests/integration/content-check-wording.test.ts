/**
 * `npm run check:content` refuses banks a learner could pass without reading the questions (issue 12): each case
 * copies the content into a temporary folder, games the keys one way and runs the check there.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function checkContent(change: (dir: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fg-wording-'));
  made.push(dir);
  for (const entry of ['content', 'src', 'scripts', 'cspell.config.yaml', 'project-words.txt', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  change(dir);
  try {
    const r = await run(process.execPath, ['scripts/check-content.mjs'], { cwd: dir });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr };
  }
}

/** Applies `edit` to the text of every bank. */
const everyBank = (dir: string, edit: (text: string) => string) => {
  const banks = join(dir, 'content/quizzes');
  for (const f of readdirSync(banks)) writeFileSync(join(banks, f), edit(readFileSync(join(banks, f), 'utf8')));
};

describe('the content check and wording-only strategies', { timeout: 120_000 }, () => {
  it('passes the project as it is and prints the strategy table', async () => {
    const r = await checkContent();
    expect(r.output).toContain('Content check passed.');
    expect(r.output).toMatch(/\| \*\*all banks\*\* \| \d+\/\d+ \|/);
    expect(r.code).toBe(0);
  });

  it('fails when every true/false question is keyed False, per bank and for always-False', async () => {
    const r = await checkContent((d) => everyBank(d, (t) => t.replace(/^( {4}answer: )true$/gm, '$1false')));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/what-is-devops\.yaml: 0 of 2 true\/false questions are keyed True/);
    expect(r.output).toMatch(/the wording-only strategy "always-false" .* points above chance, more than 10/);
  });

  it('fails when the right options are the only ones without a reason clause', async () => {
    type Bank = { questions: { options?: { text: string; correct?: boolean }[] }[] };
    const r = await checkContent((d) =>
      everyBank(d, (t) => {
        const bank = parse(t) as Bank;
        for (const o of bank.questions.flatMap((q) => q.options ?? []))
          if (!o.correct) o.text = `${o.text} because it is quick`;
        return stringify(bank);
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/the wording-only strategy "no-reason" .* more than 10/);
    expect(r.output).toMatch(/Reason clauses on right \/ wrong options: 0% \/ 100%/);
  });

  it('fails when a choice question has no short form for games, and when the short forms give the key away', async () => {
    type Bank = {
      questions: {
        id: string;
        short?: { prompt: string; options?: { id: string; text: string }[] };
        options?: { id: string; correct?: boolean }[];
      }[];
    };
    const r = await checkContent((d) =>
      everyBank(d, (t) => {
        const bank = parse(t) as Bank;
        for (const q of bank.questions) {
          if (q.id === 'eb-peak-vs-night') delete q.short;
          // The right short options made the longest, by far, everywhere else.
          for (const o of q.short?.options ?? [])
            if (q.options?.find((f) => f.id === o.id)?.correct) o.text = `${o.text.slice(0, 40)} ${'x'.repeat(30)}`;
        }
        return stringify(bank);
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(
      /error-budgets\.yaml: question "eb-peak-vs-night" does not fit a Kahoot game: the question is \d+ characters; Kahoot allows 120/,
    );
    expect(r.output).toMatch(/content\/quizzes \(short forms\): the wording-only strategy "longest" .* more than 10/);
  });
});
