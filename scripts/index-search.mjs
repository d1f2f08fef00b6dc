#!/usr/bin/env node
/**
 * Builds the Pagefind search index for the built site in $OUT_DIR (default `dist`), then minifies Pagefind's own
 * `pagefind.js`: Pagefind ships it with readable names (13.2 KB gzip), and every search pays for it; minified it
 * is 11.4 KB. The UI bundles Pagefind also writes are never loaded by this site, so they are removed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const site = process.env.OUT_DIR ?? 'dist';
const r = spawnSync('pagefind', ['--site', site], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

const dir = join(site, 'pagefind');
const file = join(dir, 'pagefind.js');
const source = readFileSync(file, 'utf8');
const { code } = transformSync(source, { minify: true, format: 'esm', target: 'es2022' });
writeFileSync(file, code);
console.log(`Minified ${file}: ${source.length} → ${code.length} bytes.`);

// Pagefind's ready-made interfaces: the site has its own search dialog and never requests these.
for (const unused of [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]) {
  rmSync(join(dir, unused), { force: true });
}
