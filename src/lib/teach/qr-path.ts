/**
 * A QR code's dark modules as one SVG path, so that a component draws it as `<path d=…>` (no SVG text injected
 * with innerHTML). Each run of dark modules in a row becomes one rectangle, offset by the quiet zone.
 */

/** What the path needs of a QR matrix (lean-qr's Bitmap2D has it). */
export interface QrMatrix {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** Modules of light margin round the code, as the QR standard asks. */
export const QUIET_ZONE = 4;

/** The path of the dark modules, in module units with the quiet zone added; and the full width in modules. */
export function qrPath(matrix: QrMatrix, quiet = QUIET_ZONE): { d: string; width: number } {
  const parts: string[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.get(x, y)) x += 1;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`);
    }
  }
  return { d: parts.join(''), width: matrix.size + 2 * quiet };
}
