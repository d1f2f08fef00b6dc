import { useState } from 'preact/hooks';
import { FORMATS, type FormatInfo } from '../../lib/export/formats';
import { ExportLoadError, loadExporter } from '../../lib/export/index';
import { SHORT_FORMS_FILE } from '../../lib/question-data';
import { skippedFileName, skippedText } from '../../lib/export/skipped';
import { setSource } from '../../lib/export/sources';
import type { ExportResult, FormatId } from '../../lib/export/types';
import { plural } from '../../lib/plural';
import { formatSetId, missingMessage, setId } from '../../lib/teach/set-link';
import { hydratePage } from '../../scripts/page-island';
import { downloadFile } from '../download';
import { useHydrated } from '../use-hydrated';
import { SetProblem } from '../teach/SetProblem';
import { useSetFromAddress, type SetView } from '../teach/use-set';

interface Props {
  indexUrl: string;
  /** /teach/, with the site's base. */
  builderHref: string;
}

/** What happened to one format's button: being written, written (with its result), or failed (why). */
type Outcome = { status: 'working' } | { status: 'done'; result: ExportResult } | { status: 'failed'; message: string };

/** On /exports/ the fragment also names the page's own sections (`#all-lessons`): only `s=…` is a set. */
const isSetLink = (fragment: string) => /(^|&)s=/i.test(fragment);

/**
 * The export of a classroom set on /exports/ (`/exports/#s=…`, the same link as /teach/'s): the set's questions,
 * and a button per format that writes the file in the browser (the exporter is loaded only then) and downloads it,
 * with the questions it skipped and why. A link that cannot be read gives its reason, and no buttons at all.
 * The page hydrates it only when the address names a set; without one it shows how to get here from /teach/.
 */
export default function ExportSet({ indexUrl, builderHref }: Props) {
  const view = useSetFromAddress(indexUrl, isSetLink);
  // Built without an address: the page's own words stand until a set in the address hydrates the island.
  const hydrated = useHydrated();

  if (view.status === 'none' || !hydrated) {
    return (
      <p class="exports-set__none" data-set-status="none">
        A quiz set you build on the <a href={builderHref}>Teach page</a> can be exported too: choose “Use these
        questions elsewhere” under the set, and its files are written here, in your browser.
      </p>
    );
  }
  if (view.status === 'loading') {
    return (
      <p data-set-status="loading" role="status">
        Loading the quiz set…
      </p>
    );
  }
  if (view.status !== 'ready' || view.questions.length === 0) {
    return (
      <div data-set-status="problem">
        {view.status === 'ready' ? (
          <div class="notice" role="alert">
            <p>
              <strong>This set has no questions to export.</strong> None of its questions are on this version of the
              guide. Build a new set on the <a href={builderHref}>Teach page</a>.
            </p>
          </div>
        ) : (
          <SetProblem view={view} builderHref={builderHref} />
        )}
        <p>The lessons’ files below do not need a set.</p>
      </div>
    );
  }

  // Keyed by the set: another set in the address starts with no files written.
  return <SetFiles key={view.fragment} view={view} indexUrl={indexUrl} />;
}

/** A loaded set's files: a button per format, what each wrote and skipped, and the set's questions. */
function SetFiles({ view, indexUrl }: { view: Extract<SetView, { status: 'ready' }>; indexUrl: string }) {
  const [outcomes, setOutcomes] = useState<Partial<Record<FormatId, Outcome>>>({});
  const [said, setSaid] = useState('');
  const lessonOf = new Map(
    view.questions.filter((q) => q.lessonId !== '').map((q) => [q.canonical.id, { id: q.lessonId, title: q.lesson }]),
  );
  const source = setSource(
    view.set,
    view.questions.map((q) => q.canonical),
    lessonOf,
  );
  const idText = formatSetId(setId(view.set));
  const { missing } = view;
  const timer = view.set.timer;
  const questions = source.groups.flatMap((g) => g.questions.map((q) => ({ q, lesson: g.title })));

  async function write(format: FormatInfo) {
    // A second press while the file is being written does nothing (the button stays focusable: disabling it would
    // drop a keyboard user's focus to the top of the page).
    if (outcomes[format.id]?.status === 'working') return;
    setOutcomes((o) => ({ ...o, [format.id]: { status: 'working' } }));
    setSaid(`Writing the ${format.label} file…`);
    try {
      const shortForms = new URL(SHORT_FORMS_FILE, new URL(indexUrl, location.href)).href;
      const result = (await loadExporter(format.id, { timer, shortForms }))(source);
      downloadFile(result.file.name, result.file.data, result.file.mime);
      setOutcomes((o) => ({ ...o, [format.id]: { status: 'done', result } }));
      setSaid(
        `${result.file.name} downloaded: ${plural(result.exported, 'question')} in the file, ${result.skipped.length} skipped.`,
      );
    } catch (error) {
      const message =
        error instanceof ExportLoadError
          ? `The ${format.label} file could not be written. ${error.message}`
          : `The ${format.label} file could not be written: this page could not load its exporter (are you offline?). Try again.`;
      setOutcomes((o) => ({ ...o, [format.id]: { status: 'failed', message } }));
      setSaid(message);
    }
  }

  return (
    <section class="exports-set" aria-labelledby="exports-set-title" data-set-status="ready" data-set-id={idText}>
      <h2 id="exports-set-title">Quiz set {idText}</h2>
      <p data-testid="set-summary">
        {plural(questions.length, 'question')} from {plural(source.groups.length, 'lesson')}. Each file is written in
        this browser when you press its button; nothing is sent anywhere.
      </p>
      {missing.length > 0 && (
        <p class="notice" role="status">
          {missingMessage(missing)} The files hold the other {plural(questions.length, 'question')}.
        </p>
      )}
      <ul class="exports-set__formats">
        {FORMATS.map((f) => {
          const outcome = outcomes[f.id];
          return (
            <li key={f.id} class="exports-set__format" data-format={f.id}>
              <button
                type="button"
                class="button button--secondary"
                aria-busy={outcome?.status === 'working' ? 'true' : undefined}
                onClick={() => void write(f)}
              >
                Download {f.label}
              </button>
              <span class="exports-set__systems">{f.systems}</span>
              {outcome?.status === 'done' && <Written result={outcome.result} />}
              {outcome?.status === 'failed' && <p class="notice">{outcome.message}</p>}
            </li>
          );
        })}
      </ul>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <details class="exports-set__questions" open>
        <summary>The set’s {plural(questions.length, 'question')}</summary>
        <ol>
          {questions.map(({ q, lesson }) => (
            <li key={q.id} data-question-id={q.id}>
              {q.prompt} <span class="exports-set__lesson">({lesson})</span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** A written file's count and skipped list, with the list as a file of its own. */
function Written({ result }: { result: ExportResult }) {
  const { skipped } = result;
  return (
    <div class="exports-set__written" data-written={result.file.name}>
      <p>
        {result.file.name}: {plural(result.exported, 'question')} in the file
        {skipped.length === 0 ? ', none skipped.' : `; ${skipped.length} skipped:`}
      </p>
      {result.exported === 0 && (
        <p>None of the set’s questions fits this format, so the file holds only its headings; the reasons are below.</p>
      )}
      {skipped.length > 0 && (
        <>
          <ul class="exports-skipped">
            {skipped.map((s) => (
              <li key={s.questionId}>
                <code>{s.questionId}</code>: {s.reason}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() =>
              downloadFile(skippedFileName(result.file.name), skippedText(result), 'text/plain; charset=utf-8')
            }
          >
            Download the skipped list
          </button>
        </>
      )}
    </div>
  );
}

/**
 * Hydrates the page's set island (the page's script calls it once the address names a set). Here rather than in
 * the page's script so that page-island.ts travels in the same chunk as the set loader, as on the Teach pages.
 */
export function mountExportSet() {
  hydratePage('exports-set', ExportSet);
}
