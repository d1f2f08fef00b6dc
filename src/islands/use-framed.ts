import { useEffect, useState } from 'preact/hooks';

/**
 * True when the page is shown inside a frame of another site. Hosts that ignore `_headers` cannot stop framing
 * (a CSP meta tag cannot carry frame-ancestors), so pages turn off actions that destroy data while framed.
 */
export function framedByAnotherSite(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    // Reading another origin's location throws: the frame's parent is another site.
    return true;
  }
}

/** `framedByAnotherSite()` for a component, false during server rendering and the first render. */
export function useFramed(): boolean {
  const [framed, setFramed] = useState(false);
  useEffect(() => setFramed(framedByAnotherSite()), []);
  return framed;
}
