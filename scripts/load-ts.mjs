/**
 * Loads a TypeScript module of src/ in a Node script: bundled in memory with esbuild, then imported. Lets the
 * scripts use the same code as the site (e.g. word counts, the simulation) without a separate build.
 */
import { build } from 'esbuild';

/**
 * @param {string} entry path from the project root, e.g. 'src/lib/simulation.ts'
 * @param {{ minify?: boolean, platform?: 'neutral' | 'node' }} [options] `node` for build-time modules (node:fs)
 */
export async function loadTs(entry, { minify = false, platform = 'neutral' } = {}) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    platform,
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
