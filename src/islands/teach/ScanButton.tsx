import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { CodeScannerProps } from './CodeScanner';

/**
 * The results page's Scan button. Nothing of the scanner loads with the page: pressing Scan loads it (the camera
 * view and the QR reader), which then opens the camera at once.
 */
export function ScanButton({ onCode }: CodeScannerProps) {
  const [Scanner, setScanner] = useState<ComponentType<CodeScannerProps> | null>(null);
  const [problem, setProblem] = useState('');
  if (Scanner) return <Scanner onCode={onCode} />;
  const load = () => {
    setProblem('');
    import('./CodeScanner').then(
      (m) => setScanner(() => m.CodeScanner),
      () => setProblem('The scanner could not be loaded. Check the connection and press Scan again.'),
    );
  };
  return (
    <div class="class-results__scanner" data-testid="scanner" data-scanner="off">
      <p class="class-results__actions">
        <button type="button" class="button button--secondary" onClick={load}>
          Scan QR codes with the camera
        </button>
      </p>
      {problem && (
        <p class="notice notice--warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
