/**
 * The build is the content's validator: each broken file below must fail it with a message naming the file
 * and the field. Each case copies the project's sources into a temporary folder, breaks one thing and builds.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Copies the project, applies `breakIt` to it, runs `astro <command>`, returns its output and exit code. */
async function buildBroken(command: 'sync' | 'build', breakIt: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'fg-content-'));
  made.push(dir);
  // scripts/: astro.config.mjs reads the base path with scripts/site-files.mjs.
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  breakIt(dir);
  try {
    const r = await run(join(root, 'node_modules/.bin/astro'), [command], {
      cwd: dir,
      env: { ...process.env, OUT_DIR: './dist', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { code: 0, output: plain(r.stdout + r.stderr) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: plain(err.stdout + err.stderr) };
  }
}

/** Output without terminal colour codes, which CI may force on. */
// eslint-disable-next-line no-control-regex -- matching ANSI escape sequences is the point
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

const edit = (dir: string, file: string, from: RegExp | string, to: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${from} not found in ${file}`);
  writeFileSync(path, next);
};

const LESSON = 'content/lessons/foundations/01-what-is-devops.mdx';
const BANK = 'content/quizzes/what-is-devops.yaml';
const OTHER_LESSON = 'content/lessons/foundations/02-what-is-sre.mdx';

describe('the build rejects broken content, naming the file and the field', { timeout: 120_000 }, () => {
  it('an unknown track', async () => {
    const r = await buildBroken('sync', (d) => edit(d, LESSON, /^track: foundations$/m, 'track: devopz'));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('01-what-is-devops.mdx');
    expect(r.output).toMatch(/track: track must be one of: foundations, devops, sre, choosing/);
  });

  it('a question without an explanation', async () => {
    const r = await buildBroken('sync', (d) => edit(d, BANK, /^ {4}explanation:/m, '    explanation_missing:'));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('what-is-devops.yaml');
    expect(r.output).toMatch(/questions\.0\.explanation/);
  });

  it('a single-choice question without exactly one right option', async () => {
    const r = await buildBroken('sync', (d) =>
      edit(d, BANK, /(\n {6}- id: b\n {8}text: [^\n]*)/, '$1\n        correct: true'),
    );
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('what-is-devops.yaml');
    expect(r.output).toMatch(/questions\.0\.options: question "[a-z0-9-]+" is single-choice and must have exactly one/);
  });

  // One build for the three references that the learning path checks across files: it names every problem it
  // finds, not the first, so one broken copy shows each message (and a build saved is ten seconds of the gate).
  it('a question id used in two banks, a lesson naming a quiz bank and a glossary term that do not exist', async () => {
    const r = await buildBroken('build', (d) => {
      const firstId = /^ {2}- id: ([a-z0-9-]+)$/m.exec(readFileSync(join(d, BANK), 'utf8'))![1]!;
      edit(d, 'content/quizzes/what-is-sre.yaml', /^ {2}- id: [a-z0-9-]+$/m, `  - id: ${firstId}`);
      edit(d, LESSON, /^quiz: what-is-devops$/m, 'quiz: no-such-bank');
      edit(d, OTHER_LESSON, /^terms:\n/m, 'terms:\n  - no-such-term\n');
    });
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/what-is-sre\.yaml: question id "[a-z0-9-]+" is already used in .*what-is-devops\.yaml/);
    expect(r.output).toMatch(/01-what-is-devops\.mdx: field "quiz" names "no-such-bank"/);
    expect(r.output).toMatch(/02-what-is-sre\.mdx: field "terms" names "no-such-term"/);
  });

  it('a <Term> in a lesson body that is not in the glossary', async () => {
    const r = await buildBroken('build', (d) => edit(d, LESSON, /<Term id="[a-z-]+">/, '<Term id="no-such-term">'));
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/<Term id="no-such-term">.*there is no glossary term "no-such-term"/);
  });
});
