import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnswerRecord } from '../lib/progress';
import { bankProblemMessage, indexProblemMessage, questionBanks, type BankLoad } from '../lib/question-banks';
import { banksOf, indexLookup, type IndexLookup } from '../lib/question-index';
import { arrange } from '../lib/arrange';
import { practiceOffers } from '../lib/practice-offers';
import { PASS_PERCENT, verdictAnnouncement, type Question, type Response } from '../lib/quiz';
import { randomSeed } from '../lib/random';
import { dueDayInWords, dueItems, nextDueDay } from '../lib/review-queue';
import { answerQuestion } from '../stores/progress';
import { QuestionCard } from './QuestionCard';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { NeedsScript } from './NeedsScript';

interface Props {
  /** URL of the question index (`/data/questions/index.json`) under the site's base. */
  indexUrl: string;
  /** Base for lesson links. */
  lessonBase: string;
}

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; lookup: IndexLookup };

interface Session {
  queue: { lessonId: string; question: Question; parts: string[] }[];
  index: number;
  right: number;
}

/** Spaced review of missed questions across all lessons, due items first. */
export default function Practice({ indexUrl, lessonBase }: Props) {
  const hydrated = useHydrated();
  const progress = useProgress();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [banks, setBanks] = useState<ReadonlyMap<string, BankLoad>>(new Map());
  const [session, setSession] = useState<Session | null>(null);
  const [draft, setDraft] = useState<Response>([]);
  const [hint, setHint] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLDivElement>(null);

  const loader = useMemo(() => questionBanks(indexUrl), [indexUrl]);
  useEffect(() => {
    void loader
      .loadIndex()
      .then((r) =>
        setLoad(
          r.ok
            ? { kind: 'ready', lookup: indexLookup(r.index) }
            : { kind: 'error', message: indexProblemMessage(r.problem) },
        ),
      );
  }, [loader]);

  // Only the banks with questions due are fetched; more are fetched if more become due (e.g. in another tab).
  const now = new Date();
  const lookup = load.kind === 'ready' ? load.lookup : undefined;
  const due = lookup ? dueItems(progress.reviews, now).filter(([id]) => lookup.bankOfQuestion.has(id)) : [];
  const needed =
    lookup && hydrated
      ? banksOf(
          lookup,
          due.map(([id]) => id),
        )
      : [];
  const missing = needed.filter((id) => !banks.has(id)).join(' ');
  useEffect(() => {
    if (!missing) return;
    void loader.loadBanks(missing.split(' ')).then((loaded) => setBanks((had) => new Map([...had, ...loaded])));
  }, [loader, missing]);

  const focus = (selector: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

  if (!hydrated) return <NeedsScript what="Practice" />;
  if (load.kind === 'loading') return <p>Loading your review…</p>;
  if (load.kind === 'error') {
    return (
      <p class="notice" role="alert">
        {load.message}
      </p>
    );
  }

  const { lessonTitle, lessonOfQuestion, bankOfQuestion, bankTitle } = load.lookup;
  const byId = new Map<string, { lessonId: string; question: Question }>();
  for (const loaded of banks.values()) {
    if (!loaded.ok) continue;
    for (const question of loaded.bank.questions) {
      const lessonId = lessonOfQuestion.get(question.id);
      if (lessonId) byId.set(question.id, { lessonId, question });
    }
  }
  const titleOf = (lessonId: string) => lessonTitle.get(lessonId) ?? lessonId;
  const reviewable = due.filter(([id]) => byId.has(id));
  const pending = needed.some((id) => !banks.has(id));
  const problems = needed.flatMap((id) => {
    const loaded = banks.get(id);
    return loaded && !loaded.ok ? [bankProblemMessage(bankTitle.get(id) ?? id, loaded.problem)] : [];
  });

  function start() {
    const seed = randomSeed();
    const queue = reviewable.map(([id]) => {
      const { lessonId, question } = byId.get(id)!;
      return { lessonId, question, parts: arrange([question], seed)[0]!.parts };
    });
    setSession({ queue, index: 0, right: 0 });
    setDraft([]);
    setHint('');
    focus('fieldset :is(input, select, button):not(:disabled)');
  }

  if (session) {
    const item = session.queue[session.index];
    if (!item) {
      const next = nextDueDay(progress.reviews, now);
      return (
        <div ref={root} class="practice" data-testid="practice">
          <StorageNotice />
          <h2 id="practice-done" tabIndex={-1}>
            Review finished
          </h2>
          <p data-testid="practice-result">
            You answered {session.right} of {session.queue.length} right.{' '}
            {next ? `Your next review is due ${dueDayInWords(next, now)}.` : 'Nothing else is scheduled.'}
          </p>
          <button type="button" class="button button--quiet" onClick={() => setSession(null)}>
            Back to the review overview
          </button>
        </div>
      );
    }
    const label = `Review ${session.index + 1} of ${session.queue.length}`;
    return (
      <div ref={root} class="practice" data-testid="practice">
        <StorageNotice />
        <p class="quiz__meta">
          From the lesson <a href={`${lessonBase}${item.lessonId}/`}>{titleOf(item.lessonId)}</a>
        </p>
        <PracticeQuestion
          key={item.question.id}
          item={item}
          label={label}
          draft={draft}
          hint={hint}
          setDraft={(r) => {
            setHint('');
            setDraft(r);
          }}
          onAnswer={(response) => {
            const outcome = answerQuestion(item.question, response, { kind: 'review', lessonId: item.lessonId });
            if (!outcome.ok) {
              setHint(outcome.hint);
              return null;
            }
            setAnnouncement(verdictAnnouncement(label, outcome.verdict, item.question.explanation));
            if (outcome.record.correct) setSession({ ...session, right: session.right + 1 });
            focus(`#next-${item.question.id}`);
            return outcome.record;
          }}
          onNext={() => {
            setSession((s) => (s ? { ...s, index: s.index + 1 } : s));
            setDraft([]);
            focus('fieldset :is(input, select, button):not(:disabled), #practice-done');
          }}
          announce={setAnnouncement}
          last={session.index === session.queue.length - 1}
        />
        <p class="visually-hidden" aria-live="polite" data-testid="practice-live">
          {announcement}
        </p>
      </div>
    );
  }

  const next = nextDueDay(progress.reviews, now);
  const tracked = Object.keys(progress.reviews).filter((id) => bankOfQuestion.has(id));
  const offers = practiceOffers(
    progress,
    [...lessonTitle].map(([id, title]) => ({ id, title })),
  );
  const perLesson = new Map<string, number>();
  for (const [, r] of due) perLesson.set(r.lessonId, (perLesson.get(r.lessonId) ?? 0) + 1);
  return (
    <div ref={root} class="practice" data-testid="practice">
      <StorageNotice />
      <p class="practice__due" data-testid="practice-due">
        {due.length === 0
          ? 'Nothing is due for review right now.'
          : `${due.length} question${due.length === 1 ? ' is' : 's are'} due for review.`}
      </p>
      {due.length > 0 ? (
        <>
          <ul>
            {[...perLesson].map(([lessonId, n]) => (
              <li key={lessonId}>
                {titleOf(lessonId)}: {n}
              </li>
            ))}
          </ul>
          {problems.map((message) => (
            <p key={message} class="notice" role="alert" data-testid="practice-bank-problem">
              {message}
            </p>
          ))}
          {pending ? (
            <p role="status">Loading the questions…</p>
          ) : (
            reviewable.length > 0 && (
              <button type="button" class="button" onClick={start}>
                Start the review
              </button>
            )
          )}
        </>
      ) : (
        <>
          <p data-testid="practice-next">
            {next
              ? `Your next review is due ${dueDayInWords(next, now)}.`
              : tracked.length === 0
                ? 'Questions you answer wrong in a knowledge check come here, and come back at growing intervals until you get them right.'
                : 'Every question you missed has been reviewed to the end of its schedule.'}
          </p>
          {(offers.start || offers.retake) && (
            <section class="offers" aria-labelledby="offers-title" data-testid="practice-offers">
              <h2 id="offers-title">Something to do now</h2>
              <ul>
                {offers.start && (
                  <li>
                    <a href={`${lessonBase}${offers.start.id}/`}>Read the next lesson: {offers.start.title}</a>
                    <p>The first lesson in the learning path that you have not read yet.</p>
                  </li>
                )}
                {offers.retake && (
                  <li>
                    <a href={`${lessonBase}${offers.retake.id}/#quiz`}>
                      Retake the knowledge check: {offers.retake.title}
                    </a>
                    <p>
                      Your best score there is {offers.retake.percent}%
                      {offers.retake.passed
                        ? ', your lowest of the checks you have taken.'
                        : `; ${PASS_PERCENT}% passes.`}
                    </p>
                  </li>
                )}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

interface PracticeQuestionProps {
  item: Session['queue'][number];
  label: string;
  draft: Response;
  hint: string;
  setDraft: (r: Response) => void;
  onAnswer: (r: Response) => AnswerRecord | null;
  onNext: () => void;
  announce: (t: string) => void;
  last: boolean;
}

/** One review question; its answer lives here until the learner moves on. */
function PracticeQuestion({
  item,
  label,
  draft,
  hint,
  setDraft,
  onAnswer,
  onNext,
  announce,
  last,
}: PracticeQuestionProps) {
  const [record, setRecord] = useState<AnswerRecord | undefined>();
  const response = draft.length || item.question.type !== 'order' ? draft : item.parts;
  return (
    <QuestionCard
      question={item.question}
      parts={item.parts}
      label={label}
      record={record}
      draft={response}
      hint={hint}
      onDraft={setDraft}
      onCheck={() => setRecord(onAnswer(response) ?? undefined)}
      announce={announce}
      next={{ label: last ? 'Finish the review' : 'Next question', onClick: onNext }}
    />
  );
}
