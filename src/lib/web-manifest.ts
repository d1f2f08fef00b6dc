/**
 * The web app manifest (issue 14), served as `manifest.webmanifest` beside the home page: what a browser needs to
 * install the site as an app. Every URL in it is relative to the manifest itself, so the same file is right under
 * any base path (`/`, `/guide/`): the start page and scope are the site's home, wherever that is. Colours come from
 * global.css's tokens: the header's surface as the theme colour (the light theme's; the pages' own
 * `<meta name="theme-color">` give each theme its own), the page background as the splash screen's.
 */
import type { Theme, Tokens } from './design-tokens';

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: 'any' | 'maskable' }[];
}

/** The colour of the browser's bar per theme: the header's surface. */
export const themeColours = (tokens: Record<Theme, Tokens>): Record<Theme, string> => ({
  light: tokens.light['surface']!,
  dark: tokens.dark['surface']!,
});

export function webManifest(tokens: Record<Theme, Tokens>): WebManifest {
  return {
    id: './',
    name: 'DevOps & SRE Field Guide',
    short_name: 'Field Guide',
    description:
      'Learn DevOps and Site Reliability Engineering, test what you learned, teach it, and decide which your team needs.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: tokens.light['bg']!,
    theme_color: themeColours(tokens).light,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
