/**
 * The only script every page loads: the theme toggle, the phone menu and the search launcher. Search itself loads on
 * first use, so a page that is only read never downloads it; hovering or focusing the button warms it.
 */
import { setTheme } from '../stores/theme';

const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
// The inline head script has already applied the stored or system theme.
const show = () => toggle?.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
show();
toggle?.addEventListener('click', () => {
  setTheme(root.dataset['theme'] === 'dark' ? 'light' : 'dark');
  show();
});

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const base = button?.dataset['base'] ?? '/';
const search = () => import('./search-mount');
const openSearch = () =>
  search().then((m) => m.openSearch(document.getElementById('search-root')!, base, button ?? document.body));
const warm = () => void search().then((m) => m.warmSearch(base));

button?.addEventListener('click', () => void openSearch());
button?.addEventListener('pointerenter', warm, { once: true });
button?.addEventListener('focus', warm, { once: true });
// The phone menu is a <details>, so it opens without script; this only closes it as a menu is expected to close:
// on Escape (focus back on its button), and when focus or a click goes elsewhere.
const menu = document.querySelector<HTMLDetailsElement>('[data-nav-menu]');
const closeMenu = (event: Event) => {
  if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
};
document.addEventListener('click', closeMenu);
document.addEventListener('focusin', closeMenu);

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape' && menu?.open) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
    return;
  }
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('dialog')) return;
  event.preventDefault();
  void openSearch();
});

// Offline (issue 14): the service worker, registered once the page has loaded. When a newer version has installed
// and waits, the prompt (loaded only then) offers to switch; nothing reloads by itself. (`serviceWorker` is missing
// where the page is not a secure context, e.g. plain http on another machine: the site then works as before.)
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
if (import.meta.env.PROD && sw) {
  addEventListener('load', () =>
    // (A browser that blocks service workers, as the e2e tests ask Chromium to, resolves with no registration.)
    sw.register(`${base}sw.js`).then((reg?: ServiceWorkerRegistration) => {
      if (!reg) return;
      const check = () => reg.waiting && sw.controller && import('./update-prompt').then((m) => m.offer(reg));
      check();
      reg.onupdatefound = () => reg.installing && (reg.installing.onstatechange = check);
    }, String),
  );
}
