import { useRef, useState } from 'preact/hooks';
import { readProgressFile } from '../../lib/progress-file';
import { withBase } from '../../lib/paths';
import { loadQuestionIndex } from '../../lib/question-index-load';
import { QUESTION_INDEX_PATH } from '../../lib/question-data';
import { knownContent } from '../../lib/question-index';
import type { ProgressDoc } from '../../lib/progress';
import { exportProgress, importProgress } from '../../stores/progress-transfer';
import { showToast } from '../../scripts/toast';
import { downloadFile } from '../download';
import { whyNotSaved } from './why-not-saved';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; fileName: string; doc: ProgressDoc; exportedAt: string; leftOut: string | null }
  | { kind: 'done'; message: string };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** The lessons and questions this site has, from the question index; null when it cannot be loaded. */
async function loadKnown() {
  const r = await loadQuestionIndex(withBase(import.meta.env.BASE_URL, QUESTION_INDEX_PATH));
  return r.ok ? knownContent(r.index) : null;
}

/** Export to a file, and import one: checked in full first, then merged into or replacing this browser's. */
export function BackupRestore({ locked }: { locked: boolean }) {
  const [imp, setImp] = useState<ImportState>({ kind: 'idle' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function exportFile() {
    const plan = exportProgress();
    if (plan.ok) {
      downloadFile(plan.fileName, plan.text);
      // The toast confirms and is announced ("Progress exported to …"); the same note stays on the page, since it
      // names the file and any caveat, and a toast leaves after a few seconds.
      showToast(plan.note);
    }
    setExported(plan.ok ? { ok: true, text: plan.note } : { ok: false, text: plan.message });
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    const result = await readProgressFile(file, loadKnown);
    setImp(
      result.ok
        ? {
            kind: 'ready',
            fileName: file.name,
            doc: result.value.progress,
            exportedAt: result.value.exportedAt,
            leftOut: result.leftOutMessage,
          }
        : { kind: 'error', message: `${file.name}: ${result.error.message} Nothing was changed.` },
    );
  }

  function applyImport() {
    if (imp.kind !== 'ready' || locked) return;
    const { fileName } = imp;
    const outcome = importProgress(imp.doc, mode);
    if (outcome.saved) {
      setImp({
        kind: 'done',
        message: `Imported ${fileName}: ${mode === 'merge' ? 'merged with the progress already here' : 'it replaced the progress that was here'}.`,
      });
    } else {
      void whyNotSaved(outcome.status).then((why) =>
        setImp({
          kind: 'error',
          message:
            `${fileName} was read, but it could not be saved in this browser, so it shows on this page only. ${why}`.trim(),
        }),
      );
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  const lessons = imp.kind === 'ready' ? Object.keys(imp.doc.lessons).length : 0;
  const answers = imp.kind === 'ready' ? Object.values(imp.doc.lessons).reduce((n, l) => n + l.attempts.length, 0) : 0;

  return (
    <section class="card dash-section" aria-labelledby="backup">
      <h2 id="backup" class="card__title">
        Back up and restore
      </h2>
      <p>
        Progress lives only in this browser. Export it to a file to keep a copy or to move it to another browser or
        device; import a file to bring it back.
      </p>
      <p class="dash-actions">
        <button type="button" class="button" onClick={exportFile}>
          Export progress (JSON)
        </button>
        <label class="button button--secondary file-button">
          Import a progress file
          <input
            ref={fileInput}
            type="file"
            disabled={locked}
            accept="application/json,.json"
            onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
      {exported &&
        (exported.ok ? (
          <p class="hint" data-testid="export-status">
            {exported.text}
          </p>
        ) : (
          <p class="notice" role="alert" data-testid="export-status">
            {exported.text}
          </p>
        ))}
      <div role="status" aria-live="polite" data-testid="import-status">
        {imp.kind === 'error' && (
          <p class="notice" data-testid="import-error">
            {imp.message}
          </p>
        )}
        {imp.kind === 'done' && <p class="notice notice--ok">{imp.message}</p>}
      </div>
      {imp.kind === 'ready' && (
        <fieldset class="import-choice">
          <legend>
            {imp.fileName}: exported {dateFormat.format(new Date(imp.exportedAt))}, {lessons} lesson
            {lessons === 1 ? '' : 's'}, {answers} finished attempt{answers === 1 ? '' : 's'}. How should it be imported?
          </legend>
          {imp.leftOut && <p data-testid="import-left-out">{imp.leftOut}</p>}
          <label>
            <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> Merge
            with the progress in this browser (nothing here is lost)
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
            Replace the progress in this browser with the file
          </label>
          <p class="dash-actions">
            <button type="button" class="button" disabled={locked} onClick={applyImport}>
              Import
            </button>
            <button type="button" class="button button--secondary" onClick={() => setImp({ kind: 'idle' })}>
              Cancel
            </button>
          </p>
        </fieldset>
      )}
    </section>
  );
}
