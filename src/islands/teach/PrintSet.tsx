import { Printer } from 'lucide';
import { plural } from '../../lib/plural';
import { choiceOptions, instructionOf, letterOf, rightAnswerLines } from '../../lib/teach/right-answer';
import { encodeSet, formatSetId, missingMessage, setId } from '../../lib/teach/set-link';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { SetProblem } from './SetProblem';
import { setUrl, useSetFromAddress, type SetQuestion, type SetView } from './use-set';

interface Props {
  kind: 'quiz' | 'key';
  indexUrl: string;
  /** `/teach/` and the other printable page (the key for the quiz, the quiz for the key), with the site's base. */
  builderHref: string;
  otherHref: string;
}

type Ready = Extract<SetView, { status: 'ready' }>;

/**
 * /teach/print/ and /teach/key/: a set on paper (A4), the quiz with boxes to tick and lines to write on, or the
 * answer key with every right answer and its explanation. Options carry the same letters as on the projector.
 */
export default function PrintSet(props: Props) {
  const hydrated = useHydrated();
  const view = useSetFromAddress(props.indexUrl);
  const title = props.kind === 'quiz' ? 'Printable quiz' : 'Answer key';
  return (
    <div
      class="print-set"
      data-testid={`print-${props.kind}`}
      data-ready={view.status === 'ready' ? 'true' : undefined}
    >
      {!hydrated ? (
        <>
          <h1>{title}</h1>
          <NeedsScript what={`The ${title.toLowerCase()}`} />
        </>
      ) : view.status === 'ready' ? (
        <Sheet {...props} view={view} />
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

function Sheet({ kind, view, otherHref, builderHref }: Props & { view: Ready }) {
  const { set, questions, missing } = view;
  const idText = formatSetId(setId(set));
  const fragment = encodeSet(set);
  return (
    <>
      <h1>
        {kind === 'quiz' ? 'Quiz' : 'Answer key'} <span class="print-set__id">· set {idText}</span>
      </h1>
      <div class="print-set__actions no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          <Icon icon={Printer} />
          Print
        </button>
        <a href={setUrl(otherHref, fragment)}>{kind === 'quiz' ? 'The answer key' : 'The printable quiz'}</a>
        <a href={setUrl(builderHref, fragment)}>Back to the set</a>
      </div>
      {missing.length > 0 && <p class="notice">{missingMessage(missing)} The other questions are shown.</p>}
      {kind === 'quiz' ? (
        <>
          <p class="print-set__fill">
            <span>Name: </span>
            <span class="print-set__line" />
            <span>Date: </span>
            <span class="print-set__line print-set__line--short" />
          </p>
          <p class="print-set__how">
            {plural(questions.length, 'question')}. Tick the boxes or write on the lines; a letter names each option, as
            on the screen.
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
          <li key={q.canonical.id} class="print-question" data-question-id={q.canonical.id}>
            <p class="print-question__prompt">
              <span class="print-question__number">{i + 1}.</span> {q.canonical.prompt}
            </p>
            {kind === 'quiz' ? (
              <Blank question={q} />
            ) : (
              <div class="print-question__answer">
                <ul>
                  {rightAnswerLines(q.canonical, q.shown).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p>{q.canonical.explanation}</p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Boxes and lines to answer one question on paper. */
function Blank({ question: { shown } }: { question: SetQuestion }) {
  const box = (
    <span class="print-box" aria-hidden="true">
      ☐
    </span>
  );
  const head = <p class="print-question__instruction">{instructionOf(shown)}</p>;
  switch (shown.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const options = choiceOptions(shown);
      return (
        <>
          {head}
          <ul class="print-options">
            {options.map((o, i) => (
              <li key={o.id}>
                {box} {letterOf(i)}. {o.text}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'numeric':
      return (
        <>
          {head}
          <p class="print-question__write">
            Answer: <span class="print-set__line print-set__line--short" /> {shown.unit}
          </p>
        </>
      );
    case 'order':
      return (
        <>
          {head}
          <ul class="print-options">
            {shown.items.map((item, i) => (
              <li key={item.id}>
                {letterOf(i)}. {item.text}
              </li>
            ))}
          </ul>
          <p class="print-question__write">
            Order (write the letters, first to last):{' '}
            {shown.items.map((item) => (
              <span key={item.id} class="print-slot" />
            ))}
          </p>
        </>
      );
    case 'categorise':
      return (
        <>
          {head}
          <table class="print-grid">
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
                    <td key={b.id}>{box}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
  }
}
