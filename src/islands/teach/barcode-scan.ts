/**
 * Reading QR codes from the laptop's camera, loaded only when the trainer presses Scan (never at page open; see
 * ON_DEMAND in scripts/budgets.mjs). The browser's own BarcodeDetector is used where it exists (Chrome on Android,
 * macOS and ChromeOS); elsewhere the `barcode-detector` ponyfill, whose ZXing WebAssembly file is served from this
 * site's own build (imported with Vite's `?url`), never from the CDN the library would use by default.
 */
import type * as Barcode from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** What the scanner needs of a detector: the text of every QR code in a picture. */
export interface QrDetector {
  /** `native` (the browser's) or `fallback` (the self-hosted ponyfill): said to the trainer, and checked by tests. */
  kind: 'native' | 'fallback';
  detect(source: ImageBitmapSource): Promise<string[]>;
}

type Ponyfill = typeof Barcode;

interface DetectorLike {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<readonly string[]>;
}

/** The browser's own BarcodeDetector, when it exists and reads QR codes. */
async function nativeDetector(): Promise<DetectorLike | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    const formats = await Native.getSupportedFormats();
    return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

const wrap = (kind: QrDetector['kind'], detector: DetectorLike): QrDetector => ({
  kind,
  detect: async (source) => (await detector.detect(source)).map((code) => code.rawValue),
});

/**
 * A QR detector: the browser's own, else the ponyfill with its WebAssembly from this site. Rejects when the
 * fallback cannot load (offline before it was ever fetched), with the reason in plain words.
 */
export async function qrDetector(): Promise<QrDetector> {
  const native = await nativeDetector();
  if (native) return wrap('native', native);
  let ponyfill: Ponyfill;
  try {
    ponyfill = await import('barcode-detector/ponyfill');
    // The WebAssembly file is this site's copy; the library would otherwise fetch it from a CDN.
    await ponyfill.prepareZXingModule({
      overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
      fireImmediately: true,
    });
  } catch {
    throw new Error('The QR code reader could not be loaded. Check the connection and press Scan again.');
  }
  return wrap('fallback', new ponyfill.BarcodeDetector({ formats: ['qr_code'] }));
}
