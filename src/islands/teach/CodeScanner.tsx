import { useEffect, useRef, useState } from 'preact/hooks';
import type { QrDetector } from './barcode-scan';

export interface CodeScannerProps {
  /** Called once per new QR code seen; returns what to say about it ("Added …", "Already added …"). */
  onCode: (text: string) => string;
}

type ScanState =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'on'; detector: QrDetector['kind'] }
  | { kind: 'failed'; message: string };

/** Plain words for a camera that could not be opened. */
function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'The camera was not allowed. Allow it for this site in the browser’s address bar and press Scan again, or paste the codes instead.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'No camera was found on this device. Paste the codes instead.';
  if (name === 'NotReadableError') return 'The camera is in use by another program. Close it and press Scan again.';
  return error instanceof Error && !(error instanceof DOMException)
    ? error.message
    : 'The camera could not be opened. Paste the codes instead.';
}

/** How often a frame is read: often enough to feel instant, rarely enough to leave the laptop idle. */
const FRAME_MS = 200;

/**
 * Scanning learners' result codes with the laptop's camera. This component, the reader and (where the browser has
 * none of its own) the reader's WebAssembly load only when Scan is pressed (see ScanButton); it starts the camera
 * as it mounts. Each code is added as soon as it is seen, and said aloud.
 */
export function CodeScanner({ onCode }: CodeScannerProps) {
  const [state, setState] = useState<ScanState>({ kind: 'off' });
  const [said, setSaid] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<{ stop: () => void } | null>(null);
  const callback = useRef(onCode);
  callback.current = onCode;

  const stop = () => {
    session.current?.stop();
    session.current = null;
  };
  useEffect(() => {
    void start();
    return stop;
  }, []);

  const start = async () => {
    setState({ kind: 'starting' });
    setSaid('');
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    session.current = {
      stop() {
        stopped = true;
        clearTimeout(timer);
        stream?.getTracks().forEach((t) => t.stop());
        setState({ kind: 'off' });
      },
    };
    try {
      const [{ qrDetector }, media] = await Promise.all([
        import('./barcode-scan'),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
      ]);
      stream = media;
      const detector = await qrDetector();
      if (stopped) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      const el = video.current!;
      el.srcObject = stream;
      await el.play();
      setState({ kind: 'on', detector: detector.kind });
      const seen = new Set<string>();
      const tick = async () => {
        if (stopped) return;
        if (el.readyState >= 2) {
          try {
            for (const text of await detector.detect(el)) {
              if (seen.has(text)) continue;
              seen.add(text);
              setSaid(callback.current(text));
            }
          } catch {
            // A frame that cannot be read (the camera still warming up) is skipped; the next one is tried.
          }
        }
        if (!stopped) timer = window.setTimeout(() => void tick(), FRAME_MS);
      };
      void tick();
    } catch (error) {
      stream?.getTracks().forEach((t) => t.stop());
      session.current = null;
      setState({ kind: 'failed', message: cameraProblem(error) });
    }
  };

  const on = state.kind === 'on' || state.kind === 'starting';
  return (
    <div
      class="class-results__scanner"
      data-testid="scanner"
      data-scanner={state.kind === 'on' ? state.detector : state.kind}
    >
      <p class="class-results__actions">
        {on ? (
          <button type="button" class="button button--secondary" onClick={stop}>
            Stop scanning
          </button>
        ) : (
          <button type="button" class="button button--secondary" onClick={() => void start()}>
            Scan QR codes with the camera
          </button>
        )}
      </p>
      {/* The video is there from the start so that the stream has somewhere to go; it shows only while scanning. */}
      <video ref={video} muted playsInline hidden={!on} aria-label="Camera view: hold a learner’s QR code up to it" />
      {state.kind === 'starting' && <p>Opening the camera…</p>}
      {state.kind === 'on' && <p>Hold each learner’s QR code up to the camera; each is added as soon as it is read.</p>}
      {state.kind === 'failed' && (
        <p class="notice notice--warning" role="alert">
          {state.message}
        </p>
      )}
      <p role="status" data-testid="scan-said">
        {said}
      </p>
    </div>
  );
}
