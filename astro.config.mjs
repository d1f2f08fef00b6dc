// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { normaliseBase } from './scripts/site-files.mjs';

/** Sub-path the site is served under, e.g. `BASE=/guide/ npm run build`. Always starts and ends with `/`. */
const base = normaliseBase(process.env.BASE);

/**
 * The no-flash theme script runs inline in <head> before first paint. Astro does not hash `is:inline`
 * scripts, so its hash is computed here from the same file the layout inlines.
 */
const themeScript = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/**
 * Replaces Vite's dynamic-import preload helper (~0.9 KB gzip, pulled into every page by the header's search
 * launcher) with a plain call. The helper preloads a dynamic chunk's CSS and imports; the site's dynamic imports
 * need neither: search (loads its own stylesheet when opened), the progress migrations (no CSS, loaded only when
 * old data turns up) and the islands of `src/scripts/island-registry.ts` (their styles are linked by the pages
 * that use them). The build fails if a dynamic import ever depends on CSS, which this stub would not load.
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
    // The stub ignores the dependency lists Vite writes beside each dynamic import, so they are dropped too.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.code.includes('__vite__mapDeps')) continue;
          const deps = /^const __vite__mapDeps\s*=.*$/m.exec(chunk.code)?.[0] ?? '';
          if (/\.css["'`]/.test(deps)) {
            this.error(`${chunk.fileName} imports a module with CSS dynamically; the preload stub would not load it.`);
          }
          chunk.code = chunk.code
            .replace(/^const __vite__mapDeps\s*=.*\n/m, '')
            .replace(/,\s*__vite__mapDeps\(\[[\d,\s]*\]\)/g, '');
        }
      },
    },
  };
}

/**
 * Astro's Preact client imports `@preact/signals` (3 KB gzip) for islands given signals as props. No island here
 * takes a signal (props are plain JSON), so the client gets a stub that says so instead of shipping the library.
 * @returns {import('vite').Plugin}
 */
function noPreactSignals() {
  const stubId = '\0field-guide:no-preact-signals';
  return {
    name: 'field-guide:no-preact-signals',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === '@preact/signals' && importer?.includes('@astrojs/preact') ? stubId : null;
    },
    load(id) {
      return id === stubId
        ? "export const signal = () => { throw new Error('Islands of this site take plain props, not signals.'); };"
        : null;
    },
  };
}

/**
 * Groups the browser code of the learner's pages into a few chunks instead of a dozen small ones: gzip compresses
 * one file better than many, and each chunk costs a request and import boilerplate (measured: 1.5 KB gzip less on
 * a lesson). `storage.ts` and `theme.ts` stay apart: the header script every page loads imports them.
 * @returns {import('vite').Plugin}
 */
function learnerChunks() {
  const groups = [
    // Preact, with the three tiny pieces every island uses (the store hook, the hydrated flag, the no-script note).
    {
      name: 'preact',
      test: /node_modules[\\/]preact[\\/]|src[\\/]islands[\\/](NeedsScript\.tsx|use-(hydrated|store)\.ts)$/,
      priority: 3,
    },
    // The question inputs and the check's summary: lessons, practice and Teach's join page. The lesson's own Quiz island
    // stays its own chunk, so the join page does not load it.
    {
      name: 'quiz',
      test: /src[\\/](islands[\\/](QuestionCard|questions[\\/].*)\.tsx|lib[\\/]quiz-summary\.ts)$/,
      priority: 2,
    },
    // The progress store, without any UI: every page that shows progress needs it, the home page included (no
    // Preact in it, so the home page's progress view does not load Preact).
    {
      name: 'learner',
      test: /node_modules[\\/]nanostores[\\/]|src[\\/](stores[\\/](persisted-document|progress)|lib[\\/](progress|quiz|review|guards))\.ts$/,
      priority: 1,
    },
    // The learner islands' progress hooks and storage notice, apart from the hooks every island uses (in 'preact'),
    // so that Teach's join page, which keeps its own document, does not load them.
    {
      name: 'progress-kit',
      test: /src[\\/]islands[\\/](use-progress\.ts|StorageNotice\.tsx)$/,
      priority: 2,
    },
    // The seeded order: the lesson check and every Teach page (apart, so /decide/ does not load it).
    { name: 'seeded', test: /src[\\/]lib[\\/](arrange|random)\.ts$/, priority: 1 },
  ];
  return {
    name: 'field-guide:learner-chunks',
    applyToEnvironment: (environment) => environment.name === 'client',
    // Groups take only the modules they name, not all their imports; entries keep their exports (and may gain some).
    options(options) {
      return { ...options, preserveEntrySignatures: 'allow-extension' };
    },
    outputOptions(options) {
      return { ...options, codeSplitting: { includeDependenciesRecursively: false, groups } };
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
  vite: {
    plugins: [lightDynamicImports(), noPreactSignals(), learnerChunks()],
    build: {
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" marker that the bundler reports once per lesson; it is
        // Astro's own and harmless, so the build stays quiet about it and reports everything else.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
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
