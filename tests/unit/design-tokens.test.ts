import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, PAIRS, themeTokens } from '../../src/lib/design-tokens';
import { RING_RADIUS, ringDash } from '../../src/lib/ring';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const themes = themeTokens(css);

describe('design tokens', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: declares every colour a pair uses`, () => {
      const names = new Set(PAIRS.flatMap((p) => [p.fg, p.bg]));
      expect([...names].filter((n) => !themes[theme][n])).toEqual([]);
    });

    it(`${theme}: body text ≥ 7:1, other text ≥ 4.5:1, borders and focus ≥ 3:1`, () => {
      const t = themes[theme];
      const failing = PAIRS.filter((p) => contrast(t[p.fg]!, t[p.bg]!) < p.min).map(
        (p) => `${p.fg} on ${p.bg}: ${contrast(t[p.fg]!, t[p.bg]!).toFixed(2)} < ${p.min}`,
      );
      expect(failing).toEqual([]);
    });
  }

  it('both themes declare the same colour tokens', () => {
    expect(Object.keys(themes.dark).sort()).toEqual(Object.keys(themes.light).sort());
  });
});

describe('the progress ring', () => {
  it('draws its share of the circle, clamped to 0–100 %', () => {
    const length = 2 * Math.PI * RING_RADIUS;
    const drawn = (p: number) => Number(ringDash(p).split(' ')[0]);
    expect(drawn(0)).toBe(0);
    expect(drawn(50)).toBeCloseTo(length / 2, 1);
    expect(drawn(100)).toBeCloseTo(length, 1);
    expect(drawn(140)).toBeCloseTo(length, 1);
    expect(drawn(-5)).toBe(0);
  });
});
