import { h, hydrate, render, type VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** One element: the part of the simulator (a section) drawn here. */
  children: VNode;
  /**
   * The part has fields: it is drawn in a form of its own. Chrome's autofill looks at every field of the form a
   * typed-in field belongs to, after each key; fields outside any form count as one form, the whole simulator
   * (measured: about 45 ms of a phone's main thread per key, most of it laying out the parts scrolled away).
   * Enter in a field must not send it anywhere: the simulator applies every edit as it is typed.
   */
  form?: boolean;
}

const keepPage = (event: Event) => event.preventDefault();

/**
 * A part of the simulator that comes alive after the page is painted, each part in a task of its own, instead of
 * the whole simulator in one long task as the page loads (measured: 190 ms of a phone's main thread, during which
 * nothing on the page answers). The server draws the part as usual; in the browser its HTML is kept as it is and
 * hydrated later as a root of its own, first with what the server drew, then brought up to date. From then on it
 * is rendered into that root whenever the simulator renders. A learner who reaches it first (a tap, or focus by
 * keyboard) brings it alive at once, so the tap or the keys that follow are answered.
 */
export function HydrateLater({ children, form = false }: Props) {
  const part = useRef<HTMLElement>(null);
  // What the server drew: the first render in the browser has the same settings.
  const first = useRef(children);
  const latest = useRef(children);
  latest.current = children;
  const alive = useRef(false);
  const [scheduled, setScheduled] = useState(false);

  const wake = () => {
    const el = part.current;
    if (alive.current || !el) return;
    alive.current = true;
    hydrate(first.current, el);
    if (latest.current !== first.current) render(latest.current, el);
  };

  useEffect(() => {
    // Timers of the same delay run in the order they were set, each in a task of its own: the parts come alive in
    // page order, and a key pressed meanwhile is answered between two of them.
    const timer = setTimeout(() => setScheduled(true), 0);
    return () => clearTimeout(timer);
  }, []);

  useLayoutEffect(() => {
    const el = part.current;
    if (!el) return;
    if (!alive.current) {
      if (scheduled) wake();
    } else render(children, el);
  });

  // On the server the part is drawn as usual. In the browser, Preact leaves the HTML of an element with
  // `dangerouslySetInnerHTML` alone while hydrating, and afterwards as long as the value stays the same: the part's
  // own root owns what is inside.
  return h(form ? 'form' : 'div', {
    class: 'simulator__part',
    ref: part,
    onPointerDown: wake,
    onFocusIn: wake,
    onSubmit: form ? keepPage : undefined,
    ...(typeof document === 'undefined' ? { children } : { dangerouslySetInnerHTML: { __html: '' } }),
  });
}
