import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { arrange } from '../lib/arrange';
import { bestAttempt, lastAttempt } from '../lib/progress';
import { PASS_PERCENT, passes, verdictAnnouncement, verdictOf, type Question, type Response } from '../lib/quiz';
import { countOf, summariseCheck } from '../lib/quiz-summary';
import { decodeSeed, encodeSeed, randomSeed } from '../lib/random';
import { answerQuestion, markLessonRead, retryQuiz } from '../stores/progress';
import { QuestionCard } from './QuestionCard';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { NeedsScript } from './NeedsScript';

interface Props {
  lessonId: string;
  title: string;
  questions: Question[];
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The order fixed by the page's link (`?seed=`), or a message when the link's seed is unusable. */
function seedFromLink(): { seed?: number; message?: string } {
  const raw = new URLSearchParams(location.search).get('seed');
  if (raw === null) return {};
  const r = decodeSeed(raw);
  return r.ok ? { seed: r.seed } : { message: `${r.message} The questions are shown in a random order instead.` };
}

/**
 * The end of a lesson: hydrated when it scrolls into view, which marks the lesson read, then the knowledge
 * check with every question type, instant feedback, score, attempt history and retry.
 */
export default function Quiz({ lessonId, title, questions }: Props) {
  const hydrated = useHydrated();
  const progress = useProgress();
  const lesson = progress.lessons[lessonId];
  const current = lesson?.current;
  const attempts = lesson?.attempts ?? [];
  const [link] = useState(() => (typeof location === 'undefined' ? {} : seedFromLink()));
  const [fresh, setFresh] = useState(randomSeed);
  const seed = link.seed ?? current?.seed ?? fresh;
  const arranged = useMemo(() => arrange(questions, seed), [questions, seed]);
  const [drafts, setDrafts] = useState<Record<string, Response>>({});
  const [hints, setHints] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);
  const ids = questions.map((q) => q.id);
  const answers = current?.answers ?? {};
  const summary = summariseCheck(
    arranged.map((a) => a.question.id),
    answers,
  );
  const open = summary.firstOpen;
  const finished = current ? attempts.find((a) => a.startedAt === current.startedAt) : undefined;
  const best = bestAttempt(attempts);
  const last = lastAttempt(attempts);

  useEffect(() => markLessonRead(lessonId), [lessonId]);
  const readAt = lesson?.readAt;

  const focus = (selector: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(selector)?.focus());

  function check(q: Question, index: number) {
    const response = drafts[q.id] ?? (q.type === 'order' ? arranged[index]!.parts : []);
    const outcome = answerQuestion(q, response, { kind: 'check', lessonId, questionIds: ids, seed });
    if (!outcome.ok) {
      setHints((h) => ({ ...h, [q.id]: outcome.hint }));
      return;
    }
    setAnnouncement(verdictAnnouncement(`Question ${index + 1}`, outcome.verdict, q.explanation));
    focus(`#next-${q.id}`);
  }

  function goNext(index: number) {
    const after =
      arranged.slice(index + 1).find((a) => !answers[a.question.id]) ?? arranged.find((a) => !answers[a.question.id]);
    focus(after ? `#q-${after.question.id} :is(input, select, button):not(:disabled)` : '#quiz-score');
  }

  function retry() {
    const next = link.seed ?? randomSeed();
    setFresh(next);
    retryQuiz(lessonId, next);
    setDrafts({});
    setHints({});
    setAnnouncement('Restarted in a new order. Your earlier scores are kept.');
    focus('fieldset :is(input, select, button):not(:disabled)');
  }

  const marker = (
    <p class="read-marker" data-testid="read-marker" data-read={readAt ? 'true' : 'false'}>
      {readAt ? (
        <>
          <span aria-hidden="true">✓ </span>
          Lesson read on <time dateTime={readAt}>{dateFormat.format(new Date(readAt))}</time>.
        </>
      ) : (
        'You reached the end of the lesson.'
      )}
    </p>
  );

  return (
    <div>
      {marker}
      <section
        ref={root}
        class="quiz"
        id="quiz"
        // Focusable, so that the lesson's skip link ("Skip to the knowledge check") moves focus here, before
        // hydration and after: the next Tab reaches the first question.
        tabIndex={-1}
        aria-labelledby="quiz-title"
        data-testid="quiz"
        data-seed={hydrated ? seed : undefined}
      >
        <h2 id="quiz-title">{title}</h2>
        {hydrated ? (
          <>
            <StorageNotice />
            {link.message && <p class="notice">{link.message}</p>}
            <div class="quiz__summary">
              <p class="quiz__progress">
                <label for="quiz-progress">
                  {summary.answered} of {summary.total} answered
                </label>
                <progress id="quiz-progress" max={summary.total} value={summary.answered} />
              </p>
              <p>
                {summary.answered > 0 && (
                  <>
                    Score so far: <strong>{countOf(summary.points, 'point')}</strong> from{' '}
                    {countOf(summary.answered, 'answer')} ({summary.percent}%).{' '}
                  </>
                )}
                The pass mark is {PASS_PERCENT}%.
              </p>
              {open
                ? summary.answered > 0 && (
                    <p>
                      <a href={`#q-${open.id}`}>Jump to the first unanswered question (question {open.number})</a>
                    </p>
                  )
                : finished && (
                    <p>
                      <a href="#quiz-score">See your score</a>
                    </p>
                  )}
            </div>
            {best && last && (
              <details class="attempts">
                <summary data-testid="quiz-scores">
                  {countOf(attempts.length, 'attempt')} so far: best {best.percent}%, last {last.percent}%
                </summary>
                <ol reversed>
                  {[...attempts].reverse().map((a) => (
                    <li key={a.finishedAt}>
                      {dateFormat.format(new Date(a.finishedAt))}: {a.points} of {a.total} points ({a.percent}%),{' '}
                      {passes(a.percent) ? 'passed' : 'not passed'}
                    </li>
                  ))}
                </ol>
              </details>
            )}
            <ol class="quiz__list">
              {arranged.map(({ question: q, parts }, index) => (
                <li key={q.id}>
                  <QuestionCard
                    question={q}
                    parts={parts}
                    label={`Question ${index + 1} of ${questions.length}`}
                    record={answers[q.id]}
                    draft={drafts[q.id] ?? (q.type === 'order' ? parts : [])}
                    hint={hints[q.id] ?? ''}
                    onDraft={(r) => {
                      setHints((h) => ({ ...h, [q.id]: '' }));
                      setDrafts((d) => ({ ...d, [q.id]: r }));
                    }}
                    onCheck={() => check(q, index)}
                    announce={setAnnouncement}
                    next={{ label: finished ? 'See your score' : 'Next question', onClick: () => goNext(index) }}
                  />
                </li>
              ))}
            </ol>
            {finished && (
              <div class="quiz__score" id="quiz-score" tabIndex={-1} data-testid="quiz-score">
                <h3>Your score</h3>
                <p>
                  <strong>
                    {finished.points} of {finished.total} points ({finished.percent}%)
                  </strong>{' '}
                  — {passes(finished.percent) ? 'passed.' : `not passed yet: ${PASS_PERCENT}% is needed.`}
                </p>
                {!Number.isInteger(finished.points) && (
                  <p class="quiz__meta">Each question is worth one point; a partly right answer earns part of it.</p>
                )}
                {summary.missed.length > 0 ? (
                  <>
                    <h4>{countOf(summary.missed.length, 'question')} to look at again</h4>
                    <ul class="quiz__missed">
                      {summary.missed.map((m) => (
                        <li key={m.id}>
                          <a href={`#q-${m.id}`}>Question {m.number}</a> — {verdictOf({ correct: false, ...m }).text}
                          <span class="quiz__missed-prompt">{arranged[m.number - 1]!.question.prompt}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <button type="button" class="button" onClick={retry}>
                  Retry the knowledge check
                </button>
              </div>
            )}
            <p class="quiz__share">
              <a href={`?seed=${encodeSeed(seed)}#quiz`}>Link to this question order</a> (for sharing with a class)
            </p>
            <p class="visually-hidden" aria-live="polite" data-testid="quiz-live">
              {announcement}
            </p>
          </>
        ) : (
          <NeedsScript what="The knowledge check" />
        )}
      </section>
    </div>
  );
}
