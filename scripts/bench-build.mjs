#!/usr/bin/env node
/**
 * How the build scales with the curriculum (`npm run bench:build -- --lessons 1000`).
 *
 * For each size (100 lessons, then `--lessons`, default 1,000) it copies the project into a temporary folder,
 * adds synthetic lessons until the curriculum has that many, and runs the real build there (`npm run build`: Astro,
 * Pagefind, the service worker). A synthetic lesson is a copy of a real one (the real lessons taken in turn, so
 * the tracks grow in proportion), with its own id, title, order and knowledge check; its bank is a copy of the
 * real lesson's bank with every question id made unique.
 *
 * Prints, per size: build seconds, peak memory (resident memory of the build's processes, summed over the process
 * tree and sampled every 100 ms), the size of `dist/` and its file count, and the bytes of one real lesson page
 * (`/learn/error-budgets/`): its HTML, raw and gzipped, and the CSS and scripts its HTML loads at open. A lesson
 * page must not grow with the curriculum. `--keep` leaves the temporary copies for a look.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { option } from './bench-kit.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const LARGE = Number(option('lessons', '1000'));
const KEEP = process.argv.includes('--keep');
const PAGE = 'learn/error-budgets/index.html';
if (!Number.isInteger(LARGE) || LARGE < 1) {
  console.error('--lessons takes a whole number of lessons, e.g. --lessons 1000');
  process.exit(1);
}

/** The real lessons: file, folder, id, bank id. */
function realLessons(dir) {
  const out = [];
  for (const track of readdirSync(join(dir, 'content/lessons'))) {
    for (const file of readdirSync(join(dir, 'content/lessons', track))) {
      if (!/\.mdx?$/.test(file)) continue;
      const text = readFileSync(join(dir, 'content/lessons', track, file), 'utf8');
      const quiz = /^quiz:\s*(\S+)/m.exec(text)?.[1];
      out.push({ track, file, text, quiz, id: file.replace(/\.mdx?$/, '').replace(/^\d+-/, '') });
    }
  }
  return out;
}

/** A copy of the project without its build output, with the project's node_modules linked in. */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-bench-'));
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), readFileSync(join(root, file)));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Adds synthetic lessons to the copy in `dir` until it has `total`. */
function addLessons(dir, total) {
  const real = realLessons(dir);
  for (let n = real.length + 1, i = 0; n <= total; n++, i++) {
    const model = real[i % real.length];
    const id = `synthetic-${String(n).padStart(4, '0')}`;
    const bank = parse(readFileSync(join(dir, 'content/quizzes', `${model.quiz}.yaml`), 'utf8'));
    bank.title = `Synthetic lesson ${n} — knowledge check`;
    for (const q of bank.questions) q.id = `${id}-${q.id}`;
    writeFileSync(join(dir, 'content/quizzes', `${id}.yaml`), stringify(bank));
    const text = model.text
      .replace(/^title:.*$/m, `title: Synthetic lesson ${n}`)
      .replace(/^order:.*$/m, `order: ${1000 + n}`)
      .replace(/^quiz:.*$/m, `quiz: ${id}`);
    writeFileSync(join(dir, 'content/lessons', model.track, `${1000 + n}-${id}.mdx`), text);
  }
  return real.length;
}

/** Resident memory (bytes) of `pid` and every process under it. */
function treeMemory(pid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we read it.
    }
  }
  let sum = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    sum += rss.get(p) ?? 0;
    todo.push(...(children.get(p) ?? []));
  }
  return sum;
}

/** Runs the build in `dir`: seconds and peak memory. */
function build(dir) {
  return new Promise((done, fail) => {
    const start = Date.now();
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (c) => (log += c));
    child.stderr.on('data', (c) => (log += c));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeMemory(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) fail(new Error(`The build failed in ${dir}:\n${log.slice(-4000)}`));
      else done({ seconds: (Date.now() - start) / 1000, peak });
    });
  });
}

/** Bytes and file count of a folder. */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The lesson page's HTML (raw, gzipped) and the CSS and module scripts it loads at open. */
function pageBytes(dist) {
  const html = readFileSync(join(dist, PAGE));
  const text = html.toString();
  const assets = new Set(
    [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="\/(_astro\/[^"]+)"/g)].map((m) => m[1]),
  );
  let loaded = 0;
  for (const a of assets) loaded += gzipSync(readFileSync(join(dist, a))).length;
  return { html: html.length, gzip: gzipSync(html).length, loaded };
}

const sizes = [...new Set([Math.min(100, LARGE), LARGE])];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rows = [];
for (const size of sizes) {
  const dir = copyProject();
  try {
    const real = addLessons(dir, size);
    console.error(`Building ${size} lessons (${real} real, ${Math.max(0, size - real)} synthetic) in ${dir}…`);
    const { seconds, peak } = await build(dir);
    const dist = folderSize(join(dir, 'dist'));
    rows.push({ size, seconds, peak, dist, page: pageBytes(join(dir, 'dist')) });
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `\n| lessons | build | peak memory | dist/ | files | /${PAGE.replace('index.html', '')} HTML | gzip | CSS + JS at open (gzip) |`,
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.size} | ${r.seconds.toFixed(1)} s | ${mb(r.peak)} | ${mb(r.dist.bytes)} | ${r.dist.files} | ${kb(r.page.html)} | ${kb(r.page.gzip)} | ${kb(r.page.loaded)} |`,
  );
}
if (rows.length === 2) {
  const [a, b] = rows;
  const grew = b.page.html - a.page.html;
  console.log(
    `\nFrom ${a.size} to ${b.size} lessons the lesson page's HTML changed by ${grew} bytes ` +
      `(${((grew / a.page.html) * 100).toFixed(1)}%); build time ×${(b.seconds / a.seconds).toFixed(1)}.`,
  );
}
