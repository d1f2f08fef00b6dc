// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

/** Sub-path the site is served under, e.g. `BASE=/guide/ npm run build`. Always starts and ends with `/`. */
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * The no-flash theme script runs inline in <head> before first paint. Astro does not hash `is:inline`
 * scripts, so its hash is computed here from the same file the layout inlines.
 */
const themeScript = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/**
 * Replaces Vite's dynamic-import preload helper (~0.9 KB gzip, pulled into every page by the header's
 * search launcher) with a plain call. The site's only dynamic import is search, opened by a person, and its
 * styles live in the global stylesheet, so nothing needs preloading. A dynamic import of a module with its
 * own CSS would not get that CSS: keep styles global or in islands.
 * @returns {import('vite').Plugin}
 */
function lightDynamicImports() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'field-guide:light-dynamic-imports',
    enforce: 'pre',
    load(id) {
      return id === helperId ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap()],
  markdown: { syntaxHighlight: 'prism' },
  devToolbar: { enabled: false },
  vite: { plugins: [lightDynamicImports()] },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeScriptHash)],
      },
    },
  },
});
