import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import {
  incompleteReason,
  normaliseResponse,
  verdictAnnouncement,
  verdictOf,
  type Question,
  type Response,
} from '../../lib/quiz';
import { learnerResult, numberList } from '../../lib/teach/learner-result';
import { displayOrder } from '../../lib/teach/option-order';
import { formatSetId, missingMessage, type QuizSet } from '../../lib/teach/set-link';
import {
  $teachJoinStatus,
  answer,
  finish,
  goTo,
  joinedSet,
  restart,
  startSet,
  teachJoinStore,
  type JoinedSet,
} from '../../stores/teach-join';
import { NeedsScript } from '../NeedsScript';
import { Input, Why } from '../QuestionCard';
import { useHydrated } from '../use-hydrated';
import { useStore } from '../use-store';
import { JoinEnd } from './JoinEnd';
import { StatusNotice } from './StatusNotice';
import { partsOf } from './question-parts';
import { useSetLink } from './use-set-link';

interface Props {
  /** URL of the question index (`/data/questions/index.json`) under the site's base. */
  indexUrl: string;
}

/**
 * /teach/join/#s=…: a learner answers the trainer's set on their own phone. The whole question is on the phone
 * (not only on the projector), one question at a time; the score comes at the end or after each question, as the
 * trainer chose; answers are kept through a reload; and the end screen gives the learner's own result and the
 * result code the trainer collects. Everything is fetched as the page opens, so it keeps working offline.
 */
export default function Join({ indexUrl }: Props) {
  const hydrated = useHydrated();
  const link = useSetLink(indexUrl);
  if (!hydrated) return <NeedsScript what="Answering a class quiz" />;
  switch (link.kind) {
    case 'loading':
      return (
        <p role="status" data-testid="join-loading">
          Loading the questions…
        </p>
      );
    case 'none':
      return (
        <div class="empty-state" data-testid="join-problem">
          <h2 class="empty-state__title">Open your trainer’s quiz link</h2>
          <p>
            This page opens a class quiz from the link or QR code your trainer shows. Scan the code with your phone’s
            camera, or open the link, to start.
          </p>
        </div>
      );
    case 'error':
      return (
        <div class="notice notice--warning" role="alert" data-testid="join-problem">
          <p>
            <strong>This quiz cannot be opened.</strong> {link.message}
          </p>
          <p>Ask your trainer for the link again, or scan the QR code once more.</p>
        </div>
      );
    case 'ready':
      return <JoinSet set={link.set} id={link.id} questions={link.questions} missing={missingMessage(link.missing)} />;
  }
}

interface SetProps {
  set: QuizSet;
  id: number;
  /** The content's questions, in the set's order. */
  questions: Question[];
  /** Words about questions this version of the site lacks; empty when none. */
  missing: string;
}

/** One set on the phone: the questions one at a time, then the end screen. */
function JoinSet({ set, id, questions, missing }: SetProps) {
  const doc = useStore(teachJoinStore);
  useEffect(() => {
    startSet(set);
  }, [id]);
  const entry = joinedSet(doc, id);
  if (!entry) return <p role="status">Opening the quiz…</p>;
  return (
    <div class="join" data-testid="join" data-set-id={formatSetId(id)} data-feedback={set.feedback}>
      <StatusNotice status={$teachJoinStatus} name="Your answers" label="Answers:" />
      {missing && (
        <p class="notice notice--warning" data-testid="join-missing">
          {missing} Tell your trainer; you can answer the rest.
        </p>
      )}
      {entry.finished ? (
        <JoinEnd set={set} id={id} questions={questions} entry={entry} onRestart={() => restart(id)} />
      ) : (
        <JoinQuestions set={set} id={id} questions={questions} entry={entry} />
      )}
    </div>
  );
}

interface QuestionsProps {
  set: QuizSet;
  id: number;
  questions: Question[];
  entry: JoinedSet;
}

/** The questions, one at a time, with a way back and forth and a list to jump to any of them. */
function JoinQuestions({ set, id, questions, entry }: QuestionsProps) {
  const shown = useMemo(() => questions.map((q) => displayOrder(set.seed, q)), [questions, set.seed]);
  const [drafts, setDrafts] = useState<Record<string, Response>>({});
  const [hint, setHint] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const position = Math.min(Math.max(entry.position, 0), questions.length - 1);
  const q = questions[position]!;
  const parts = partsOf(shown[position]!);
  const each = set.feedback === 'each';
  // After each question the stored answer is the checked one; at the end, every change is stored as it is made.
  const stored = entry.answers[q.id];
  const checked = each && stored !== undefined;
  const response = drafts[q.id] ?? stored ?? (q.type === 'order' ? parts : []);
  const result = learnerResult(questions, entry.answers);
  const last = position === questions.length - 1;

  // Focus follows the question the learner moves to, so a screen reader reads it from its number and prompt.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    root.current?.querySelector<HTMLElement>('fieldset')?.focus();
  }, [position]);

  /** An order question's shown arrangement is its answer once the learner moves on from it (score at the end). */
  const keepShownOrder = (): Record<string, Response> => {
    if (each || q.type !== 'order' || stored !== undefined) return entry.answers;
    answer(id, q.id, [...response]);
    return { ...entry.answers, [q.id]: [...response] };
  };

  const move = (to: number) => {
    keepShownOrder();
    setHint('');
    setConfirming(false);
    moved.current = true;
    goTo(id, to);
  };

  const onDraft = (r: Response) => {
    setHint('');
    setDrafts((d) => ({ ...d, [q.id]: r }));
    if (!each) answer(id, q.id, r);
  };

  const check = () => {
    const missing = incompleteReason(q, response);
    if (missing) {
      setHint(missing);
      return;
    }
    const normal = normaliseResponse(q, response);
    answer(id, q.id, normal);
    const row = learnerResult([q], { [q.id]: normal }).rows[0]!;
    setAnnouncement(
      verdictAnnouncement(
        `Question ${position + 1}`,
        verdictOf({ correct: row.correct, credit: row.score }),
        q.explanation,
      ),
    );
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('[data-next]')?.focus());
  };

  const done = () => {
    const open = learnerResult(questions, keepShownOrder()).unanswered;
    if (open.length > 0 && !confirming) {
      setConfirming(true);
      requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('[data-confirm]')?.focus());
      return;
    }
    finish(id);
  };

  const row = result.rows[position]!;
  const verdict = checked ? verdictOf({ correct: row.correct, credit: row.score }) : null;

  return (
    <div class="join__questions" ref={root}>
      <div class="join__bar">
        <p class="join__count">
          <label for="join-progress">
            {result.total - result.unanswered.length} of {plural(result.total, 'question')} answered
          </label>
          <progress id="join-progress" max={result.total} value={result.total - result.unanswered.length} />
        </p>
        <p class="join__mode">
          {each ? 'You see whether you were right after each question.' : 'You see your score at the end.'}
        </p>
      </div>
      <fieldset
        class={`question join__question${checked ? (row.correct ? ' question--right' : ' question--wrong') : ''}`}
        tabIndex={-1}
        data-question-id={q.id}
        data-type={q.type}
        key={q.id}
      >
        <legend>
          <span class="question__number">
            Question {position + 1} of {questions.length}
            {q.type === 'multiple' ? ' · select all that apply' : ''}
          </span>
          <span class="question__prompt">{q.prompt}</span>
        </legend>
        <Input
          question={q}
          parts={parts}
          name={`q-${q.id}`}
          response={checked ? stored : response}
          locked={checked}
          onDraft={onDraft}
          announce={setAnnouncement}
        />
        {each &&
          (checked && verdict ? (
            <div class="feedback">
              <p class="feedback__verdict">
                <span aria-hidden="true">{verdict.symbol} </span>
                {verdict.text}
              </p>
              <p>{q.explanation}</p>
              <Why question={q} record={{ response: stored, correct: row.correct, credit: row.score, at: '' }} />
            </div>
          ) : (
            <div class="question__actions">
              <button type="button" class="button" onClick={check}>
                Check answer
              </button>
              <p class="question__hint" aria-live="polite">
                {hint}
              </p>
            </div>
          ))}
      </fieldset>
      <div class="join__nav">
        <button
          type="button"
          class="button button--secondary"
          disabled={position === 0}
          onClick={() => move(position - 1)}
        >
          Previous
        </button>
        {last ? (
          <button type="button" class="button" data-next onClick={done}>
            Finish
          </button>
        ) : (
          <button
            type="button"
            class={`button${each && !checked ? ' button--secondary' : ''}`}
            data-next
            onClick={() => move(position + 1)}
          >
            Next question
          </button>
        )}
      </div>
      {confirming && (
        <div
          class="notice notice--warning join__confirm"
          data-confirm
          tabIndex={-1}
          role="group"
          aria-labelledby="join-confirm-text"
        >
          <p id="join-confirm-text">
            {result.unanswered.length === 1
              ? `Question ${numberList(result.unanswered)} has no answer yet.`
              : `Questions ${numberList(result.unanswered)} have no answer yet.`}{' '}
            Once you finish, your answers are final.
          </p>
          <div class="join__nav">
            <button type="button" class="button button--secondary" onClick={() => move(result.unanswered[0]! - 1)}>
              Go to question {result.unanswered[0]}
            </button>
            <button type="button" class="button" onClick={() => finish(id)}>
              Finish anyway
            </button>
          </div>
        </div>
      )}
      <nav class="join__jump" aria-label="All questions">
        <ol>
          {result.rows.map((r) => (
            <li key={r.questionId}>
              <button
                type="button"
                class={`join__jump-button${r.answered ? ' join__jump-button--answered' : ''}`}
                aria-current={r.number - 1 === position ? 'step' : undefined}
                aria-label={`Question ${r.number}, ${r.answered ? 'answered' : 'not answered'}`}
                onClick={() => move(r.number - 1)}
              >
                {r.number}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
