import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * `value` as it was one frame ago: the frame after a change shows what is cheap (the field being typed in, its
 * message), and the value catches up in a task of its own right after that frame is painted (Preact runs effects
 * after paint), where the work it drives no longer stands between a key and the letter appearing. Values that
 * change faster than frames are coalesced: only the latest is drawn.
 */
export function useDeferred<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(() => value), [value]);
  return shown;
}

/**
 * Runs `done` in a task of its own once the next frame is painted: a timer set in an animation callback fires after
 * that frame. A page in the background paints no frames; its edits are drawn when it is shown again.
 */
export function afterNextPaint(done: () => void): void {
  requestAnimationFrame(() => setTimeout(done));
}

/** An edit of a value kept by `useEditedAfterPaint`. */
export type Edit<T> = (value: T) => T;

/**
 * A value that takes edits at once and is drawn after the next paint. An edit applies to the latest value as soon
 * as it is made, so a render for any other reason already shows it (a field never goes back to an older text);
 * the render it asks for waits until the browser has painted what the input changed by itself (the letter typed,
 * the box ticked), so no key waits for the components it affects. Edits made before that render are drawn
 * together. The third value says whether an edit is still waiting to be drawn.
 */
export function useEditedAfterPaint<T>(initial: () => T): [T, (edit: Edit<T>) => void, () => boolean] {
  const value = useRef<{ current: T } | null>(null);
  value.current ??= { current: initial() };
  const [, redraw] = useState(0);
  const scheduled = useRef(false);
  const edit = useCallback((change: Edit<T>) => {
    const box = value.current!;
    box.current = change(box.current);
    if (scheduled.current) return;
    scheduled.current = true;
    afterNextPaint(() => {
      scheduled.current = false;
      redraw((n) => n + 1);
    });
  }, []);
  const waiting = useCallback(() => scheduled.current, []);
  return [value.current.current, edit, waiting];
}
