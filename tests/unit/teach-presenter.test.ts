/**
 * The presenter's state machine (src/lib/teach/presenter.ts): slides, reveal, the countdown with pause and
 * extend on a clock passed in, the keys, and the check of a state received from another window.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  apply,
  commandOfKey,
  EXTEND_SECONDS,
  formatCountdown,
  initialState,
  isPresenterState,
  remainingAt,
  type PresenterCommand,
  type PresenterState,
} from '../../src/lib/teach/presenter';

const COUNT = 3;
const T0 = 1_700_000_000_000;

/** Runs commands one after another, each `step` ms after the last. */
function run(commands: PresenterCommand[], timer = 30, step = 1000): { state: PresenterState; now: number } {
  let state = initialState();
  let now = T0;
  for (const c of commands) {
    now += step;
    state = apply(state, c, COUNT, timer, now);
  }
  return { state, now };
}

describe('presenter slides', () => {
  it('starts on the join slide, with no countdown', () => {
    expect(initialState()).toEqual({ position: 0, revealed: [], countdown: null });
  });

  it('moves forward to the end slide and no further, and back to the join slide and no further', () => {
    const forward = run(['next', 'next', 'next', 'next', 'next', 'next']);
    expect(forward.state.position).toBe(COUNT + 1);
    const back = run(['next', 'back', 'back', 'back']);
    expect(back.state.position).toBe(0);
  });

  it('starts the countdown when a question opens, and none on the join or end slide', () => {
    const { state, now } = run(['next']);
    expect(state.countdown).toEqual({ remainingMs: 30_000, runningSince: now });
    expect(run(['next', 'next', 'next', 'next']).state.countdown).toBeNull();
    expect(run(['next'], 0).state.countdown).toBeNull();
  });

  it('reveals only questions, stops their countdown, and keeps them revealed when revisited', () => {
    expect(run(['reveal']).state).toEqual(initialState());
    const { state } = run(['next', 'reveal', 'next', 'back']);
    expect(state.position).toBe(1);
    expect(state.revealed).toEqual([1]);
    expect(state.countdown).toBeNull();
    // The next question is not revealed, and gets its own countdown.
    expect(run(['next', 'reveal', 'next']).state.countdown?.remainingMs).toBe(30_000);
  });

  it('goes back to the join slide with Home and forgets what was revealed', () => {
    expect(run(['next', 'reveal', 'next', 'first']).state).toMatchObject({ position: 0, revealed: [] });
  });
});

describe('presenter countdown', () => {
  it('counts down on the clock, pauses, resumes where it was', () => {
    const start = run(['next']);
    expect(remainingAt(start.state.countdown!, start.now + 12_000)).toBe(18_000);
    const paused = apply(start.state, 'pause', COUNT, 30, start.now + 10_000);
    expect(paused.countdown).toEqual({ remainingMs: 20_000, runningSince: null });
    // Paused: time passing changes nothing.
    expect(remainingAt(paused.countdown!, start.now + 60_000)).toBe(20_000);
    const resumed = apply(paused, 'pause', COUNT, 30, start.now + 60_000);
    expect(remainingAt(resumed.countdown!, start.now + 65_000)).toBe(15_000);
  });

  it('extends by the same step while running, while paused, and after time is up', () => {
    const start = run(['next']);
    const running = apply(start.state, 'extend', COUNT, 30, start.now + 5_000);
    expect(remainingAt(running.countdown!, start.now + 5_000)).toBe(25_000 + EXTEND_SECONDS * 1000);
    const paused = apply(apply(start.state, 'pause', COUNT, 30, start.now), 'extend', COUNT, 30, start.now + 9_000);
    expect(paused.countdown).toEqual({ remainingMs: 30_000 + EXTEND_SECONDS * 1000, runningSince: null });
    const late = apply(start.state, 'extend', COUNT, 30, start.now + 99_000);
    expect(remainingAt(late.countdown!, start.now + 99_000)).toBe(EXTEND_SECONDS * 1000);
  });

  it('never shows less than 0:00 and rounds seconds up', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(120_000)).toBe('2:00');
    expect(remainingAt({ remainingMs: 1000, runningSince: T0 }, T0 + 5000)).toBe(0);
  });

  test.prop([fc.array(fc.constantFrom<PresenterCommand>('next', 'back', 'reveal', 'pause', 'extend', 'first'))])(
    'any run of commands keeps the position on a slide and leaves a state another window accepts',
    (commands) => {
      const { state } = run(commands);
      expect(state.position).toBeGreaterThanOrEqual(0);
      expect(state.position).toBeLessThanOrEqual(COUNT + 1);
      expect(isPresenterState(JSON.parse(JSON.stringify(state)), COUNT)).toBe(true);
    },
  );
});

describe('presenter keys and messages', () => {
  it('maps the keys the ? list names', () => {
    expect(commandOfKey('ArrowRight')).toBe('next');
    expect(commandOfKey('PageDown')).toBe('next');
    expect(commandOfKey('ArrowLeft')).toBe('back');
    expect(commandOfKey(' ')).toBe('reveal');
    expect(commandOfKey('p')).toBe('pause');
    expect(commandOfKey('+')).toBe('extend');
    expect(commandOfKey('Home')).toBe('first');
    expect(commandOfKey('x')).toBeNull();
    // f and ? act on the window, not on the state.
    expect(commandOfKey('f')).toBeNull();
    expect(commandOfKey('?')).toBeNull();
  });

  it('refuses a state from another window that does not fit the set', () => {
    expect(isPresenterState({ position: 9, revealed: [], countdown: null }, COUNT)).toBe(false);
    expect(isPresenterState({ position: 1, revealed: [-1], countdown: null }, COUNT)).toBe(false);
    expect(isPresenterState({ position: 1, revealed: [], countdown: { remainingMs: 'x' } }, COUNT)).toBe(false);
    expect(isPresenterState('<script>', COUNT)).toBe(false);
    expect(isPresenterState(null, COUNT)).toBe(false);
    expect(
      isPresenterState({ position: 1, revealed: [1], countdown: { remainingMs: 5, runningSince: null } }, COUNT),
    ).toBe(true);
  });
});
