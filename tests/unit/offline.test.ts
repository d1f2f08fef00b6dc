/**
 * Offline and install (issue 14): what the service worker precaches, made from the built files (never by hand),
 * and the web app manifest, right under any base path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeTokens } from '../../src/lib/design-tokens';
import { precacheUrls } from '../../src/lib/precache';
import { themeColours, webManifest } from '../../src/lib/web-manifest';

describe('precacheUrls', () => {
  it('keeps every page (at its address), asset, question file and search file; leaves out downloads and host files', () => {
    const files = [
      'index.html',
      '404.html',
      'learn/index.html',
      'learn/error-budgets/index.html',
      '_astro/Quiz.abc123.js',
      '_astro/zxing_reader.def.wasm',
      'data/questions/index.json',
      'data/questions/short-forms.json',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_123.pf_meta',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/index/en_2.pf_index',
      'pagefind/wasm.en.pagefind',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'favicon.svg',
      'exports/index.html',
      'exports/all-lessons.qti21.zip',
      'exports/error-budgets.gift.txt',
      'exports/error-budgets.gift.txt-skipped.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
      '_headers',
      'sw.js',
      '_astro/Quiz.abc123.js.map',
    ];
    expect(precacheUrls(files)).toEqual(
      [
        '',
        '404.html',
        'learn/',
        'learn/error-budgets/',
        '_astro/Quiz.abc123.js',
        '_astro/zxing_reader.def.wasm',
        'data/questions/index.json',
        'data/questions/short-forms.json',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind.en_123.pf_meta',
        'pagefind/fragment/en_1.pf_fragment',
        'pagefind/index/en_2.pf_index',
        'pagefind/wasm.en.pagefind',
        'manifest.webmanifest',
        'icons/icon-192.png',
        'favicon.svg',
        'exports/',
      ].sort(),
    );
  });

  it('does not depend on the order the disk lists files in', () => {
    const files = ['b/index.html', 'a.js', 'index.html', 'c/d.json'];
    expect(precacheUrls(files)).toEqual(precacheUrls([...files].reverse()));
  });
});

describe('webManifest', () => {
  const tokens = themeTokens(readFileSync('src/styles/global.css', 'utf8'));
  const manifest = webManifest(tokens);

  it('starts and scopes at the site’s home wherever it is served: every URL relative to the manifest', () => {
    for (const base of ['http://x/', 'http://x/guide/']) {
      const at = `${base}manifest.webmanifest`;
      expect(new URL(manifest.start_url, at).href).toBe(base);
      expect(new URL(manifest.scope, at).href).toBe(base);
      expect(new URL(manifest.id, at).href).toBe(base);
      for (const icon of manifest.icons) expect(new URL(icon.src, at).href.startsWith(`${base}icons/`)).toBe(true);
    }
  });

  it('has what browsers need to install it: names, standalone display, a 192 and a 512 icon, a maskable one', () => {
    expect(manifest.name).toBe('DevOps & SRE Field Guide');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.filter((i) => i.purpose === 'maskable')).toHaveLength(1);
    for (const icon of manifest.icons) {
      const png = readFileSync(`public/${icon.src}`);
      // PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    }
  });

  it('takes its colours from the design tokens: the header surface of each theme, the page background', () => {
    expect(manifest.theme_color).toBe(tokens.light['surface']);
    expect(manifest.background_color).toBe(tokens.light['bg']);
    expect(themeColours(tokens)).toEqual({ light: tokens.light['surface'], dark: tokens.dark['surface'] });
    expect(themeColours(tokens).light).not.toBe(themeColours(tokens).dark);
  });
});
