import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { arrange } from '../lib/arrange';
import { bestAttempt, lastAttempt } from '../lib/progress';
import { PASS_PERCENT, passes, verdictAnnouncement, type Question, type Response } from '../lib/quiz';
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

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

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
  const answered = ids.filter((id) => answers[id]).length;
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
    const open =
      arranged.slice(index + 1).find((a) => !answers[a.question.id]) ?? arranged.find((a) => !answers[a.question.id]);
    focus(open ? `#q-${open.question.id} :is(input, select, button):not(:disabled)` : '#quiz-score');
  }

  function retry() {
    const next = link.seed ?? randomSeed();
    setFresh(next);
    retryQuiz(lessonId, next);
    setDrafts({});
    setHints({});
    setAnnouncement('Knowledge check restarted in a new order. Your earlier scores are kept.');
    focus('fieldset :is(input, select, button):not(:disabled)');
  }

  const marker = (
    <p class="read-marker" data-testid="read-marker" data-read={readAt ? 'true' : 'false'}>
      {readAt ? (
        <>
          <span aria-hidden="true">✓ </span>
          Lesson read on <time dateTime={readAt}>{dayFormat.format(new Date(readAt))}</time>.
        </>
      ) : (
        'You reached the end of the lesson.'
      )}
    </p>
  );

  if (!hydrated) {
    return (
      <div>
        {marker}
        <section class="quiz" id="quiz" aria-labelledby="quiz-title" data-testid="quiz">
          <h2 id="quiz-title">{title}</h2>
          <p class="quiz__meta">{questions.length} questions</p>
          <NeedsScript what="The knowledge check" />
        </section>
      </div>
    );
  }

  return (
    <div>
      {marker}
      <section ref={root} class="quiz" id="quiz" aria-labelledby="quiz-title" data-testid="quiz" data-seed={seed}>
        <h2 id="quiz-title">{title}</h2>
        <StorageNotice />
        {link.message && <p class="notice">{link.message}</p>}
        <p class="quiz__meta">
          {questions.length} questions · {answered} answered · pass mark {PASS_PERCENT}%
          {best && last && (
            <span data-testid="quiz-scores">
              {' '}
              · best {best.percent}% · last {last.percent}% · {attempts.length} attempt
              {attempts.length === 1 ? '' : 's'}
            </span>
          )}
        </p>
        {attempts.length > 0 && (
          <details class="attempts">
            <summary>Your attempts</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Finished</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {[...attempts].reverse().map((a) => (
                  <tr key={a.finishedAt}>
                    <td>{dateFormat.format(new Date(a.finishedAt))}</td>
                    <td>
                      {a.points} / {a.total} ({a.percent}%)
                    </td>
                    <td>{passes(a.percent) ? 'Passed' : 'Not passed'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
              <p class="quiz__meta">
                Each question is worth one point; questions with several parts earn part of it for each part right.
              </p>
            )}
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
      </section>
    </div>
  );
}
