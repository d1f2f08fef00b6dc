import type { APIRoute } from 'astro';
import { themeTokens } from '../lib/design-tokens';
import { webManifest } from '../lib/web-manifest';
import globalCss from '../styles/global.css?raw';

/** `/manifest.webmanifest` (under the base path): see src/lib/web-manifest.ts. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webManifest(themeTokens(globalCss)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
