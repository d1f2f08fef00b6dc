/**
 * scripts/check-links.mjs on a small built site of its own: a missing page, a missing fragment and a missing asset
 * fail it, each named with its page; links that resolve (a page by its address, a file, a fragment, a set link
 * read by script) pass; external links of lessons are listed in the report, never fetched.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function check(files: Record<string, string>, base = '/') {
  const dir = mkdtempSync(join(tmpdir(), 'fg-links-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
    writeFileSync(join(dir, 'dist', path), text);
  }
  const env = { ...process.env, OUT_DIR: join(dir, 'dist'), BASE: base, LINK_REPORT: join(dir, 'report.md') };
  try {
    const r = await run(process.execPath, ['scripts/check-links.mjs'], { env });
    return { code: 0, output: r.stdout + r.stderr, report: readFileSync(join(dir, 'report.md'), 'utf8') };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr, report: '' };
  }
}

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('the link check', () => {
  it('passes links that resolve, and lists the lessons’ external links without fetching them', async () => {
    const r = await check({
      'index.html': page(
        '<a href="/learn/x/">x</a><a href="/learn/x">x</a><link href="/_astro/a.css" rel="stylesheet">',
      ),
      'learn/x/index.html': page(
        '<h2 id="part">P</h2><a href="#part">here</a><a href="../../">home</a><a href="/teach/join/#s=1.AB">set</a><a href="https://sre.google/sre-book/">book</a>',
      ),
      'teach/join/index.html': page(''),
      '_astro/a.css': 'a{}',
    });
    expect(r.output).toContain('0 broken');
    expect(r.code).toBe(0);
    expect(r.report).toContain('| https://sre.google/sre-book/ | learn/x |');
  });

  it('fails on a missing page, fragment or asset, naming the page each is on', async () => {
    const r = await check({
      'index.html': page('<a href="/nope/">x</a><img src="/_astro/gone.png" alt="">'),
      'learn/x/index.html': page('<a href="/learn/x/#missing">m</a>'),
    });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('index.html: <a href="/nope/"> → no file for /nope/');
    expect(r.output).toContain('index.html: <img src="/_astro/gone.png"> → no file for /_astro/gone.png');
    expect(r.output).toContain(
      'learn/x/index.html: <a href="/learn/x/#missing"> → learn/x/index.html has no element with id "missing"',
    );
  });

  it('under a base path, a link that leaves the base is broken', async () => {
    const r = await check({ 'index.html': page('<a href="/learn/">x</a>'), 'learn/index.html': page('') }, '/guide/');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('no file for /learn/');
  });
});
