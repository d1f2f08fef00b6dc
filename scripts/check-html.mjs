#!/usr/bin/env node
/**
 * HTML validity of every built page (`dist/` or $OUT_DIR), checked with the W3C Nu HTML Checker (the `vnu-jar`
 * package, run with Java). Prints each error with its page, line and column, and exits 1 if there is any; the
 * target is 0. Warnings are counted, not failed: the checker reads pages from disk (file: URLs), so it reports
 * every same-origin resource as a CSP violation, which a browser serving the site does not.
 *
 * Java: when `java` is missing and this runs as root where apt-get exists, Debian's `default-jre-headless` is
 * installed (as scripts/ensure-browser.mjs does for Chromium); otherwise it stops and says how to install it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

if (!hasJava()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Java found: installing Debian\'s "default-jre-headless" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], {
        stdio: 'inherit',
        env,
      });
    } catch {
      // Reported below with the instructions.
    }
  }
  if (!hasJava()) {
    console.error(
      [
        'The HTML check needs Java (the W3C Nu checker is a Java program), and none was found.',
        'Install a Java runtime (version 11 or later), then run the check again:',
        '  - Debian/Ubuntu: sudo apt-get install default-jre-headless',
        '  - macOS: brew install openjdk',
      ].join('\n'),
    );
    process.exit(1);
  }
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

/** Built pages, except Pagefind's own files (its playground is not part of the site). */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(dist);
// A small stack per thread is what the checker's own documentation recommends for deep documents.
const r = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (r.status !== 0) {
  console.error(`The Nu checker did not run (exit ${r.status}):\n${r.stderr || r.stdout}`);
  process.exit(1);
}

/** @type {{ messages: { type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, lastColumn?: number, message: string, extract?: string }[] }} */
let report;
try {
  report = JSON.parse(r.stderr || r.stdout);
} catch {
  console.error(`The Nu checker's report could not be read:\n${(r.stderr || r.stdout).slice(0, 2000)}`);
  process.exit(1);
}

const pageOf = (url) => (url ? relative(dist, fileURLToPath(url)) : '(no page)');
const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
const warnings = report.messages.filter((m) => m.type === 'info' && m.subType === 'warning');

for (const m of errors) {
  const where = `${pageOf(m.url)}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  console.error(`✗ ${where} ${m.message}${extract}`);
}
console.log(
  `HTML check (W3C Nu checker): ${pages.length} pages, ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warnings (not failed, see the top of this script).`,
);
process.exit(errors.length > 0 ? 1 : 0);
