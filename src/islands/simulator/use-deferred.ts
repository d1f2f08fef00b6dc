import { useEffect, useState } from 'preact/hooks';

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
