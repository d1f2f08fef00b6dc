import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Reads npm's project settings as key=value pairs, skipping comments. */
function npmrc(): Map<string, string> {
  const lines = readFileSync(new URL('../../.npmrc', import.meta.url), 'utf8').split('\n');
  const pairs = lines
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('=').map((part) => part.trim()) as [string, string]);
  return new Map(pairs);
}

describe('a clean install prints only what someone can act on', () => {
  it('npm prints errors only, so the Node 20 that runs npm yields no engine warnings', () => {
    expect(npmrc().get('loglevel')).toBe('error');
  });

  it('the build and every script run on the Node 24 the node devDependency installs', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
      engines: { node: string };
    };
    expect(pkg.devDependencies.node).toMatch(/^\^24/);
    expect(pkg.engines.node).toMatch(/>=22/);
  });
});
