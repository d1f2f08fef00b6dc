import { Printer } from 'lucide';
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import { choiceOptions, instructionOf, letterOf, rightAnswerLines } from '../../lib/teach/right-answer';
import { PAPER_NAMES, readPaper, withPaper, type Paper } from '../../lib/teach/paper';
import { encodeSet, formatSetId, missingMessage, setId } from '../../lib/teach/set-link';
import type { Question } from '../../lib/quiz';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { SetProblem } from './SetProblem';
import { currentFragment, setUrl, useSetFromAddress, type SetQuestion, type SetView } from './use-set';

interface Props {
  kind: 'quiz' | 'key';
  indexUrl: string;
  /** `/teach/` and the other printable page (the key for the quiz, the quiz for the key), with the site's base. */
  builderHref: string;
  otherHref: string;
}

type Ready = Extract<SetView, { status: 'ready' }>;

/** The paper size in the page's address, following it when it changes; choosing one writes it there. */
function usePaper(): [{ paper: Paper; problem?: string }, (paper: Paper) => void] {
  const [state, setState] = useState<{ paper: Paper; problem?: string }>({ paper: 'a4' });
  useEffect(() => {
    const read = () => setState(readPaper(currentFragment()));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  const choose = (paper: Paper) => {
    // replaceState: no new history entry and no hashchange, so the set is not loaded again.
    history.replaceState(history.state, '', `#${withPaper(currentFragment(), paper)}`);
    setState({ paper });
  };
  return [state, choose];
}

/**
 * /teach/print/ and /teach/key/: a set on paper, A4 or US Letter (chosen on the page and kept in its address), the
 * quiz with numbered questions, boxes to tick and to write in, or the answer key with every right answer and its
 * explanation. Options carry the same letters as on the projector. The lessons' printable quizzes are sets of all a
 * lesson's questions. Print rules: src/styles/print-set.css.
 */
export default function PrintSet(props: Props) {
  const hydrated = useHydrated();
  const view = useSetFromAddress(props.indexUrl);
  const paper = usePaper();
  const title = props.kind === 'quiz' ? 'Printable quiz' : 'Answer key';
  // data-paper picks the page size: print-set.css names a page for each paper (a style element would be refused by
  // the site's content security policy).
  return (
    <div
      class="print-set"
      data-testid={`print-${props.kind}`}
      data-ready={view.status === 'ready' ? 'true' : undefined}
      data-paper={paper[0].paper}
    >
      {!hydrated ? (
        <>
          <h1>{title}</h1>
          <NeedsScript what={`The ${title.toLowerCase()}`} />
        </>
      ) : view.status === 'ready' ? (
        <Sheet {...props} view={view} paper={paper} />
      ) : (
        <>
          <h1>{title}</h1>
          {view.status === 'loading' ? (
            <p>Loading the quiz set…</p>
          ) : (
            <SetProblem view={view} builderHref={props.builderHref} />
          )}
        </>
      )}
    </div>
  );
}

/** The set's name: its lesson, or its lessons when few, else how many lessons it draws on. */
export function setName(questions: readonly SetQuestion[]): string {
  const lessons = [...new Set(questions.map((q) => q.lesson).filter((l) => l !== ''))];
  if (lessons.length === 0) return 'Quiz set';
  if (lessons.length <= 3) {
    return lessons.length === 1 ? lessons[0]! : `${lessons.slice(0, -1).join(', ')} and ${lessons.at(-1)!}`;
  }
  return `Questions from ${plural(lessons.length, 'lesson')}`;
}

function Sheet({
  kind,
  view,
  otherHref,
  builderHref,
  paper: [{ paper, problem }, choosePaper],
}: Props & { view: Ready; paper: ReturnType<typeof usePaper> }) {
  const { set, questions, missing } = view;
  const idText = formatSetId(setId(set));
  const fragment = encodeSet(set);
  const withSize = paper === 'a4' ? fragment : withPaper(fragment, paper);
  const name = setName(questions);
  return (
    <>
      <h1 class="print-set__title">
        {kind === 'quiz' ? 'Quiz' : 'Answer key'}: {name} <span class="print-set__id">· set {idText}</span>
      </h1>
      <div class="print-set__actions no-print">
        <fieldset class="segmented print-set__paper">
          <legend>Paper size</legend>
          {(['a4', 'letter'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => choosePaper(p)} />
              {PAPER_NAMES[p]}
            </label>
          ))}
        </fieldset>
        <button type="button" class="button" onClick={() => window.print()}>
          <Icon icon={Printer} />
          Print
        </button>
        <a href={setUrl(otherHref, withSize)}>{kind === 'quiz' ? 'The answer key' : 'The printable quiz'}</a>
        <a href={setUrl(builderHref, fragment)}>Back to the set</a>
      </div>
      {problem && (
        <p class="notice" role="alert" data-paper-problem>
          {problem}
        </p>
      )}
      {missing.length > 0 && <p class="notice">{missingMessage(missing)} The other questions are shown.</p>}
      {kind === 'quiz' ? (
        <>
          <p class="print-set__fill">
            <span class="print-set__field">
              Name: <span class="print-set__line" />
            </span>
            <span class="print-set__field">
              Date: <span class="print-set__line print-set__line--short" />
            </span>
          </p>
          <p class="print-set__how">
            {plural(questions.length, 'question')}. Tick a box for each answer you choose, write numbers in the boxes; a
            letter names each option, as on the screen.
          </p>
        </>
      ) : (
        <p class="print-set__how">
          The right answer to each of the {plural(questions.length, 'question')}, with the letters shown on the screen
          and on the printed quiz, and why.
        </p>
      )}
      <ol class="print-set__list">
        {questions.map((q, i) => (
          <li
            key={q.canonical.id}
            class="print-question"
            data-question-id={q.canonical.id}
            data-type={q.canonical.type}
          >
            <p class="print-question__prompt">
              <span class="print-question__number">{i + 1}.</span> {q.canonical.prompt}
            </p>
            {kind === 'quiz' ? (
              <Blank question={q} />
            ) : (
              <div class="print-question__answer">
                <ul class="print-question__right">
                  {rightAnswerLines(q.canonical, q.shown).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p class="print-question__why">
                  <strong>Why: </strong>
                  {q.canonical.explanation}
                </p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A box to tick (drawn, so it prints the same with every font). */
const Box = () => <span class="print-box" aria-hidden="true" />;

/** What a question asks on paper: as on the screen, with where to put the pen. */
function paperInstruction(q: Question): string {
  switch (q.type) {
    case 'order':
      return `Put these steps in the right order: write 1 to ${q.items.length} in the boxes, 1 for the first step.`;
    case 'categorise':
      return `Put each statement in one group: tick one box in each row.`;
    default:
      return instructionOf(q);
  }
}

/** Boxes to tick and to write in, to answer one question on paper. */
function Blank({ question: { shown } }: { question: SetQuestion }) {
  const head = <p class="print-question__instruction">{paperInstruction(shown)}</p>;
  switch (shown.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return (
        <>
          {head}
          <ul class="print-options" data-pen="tick">
            {choiceOptions(shown).map((o, i) => (
              <li key={o.id} class="print-option">
                <Box />
                <span class="print-option__letter">{letterOf(i)}.</span>
                <span>{o.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'numeric':
      return (
        <>
          {head}
          <p class="print-numeric" data-pen="number">
            <span>Answer:</span>
            <span class="print-write print-write--number" aria-hidden="true" />
            {shown.unit && <span class="print-numeric__unit">{shown.unit}</span>}
          </p>
        </>
      );
    case 'order':
      return (
        <>
          {head}
          <ul class="print-options" data-pen="order">
            {shown.items.map((item, i) => (
              <li key={item.id} class="print-option">
                <span class="print-write print-write--step" aria-hidden="true" />
                <span class="print-option__letter">{letterOf(i)}.</span>
                <span>{item.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'categorise':
      return (
        <>
          {head}
          <table class="print-grid" data-pen="grid">
            <thead>
              <tr>
                <th scope="col">Statement</th>
                {shown.buckets.map((b) => (
                  <th key={b.id} scope="col">
                    {b.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.items.map((item, i) => (
                <tr key={item.id}>
                  <th scope="row">
                    {letterOf(i)}. {item.text}
                  </th>
                  {shown.buckets.map((b) => (
                    <td key={b.id}>
                      <Box />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
  }
}
