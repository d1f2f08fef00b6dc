import { describe, expect, it } from 'vitest';
import { TRACK_NAV_MAX, trackWindow } from '../../src/lib/tracks';

const track = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('trackWindow (the lesson page menu of a track)', () => {
  it('lists a track of up to the limit whole', () => {
    expect(trackWindow(track(8), 3)).toEqual({ first: 0, shown: track(8), hidden: 0 });
    expect(trackWindow(track(TRACK_NAV_MAX), TRACK_NAV_MAX - 1).hidden).toBe(0);
  });

  it('lists the lessons around the current one in a longer track, numbered from their place', () => {
    const w = trackWindow(track(250), 100);
    expect(w.shown).toHaveLength(TRACK_NAV_MAX);
    expect(w.shown).toContain(100);
    expect(w.first).toBe(w.shown[0]);
    expect(w.hidden).toBe(250 - TRACK_NAV_MAX);
    // As many before as after (one fewer before when the count is even).
    expect(100 - w.first).toBe(Math.floor((TRACK_NAV_MAX - 1) / 2));
  });

  it('keeps the full count at either end of the track', () => {
    expect(trackWindow(track(250), 0).shown).toEqual(track(TRACK_NAV_MAX));
    expect(trackWindow(track(250), 249).shown).toEqual(track(250).slice(-TRACK_NAV_MAX));
  });

  it('always holds the current lesson, at every place of every length', () => {
    for (let n = 1; n <= 40; n++) {
      for (let i = 0; i < n; i++) {
        const w = trackWindow(track(n), i, 7);
        expect(w.shown).toContain(i);
        expect(w.shown).toHaveLength(Math.min(n, 7));
        expect(w.shown).toEqual(track(n).slice(w.first, w.first + w.shown.length));
      }
    }
  });
});
