import { useEffect, useMemo, useState } from 'preact/hooks';
import { FORMATS, type FormatInfo } from '../../lib/export/formats';
import { loadExporter } from '../../lib/export/index';
import { skippedFileName, skippedText } from '../../lib/export/skipped';
import { setSource } from '../../lib/export/sources';
import type { ExportFile, ExportResult, ExportSource, FormatId } from '../../lib/export/types';
import { plural } from '../../lib/plural';
import { questionBanks } from '../../lib/question-banks';
import { loadSetQuestions } from '../../lib/teach/load-set';
import { decodeSet, formatSetId, missingMessage, setId, type MissingKey } from '../../lib/teach/set-link';
import { hydratePage } from '../../scripts/page-island';

interface Props {
  indexUrl: string;
  /** /teach/, with the site's base. */
  builderHref: string;
}

type View =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'problem'; title: string; message: string }
  | {
      status: 'ready';
      source: ExportSource;
      idText: string;
      lessons: number;
      missing: MissingKey[];
      /** The set's seconds per question (0: no timer), for the formats that take one (Kahoot). */
      timer: number;
    };

/** What happened to one format's button: being written, written (with its result), or failed (why). */
type Outcome = { status: 'working' } | { status: 'done'; result: ExportResult } | { status: 'failed'; message: string };

/** Offers a file for download, as a link click would. */
function download(file: ExportFile) {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The set link in the address (`#s=…`), or null when it names none. */
const setFragment = () => {
  const fragment = location.hash.replace(/^#/, '');
  return /(^|&)s=/i.test(fragment) ? fragment : null;
};

/**
 * The export of a classroom set on /exports/ (`/exports/#s=…`, the same link as /teach/'s): the set's questions,
 * and a button per format that writes the file in the browser (the exporter is loaded only then) and downloads it,
 * with the questions it skipped and why. A link that cannot be read gives its reason, and no buttons at all.
 * The page hydrates it only when the address names a set; without one it shows how to get here from /teach/.
 */
export default function ExportSet({ indexUrl, builderHref }: Props) {
  const banks = useMemo(() => questionBanks(indexUrl), [indexUrl]);
  const [view, setView] = useState<View>({ status: 'none' });
  const [outcomes, setOutcomes] = useState<Partial<Record<FormatId, Outcome>>>({});
  const [said, setSaid] = useState('');

  useEffect(() => {
    let run = 0;
    async function read() {
      const current = ++run;
      setOutcomes({});
      setSaid('');
      const fragment = setFragment();
      if (fragment === null) return setView({ status: 'none' });
      const decoded = decodeSet(fragment);
      if (!decoded.ok) {
        return setView({ status: 'problem', title: 'This quiz set link cannot be used.', message: decoded.reason });
      }
      setView({ status: 'loading' });
      const loaded = await loadSetQuestions(decoded.set, banks);
      if (current !== run) return;
      if (!loaded.ok)
        return setView({ status: 'problem', title: 'The questions could not be loaded.', message: loaded.message });
      if (loaded.questions.length === 0) {
        return setView({
          status: 'problem',
          title: 'This set has no questions to export.',
          message: 'None of its questions are on this version of the guide. Build a new set on the Teach page.',
        });
      }
      const source = setSource(decoded.set, loaded.questions, loaded.lessonOf);
      setView({
        status: 'ready',
        source,
        idText: formatSetId(setId(decoded.set)),
        lessons: source.groups.length,
        missing: loaded.missing,
        timer: decoded.set.timer,
      });
    }
    void read();
    const onHash = () => void read();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [banks]);

  if (view.status === 'none') {
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
  if (view.status === 'problem') {
    return (
      <div class="notice" role="alert" data-set-status="problem">
        <p>
          <strong>{view.title}</strong> {view.message}
        </p>
        <p>
          Ask for the link again, or build a set on the <a href={builderHref}>Teach page</a>. The lessons’ files below
          do not need a set.
        </p>
      </div>
    );
  }

  const { source, idText, missing, timer } = view;
  const questions = source.groups.flatMap((g) => g.questions.map((q) => ({ q, lesson: g.title })));

  async function write(format: FormatInfo) {
    // A second press while the file is being written does nothing (the button stays focusable: disabling it would
    // drop a keyboard user's focus to the top of the page).
    if (outcomes[format.id]?.status === 'working') return;
    setOutcomes((o) => ({ ...o, [format.id]: { status: 'working' } }));
    setSaid(`Writing the ${format.label} file…`);
    try {
      const result = (await loadExporter(format.id, { timer }))(source);
      download(result.file);
      setOutcomes((o) => ({ ...o, [format.id]: { status: 'done', result } }));
      setSaid(
        `${result.file.name} downloaded: ${plural(result.exported, 'question')} in the file, ${result.skipped.length} skipped.`,
      );
    } catch {
      const message = `The ${format.label} file could not be written: this page could not load its exporter (are you offline?). Try again.`;
      setOutcomes((o) => ({ ...o, [format.id]: { status: 'failed', message } }));
      setSaid(message);
    }
  }

  return (
    <section class="exports-set" aria-labelledby="exports-set-title" data-set-status="ready" data-set-id={idText}>
      <h2 id="exports-set-title">Quiz set {idText}</h2>
      <p data-testid="set-summary">
        {plural(questions.length, 'question')} from {plural(view.lessons, 'lesson')}. Each file is written in this
        browser when you press its button; nothing is sent anywhere.
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
              download({
                name: skippedFileName(result.file.name),
                mime: 'text/plain; charset=utf-8',
                data: skippedText(result),
              })
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
