import { useRef, useState } from 'preact/hooks';
import { readProgressFile } from '../lib/progress-file';
import { saveStatusMessage } from '../lib/save-status';
import { withBase } from '../lib/paths';
import { questionBanks } from '../lib/question-banks';
import { QUESTION_INDEX_PATH } from '../lib/question-data';
import { knownContent } from '../lib/question-index';
import { bestAttempt, lastAttempt, type ProgressDoc } from '../lib/progress';
import { hasCompletedPath, summarise } from '../lib/progress-summary';
import { isDue } from '../lib/review';
import { exportProgress, importProgress, resetAllProgress } from '../stores/progress-transfer';
import { downloadText } from './download';
import { SetAsideCopies } from './progress/SetAsideCopies';
import { useFramed } from './use-framed';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { NeedsScript } from './NeedsScript';

interface Props {
  tracks: { id: string; title: string; lessons: { id: string; title: string; href: string }[] }[];
  certificateHref: string;
  practiceHref: string;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; fileName: string; doc: ProgressDoc; exportedAt: string; leftOut: string | null }
  | { kind: 'done'; message: string };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** The lessons and questions this site has, from the question index; null when it cannot be loaded. */
async function loadKnown() {
  const r = await questionBanks(withBase(import.meta.env.BASE_URL, QUESTION_INDEX_PATH)).loadIndex();
  return r.ok ? knownContent(r.index) : null;
}

/** My progress: per track and lesson, overall completion, export, import (merge or replace) and reset. */
export default function ProgressPage({ tracks, certificateHref, practiceHref }: Props) {
  const hydrated = useHydrated();
  const doc = useProgress();
  const [imp, setImp] = useState<ImportState>({ kind: 'idle' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetDone, setResetDone] = useState('');
  const [exported, setExported] = useState('');
  const framed = useFramed();
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const lessonIds = tracks.flatMap((t) => t.lessons.map((l) => l.id));
  const now = new Date();
  const s = summarise(doc, lessonIds, now);

  if (!hydrated) return <NeedsScript what="Your progress (kept in this browser)" />;

  function exportFile() {
    const plan = exportProgress();
    if (plan.ok) downloadText(plan.fileName, plan.text);
    setExported(plan.ok ? plan.note : plan.message);
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
    if (imp.kind !== 'ready' || framed) return;
    const outcome = importProgress(imp.doc, mode);
    setImp(
      outcome.saved
        ? {
            kind: 'done',
            message: `Imported ${imp.fileName}: ${mode === 'merge' ? 'merged with the progress already here' : 'it replaced the progress that was here'}.`,
          }
        : {
            kind: 'error',
            message:
              `${imp.fileName} was read, but it could not be saved in this browser, so it shows on this page only. ${saveStatusMessage(outcome.status) ?? ''}`.trim(),
          },
    );
    if (fileInput.current) fileInput.current.value = '';
  }

  function erase() {
    if (framed) return;
    const outcome = resetAllProgress();
    setConfirmReset(false);
    setResetDone(
      outcome.saved
        ? 'All progress in this browser was erased.'
        : `The progress on this page was cleared, but it could not be erased from this browser's storage, so it will come back when you reload. ${saveStatusMessage(outcome.status) ?? ''}`.trim(),
    );
    requestAnimationFrame(() => resetButton.current?.focus());
  }

  const importedLessons = imp.kind === 'ready' ? Object.keys(imp.doc.lessons).length : 0;
  const importedAnswers =
    imp.kind === 'ready' ? Object.values(imp.doc.lessons).reduce((n, l) => n + l.attempts.length, 0) : 0;

  return (
    <div class="progress-page" data-testid="progress-page">
      <StorageNotice />
      {framed && (
        <p class="notice notice--warning" data-testid="framed-notice">
          This page is shown inside another site, so importing, restoring and erasing progress are turned off to protect
          it.{' '}
          <a href={location.href} target="_top">
            Open this page on its own
          </a>{' '}
          to use them.
        </p>
      )}
      <section aria-labelledby="overall">
        <h2 id="overall">Overall</h2>
        <p>
          <label for="overall-bar">
            Path completed: <strong data-testid="completion">{s.completion}%</strong> ({s.read} of {s.lessons} lessons
            read, {s.checksPassed} knowledge check{s.checksPassed === 1 ? '' : 's'} passed)
          </label>
          <progress id="overall-bar" max={100} value={s.completion} />
        </p>
        <p>
          <a href={practiceHref}>Questions due for review: {s.due}</a>
          {hasCompletedPath(doc, lessonIds) && (
            <>
              {' '}
              · <a href={certificateHref}>Your certificate</a>
            </>
          )}
        </p>
      </section>
      {tracks.map((t) => (
        <section key={t.id} aria-labelledby={`track-${t.id}`}>
          <h2 id={`track-${t.id}`}>{t.title}</h2>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={`${t.title}: lessons`}>
            <table class="progress-table">
              <thead>
                <tr>
                  <th scope="col">Lesson</th>
                  <th scope="col">Read</th>
                  <th scope="col">Best</th>
                  <th scope="col">Last</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Due</th>
                </tr>
              </thead>
              <tbody>
                {t.lessons.map((l) => {
                  const lesson = doc.lessons[l.id];
                  const best = lesson && bestAttempt(lesson.attempts);
                  const last = lesson && lastAttempt(lesson.attempts);
                  const due = Object.values(doc.reviews).filter((r) => r.lessonId === l.id && isDue(r, now)).length;
                  return (
                    <tr key={l.id} data-testid={`row-${l.id}`}>
                      <th scope="row">
                        <a href={l.href}>{l.title}</a>
                      </th>
                      <td>{lesson?.readAt ? dateFormat.format(new Date(lesson.readAt)) : 'No'}</td>
                      <td>{best ? `${best.percent}%` : '—'}</td>
                      <td>{last ? `${last.percent}%` : '—'}</td>
                      <td>{lesson?.attempts.length ?? 0}</td>
                      <td>{due}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <section aria-labelledby="backup">
        <h2 id="backup">Back up and restore</h2>
        <p>
          Progress lives only in this browser. Export it to a file to keep a copy or to move it to another browser or
          device.
        </p>
        <p>
          <button type="button" class="button" onClick={exportFile}>
            Export progress (JSON)
          </button>
        </p>
        <p role="status" data-testid="export-status">
          {exported}
        </p>
        <p>
          <label for="import-file">Import a progress file</label>
          <br />
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            disabled={framed}
            accept="application/json,.json"
            onChange={(e) => void readFile((e.target as HTMLInputElement).files?.[0])}
          />
        </p>
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
              {imp.fileName}: exported {dateFormat.format(new Date(imp.exportedAt))}, {importedLessons} lesson
              {importedLessons === 1 ? '' : 's'}, {importedAnswers} finished attempt{importedAnswers === 1 ? '' : 's'}.
              How should it be imported?
            </legend>
            {imp.leftOut && <p data-testid="import-left-out">{imp.leftOut}</p>}
            <label>
              <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
              Merge with the progress in this browser (nothing here is lost)
            </label>
            <label>
              <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
              Replace the progress in this browser with the file
            </label>
            <p>
              <button type="button" class="button" disabled={framed} onClick={applyImport}>
                Import
              </button>{' '}
              <button type="button" class="button button--quiet" onClick={() => setImp({ kind: 'idle' })}>
                Cancel
              </button>
            </p>
          </fieldset>
        )}
      </section>

      <SetAsideCopies locked={framed} />

      <section aria-labelledby="reset">
        <h2 id="reset">Start over</h2>
        {confirmReset ? (
          <div class="notice" role="group" aria-labelledby="reset-question">
            <p id="reset-question">
              Erase every lesson read, every attempt and every review in this browser? This cannot be undone; export a
              copy first if you may want it back.
            </p>
            <button type="button" class="button button--danger" onClick={erase}>
              Yes, erase my progress
            </button>{' '}
            <button
              type="button"
              class="button button--quiet"
              ref={(el) => el?.focus()}
              onClick={() => {
                setConfirmReset(false);
                requestAnimationFrame(() => resetButton.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <p>
            <button
              ref={resetButton}
              type="button"
              class="button button--quiet"
              disabled={framed}
              onClick={() => {
                setResetDone('');
                setConfirmReset(true);
              }}
            >
              Erase all progress…
            </button>
          </p>
        )}
        <p role="status" data-testid="reset-status">
          {resetDone}
        </p>
      </section>
    </div>
  );
}
