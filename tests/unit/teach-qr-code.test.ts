import { generate } from 'lean-qr';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/islands/teach/QrCode';
import { qrPath, QUIET_ZONE, type QrMatrix } from '../../src/lib/teach/qr-path';

/** The modules a path paints, read back from its `M x y h w v1 h-w z` rectangles. */
function painted(d: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

const dark = (m: QrMatrix) => {
  const cells = new Set<string>();
  for (let y = 0; y < m.size; y++)
    for (let x = 0; x < m.size; x++) if (m.get(x, y)) cells.add(`${x + QUIET_ZONE},${y + QUIET_ZONE}`);
  return cells;
};

describe('qrPath', () => {
  it('paints exactly the dark modules, one rectangle per run, inside the quiet zone', () => {
    const m: QrMatrix = { size: 3, get: (x, y) => (y === 0 ? x !== 1 : y === 1) };
    const { d, width } = qrPath(m);
    expect(d).toBe('M4 4h1v1h-1zM6 4h1v1h-1zM4 5h3v1h-3z');
    expect(width).toBe(11);
  });

  it('draws a real join link’s code module for module', () => {
    const text = 'https://example.org/teach/join/#s=1.0000C1S.30.Q.ABCDE01234VWXYZ';
    const m = generate(text);
    expect(painted(qrPath(m).d)).toEqual(dark(m));
  });
});

describe('QrCode', () => {
  it('renders a labelled SVG image, black on white whatever the theme, and no markup from the library', () => {
    const html = renderToString(h(QrCode, { text: 'K7Q2-AB3D-EFGH', label: 'QR code of your result code', size: 180 }));
    expect(html).toMatch(
      /^<svg class="qr-code" role="img" aria-label="QR code of your result code" width="180" height="180" viewBox="0 0 (\d+) \1"/,
    );
    expect(html).toContain('fill="#fff"');
    expect(html).toContain('fill="#000"');
    expect(html).toContain('data-qr-text="K7Q2-AB3D-EFGH"');
    expect(html).not.toContain('<script');
  });

  it('says so, in words, when the text cannot fit in a QR code', () => {
    const html = renderToString(h(QrCode, { text: 'x'.repeat(5000), label: 'QR' }));
    expect(html).toContain('too long to show as a QR code');
  });
});
