import { correction, generate } from 'lean-qr/nano';
import { useMemo } from 'preact/hooks';
import { qrPath } from '../../lib/teach/qr-path';

interface Props {
  /** What the code holds: a join link, a result code. */
  text: string;
  /** What it is, for people who cannot see it (e.g. "QR code of the join link"). */
  label: string;
  /** Width and height in CSS pixels. Default 240. */
  size?: number;
}

/** The QR code, or null when the text is too long for one. */
function build(text: string): { d: string; width: number } | null {
  try {
    // Level M: still reads when part of a projected code is washed out or a phone's photo is blurred.
    return qrPath(generate(text, { minCorrectionLevel: correction.M }));
  } catch {
    return null;
  }
}

/**
 * A QR code drawn locally as SVG from lean-qr's module matrix (nothing is requested from any service). Always
 * black on white with a 4-module quiet zone, in both themes and on paper: scanners need dark modules on a light
 * ground.
 */
export function QrCode({ text, label, size = 240 }: Props) {
  const qr = useMemo(() => build(text), [text]);
  if (!qr) return <p class="qr-code qr-code--failed">This is too long to show as a QR code; use the text instead.</p>;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${qr.width} ${qr.width}`}
      shape-rendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={qr.width} height={qr.width} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
