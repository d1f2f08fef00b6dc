/**
 * The line between the projected presenter and its speaker view on the trainer's laptop: a `BroadcastChannel`
 * named after the set id, so two sets presented at once do not mix. The projected window owns the state and sends
 * it on every change; the speaker view says hello when it opens (and gets the state back) and may send commands.
 */
import type { PresenterCommand, PresenterState } from '../../lib/teach/presenter';

export type PresenterMessage =
  { kind: 'state'; state: PresenterState } | { kind: 'hello' } | { kind: 'command'; command: PresenterCommand };

const COMMANDS: readonly string[] = ['next', 'back', 'reveal', 'pause', 'extend', 'first'];

/** Reads a message from the channel; anything else (another version of the page, a stray post) is null. */
function messageOf(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d['kind'] === 'hello') return { kind: 'hello' };
  if (d['kind'] === 'command' && typeof d['command'] === 'string' && COMMANDS.includes(d['command']))
    return { kind: 'command', command: d['command'] as PresenterCommand };
  // The state's shape is checked by the receiver, which knows how many slides the set has.
  if (d['kind'] === 'state') return { kind: 'state', state: d['state'] as PresenterState };
  return null;
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

/**
 * Opens the channel of the set with id `setIdText` and calls `onMessage` for each message from another window.
 * Null where the browser has no BroadcastChannel (the speaker view then says it cannot follow).
 */
export function openPresenterChannel(
  setIdText: string,
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(`fg:teach-present:${setIdText}`);
  channel.onmessage = (e: MessageEvent) => {
    const m = messageOf(e.data);
    if (m) onMessage(m);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
