/**
 * The presenter's state and what each command does to it: pure, with the clock passed in, so the projected
 * window, the speaker view and the tests all compute the same slide and the same countdown.
 *
 * Slides: 0 is the join slide (QR code and link), 1..n the questions, n + 1 the end. A question's countdown starts
 * when its slide opens (if the set has a timer) and stops when its answer is revealed.
 */

/** A countdown: `remainingMs` as of `runningSince` (epoch ms), or frozen while paused (`runningSince` null). */
export interface Countdown {
  remainingMs: number;
  runningSince: number | null;
}

export interface PresenterState {
  /** Slide shown: 0 join, 1..questions the questions, questions + 1 the end. */
  position: number;
  /** Positions whose answer has been revealed (a revealed question stays revealed when revisited). */
  revealed: number[];
  /** The countdown of the question on screen; null when there is none (no timer, not a question, revealed). */
  countdown: Countdown | null;
}

export type PresenterCommand = 'next' | 'back' | 'reveal' | 'pause' | 'extend' | 'first';

/** Seconds one "extend" adds to the countdown. */
export const EXTEND_SECONDS = 15;

/** The state a presentation starts in: the join slide. */
export function initialState(): PresenterState {
  return { position: 0, revealed: [], countdown: null };
}

/** Whether `position` is a question slide of a set of `count` questions. */
export const isQuestionSlide = (position: number, count: number) => position >= 1 && position <= count;

/** Milliseconds left on a countdown at `now` (never below 0). */
export function remainingAt(countdown: Countdown, now: number): number {
  const spent = countdown.runningSince === null ? 0 : Math.max(0, now - countdown.runningSince);
  return Math.max(0, countdown.remainingMs - spent);
}

/** A countdown as people read it: `1:05`, `0:09`. Whole seconds, rounded up so 0:00 means time is up. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The state after moving to `position`: a fresh countdown on an unrevealed question when the set has a timer. */
function goTo(state: PresenterState, position: number, count: number, timerSeconds: number, now: number) {
  const fresh =
    isQuestionSlide(position, count) && timerSeconds > 0 && !state.revealed.includes(position)
      ? { remainingMs: timerSeconds * 1000, runningSince: now }
      : null;
  return { ...state, position, countdown: fresh };
}

/**
 * The state after `command`, for a set of `count` questions with `timerSeconds` per question (0 = none), at
 * `now`. Commands that make no sense where the presenter is (reveal on the join slide, back on the first) change
 * nothing.
 */
export function apply(
  state: PresenterState,
  command: PresenterCommand,
  count: number,
  timerSeconds: number,
  now: number,
): PresenterState {
  const last = count + 1;
  switch (command) {
    case 'first':
      return goTo({ ...state, revealed: [] }, 0, count, timerSeconds, now);
    case 'next':
      return state.position >= last ? state : goTo(state, state.position + 1, count, timerSeconds, now);
    case 'back':
      return state.position <= 0 ? state : goTo(state, state.position - 1, count, timerSeconds, now);
    case 'reveal':
      if (!isQuestionSlide(state.position, count) || state.revealed.includes(state.position)) return state;
      return { ...state, revealed: [...state.revealed, state.position], countdown: null };
    case 'pause': {
      const c = state.countdown;
      if (!c) return state;
      return c.runningSince === null
        ? { ...state, countdown: { remainingMs: c.remainingMs, runningSince: now } }
        : { ...state, countdown: { remainingMs: remainingAt(c, now), runningSince: null } };
    }
    case 'extend': {
      const c = state.countdown;
      if (!c) return state;
      // Time that ran out starts again from the extension; a paused countdown stays paused.
      const left = remainingAt(c, now) + EXTEND_SECONDS * 1000;
      return { ...state, countdown: { remainingMs: left, runningSince: c.runningSince === null ? null : now } };
    }
  }
}

/** The command a key stands for, or null: → ← (and a clicker's Page Down/Up), space, p, +, and Home. */
export function commandOfKey(key: string): PresenterCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'back';
    case ' ':
      return 'reveal';
    case 'p':
    case 'P':
      return 'pause';
    case '+':
    case '=':
      return 'extend';
    case 'Home':
      return 'first';
    default:
      return null;
  }
}

/** Checks a state received from another window (BroadcastChannel): the shape, and positions within the set. */
export function isPresenterState(value: unknown, count: number): value is PresenterState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const position = v['position'];
  const revealed = v['revealed'];
  const countdown = v['countdown'];
  const slide = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= count + 1;
  if (!slide(position) || !Array.isArray(revealed) || !revealed.every(slide)) return false;
  if (countdown === null) return true;
  if (typeof countdown !== 'object' || countdown === undefined) return false;
  const c = countdown as Record<string, unknown>;
  return (
    typeof c['remainingMs'] === 'number' &&
    Number.isFinite(c['remainingMs']) &&
    (c['runningSince'] === null || (typeof c['runningSince'] === 'number' && Number.isFinite(c['runningSince'])))
  );
}
