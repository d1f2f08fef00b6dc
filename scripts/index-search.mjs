#!/usr/bin/env node
/** Builds the Pagefind search index for the built site in $OUT_DIR (default `dist`). */
import { spawnSync } from 'node:child_process';

const site = process.env.OUT_DIR ?? 'dist';
const r = spawnSync('pagefind', ['--site', site], { stdio: 'inherit' });
process.exit(r.status ?? 1);
