import { useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import type { Question } from '../../lib/quiz';
import { classResults, parsePasted, resultsCsv } from '../../lib/teach/class-results';
import { pasteOutcome } from '../../lib/teach/paste-outcome';
import { formatSetId, missingMessage, type QuizSet } from '../../lib/teach/set-link';
import {
  $teachResultsStatus,
  addEntries,
  clearSet,
  removeEntry,
  rename,
  resultsFor,
  setsWithResults,
  teachResultsStore,
} from '../../stores/teach-results';
import { downloadFile } from '../download';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { useStore } from '../use-store';
import { ScanButton } from './ScanButton';
import { ResultsReport } from './ResultsReport';
import { StatusNotice } from './StatusNotice';
import { useSetLink } from './use-set-link';

interface Props {
  /** URL of the question index (`/data/questions/index.json`) under the site's base. */
  indexUrl: string;
  /** `/teach/`, where a trainer builds a set. */
  teachHref: string;
  /** This page, for links to the sets it has results for. */
  resultsHref: string;
}

/**
 * /teach/results/#s=…: the trainer pastes (or scans) the learners' result codes and reads the class's results:
 * the average, each question's percent correct and answer counts, the most-missed questions with their
 * explanations, and each learner's score; a CSV of it all. Codes that cannot be used are named with the reason.
 * Everything stays in this browser, kept per set until the trainer clears it.
 */
export default function ClassResults({ indexUrl, teachHref, resultsHref }: Props) {
  const hydrated = useHydrated();
  const link = useSetLink(indexUrl);
  if (!hydrated) return <NeedsScript what="Reading result codes" />;
  switch (link.kind) {
    case 'loading':
      return <p role="status">Loading the set’s questions…</p>;
    case 'none':
      return <NoSet teachHref={teachHref} resultsHref={resultsHref} />;
    case 'error':
      return (
        <div class="notice notice--warning" role="alert" data-testid="results-problem">
          <p>
            <strong>This set link cannot be used.</strong> {link.message}
          </p>
          <p>
            Open the results page from the set on <a href={teachHref}>Teach</a>, or copy its link again.
          </p>
        </div>
      );
    case 'ready':
      return (
        <SetResults set={link.set} id={link.id} questions={link.questions} missing={missingMessage(link.missing)} />
      );
  }
}

/** The page opened without a set: how to get here with one, and the sets this browser has results for. */
function NoSet({ teachHref, resultsHref }: { teachHref: string; resultsHref: string }) {
  const doc = useStore(teachResultsStore);
  const sets = setsWithResults(doc).filter((s) => s.link !== undefined);
  return (
    <div class="class-results" data-testid="results-no-set">
      <StatusNotice status={$teachResultsStatus} name="Class results" label="Results:" />
      <div class="empty-state">
        <h2 class="empty-state__title">Open a set’s results</h2>
        <p>
          Results belong to one quiz set. Build or open a set on <a href={teachHref}>Teach</a> and follow its “Class
          results” link: the set travels in that link, so the codes can be read against its questions.
        </p>
      </div>
      {sets.length > 0 && (
        <section aria-labelledby="results-sets-title">
          <h2 id="results-sets-title">Sets with results in this browser</h2>
          <ul class="class-results__sets">
            {sets.map((s) => (
              <li key={s.setId}>
                <a href={`${resultsHref}#${s.link!}`}>Quiz {formatSetId(s.setId)}</a>:{' '}
                {plural(s.entries, 'result code')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface SetProps {
  set: QuizSet;
  id: number;
  questions: Question[];
  missing: string;
}

/** One set's results: the codes in, the class's figures out. */
function SetResults({ set, id, questions, missing }: SetProps) {
  const doc = useStore(teachResultsStore);
  const entries = resultsFor(doc, id);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ code: string; message: string }[]>([]);
  const [said, setSaid] = useState('');
  const [clearing, setClearing] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const results = useMemo(() => classResults(set, questions, entries), [set, questions, entries]);

  /** Adds what was pasted or scanned: usable codes are kept, the others named with the reason. */
  const take = (pasted: string): { added: number; refused: { code: string; message: string; text: string }[] } => {
    const outcome = pasteOutcome(set, questions, entries, parsePasted(pasted));
    if (outcome.accepted.length > 0) addEntries(id, outcome.accepted, set);
    return { added: outcome.accepted.length, refused: outcome.refused };
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setProblems([]);
      setSaid('Paste at least one result code first.');
      return;
    }
    const { added, refused } = take(text);
    setProblems(refused);
    // What could not be used stays in the box, so the trainer can correct it; nothing typed is lost.
    setText(refused.map((r) => r.text).join('\n'));
    setSaid(
      `${plural(added, 'code')} added${refused.length ? `; ${plural(refused.length, 'code')} could not be used` : ''}.`,
    );
    if (refused.length) requestAnimationFrame(() => problemsRef.current?.focus());
  };

  const scanned = (code: string): string => {
    const { added, refused } = take(code);
    if (added) return `Added code ${code}.`;
    return refused[0] ? refused[0].message : `Code ${code} could not be used.`;
  };

  const download = () =>
    downloadFile(`class-results-${formatSetId(id)}.csv`, resultsCsv(results, questions), 'text/csv;charset=utf-8');

  return (
    <div class="class-results" data-testid="class-results" data-set-id={formatSetId(id)}>
      <StatusNotice status={$teachResultsStatus} name="Class results" label="Results:" />
      {missing && (
        <p class="notice notice--warning" data-testid="results-missing">
          {missing} Codes are read against the questions that remain.
        </p>
      )}
      <form class="class-results__form" onSubmit={submit}>
        <label for="result-codes" class="class-results__label">
          Result codes for quiz {formatSetId(id)}
        </label>
        <p id="result-codes-hint" class="class-results__hint">
          One per line, or several separated by spaces or commas. A line may start with a name, which stays in this
          browser: <code>Ana: K7Q2-…</code>
        </p>
        <textarea
          id="result-codes"
          name="codes"
          rows={6}
          spellcheck={false}
          autoComplete="off"
          aria-describedby="result-codes-hint"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p class="class-results__actions">
          <button type="submit" class="button">
            Add the codes
          </button>
        </p>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {problems.length > 0 && (
        <div
          class="notice notice--warning class-results__problems"
          data-testid="results-problems"
          tabIndex={-1}
          ref={problemsRef}
        >
          <p>
            <strong>{plural(problems.length, 'code')} could not be used</strong>;{' '}
            {problems.length === 1 ? 'it is' : 'they are'} left in the box above to correct.
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.code}-${i}`} data-problem-code={p.code}>
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ScanButton onCode={scanned} />
      {entries.length > 0 ? (
        <>
          <ResultsReport
            questions={questions}
            results={results}
            entries={entries}
            onRename={(entryId, name) => rename(id, entryId, name)}
            onRemove={(entryId) => removeEntry(id, entryId)}
          />
          <section aria-labelledby="results-keep-title">
            <h2 id="results-keep-title">Keep or clear</h2>
            <p>These results stay in this browser until you clear them. Download them to keep a copy elsewhere.</p>
            <p class="class-results__actions">
              <button type="button" class="button" onClick={download}>
                Download CSV
              </button>
              {clearing ? (
                <span class="class-results__actions" role="group" aria-label="Clear every code of this set?">
                  <button
                    type="button"
                    class="button button--danger"
                    onClick={() => (clearSet(id), setClearing(false))}
                  >
                    Clear {plural(entries.length, 'code')}
                  </button>
                  <button type="button" class="button button--secondary" onClick={() => setClearing(false)}>
                    Keep them
                  </button>
                </span>
              ) : (
                <button type="button" class="button button--secondary" onClick={() => setClearing(true)}>
                  Clear this set’s results
                </button>
              )}
            </p>
          </section>
        </>
      ) : (
        <p data-testid="results-empty">
          No codes yet. When learners reach the end of the quiz, each sees a result code and its QR code.
        </p>
      )}
    </div>
  );
}
