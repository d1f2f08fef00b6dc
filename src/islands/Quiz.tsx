import { useProgress } from './use-progress';
import { useRef, useState } from 'preact/hooks';
import type { AnswerRecord } from '../lib/progress';
import { passed } from '../lib/progress-summary';
import { gradeChoice, PASS_PERCENT, scoreOf, type Question } from '../lib/quiz';
import { answerQuestion, retryQuiz } from '../stores/progress';
import { StorageNotice } from './StorageNotice';

interface Props {
  lessonId: string;
  title: string;
  questions: Question[];
}

/** A lesson's knowledge check: answer, get feedback at once, see the score, retry. */
export default function Quiz({ lessonId, title, questions }: Props) {
  const progress = useProgress();
  const answers = progress.lessons[lessonId]?.answers ?? {};
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [hint, setHint] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const root = useRef<HTMLElement>(null);
  const questionIds = questions.map((q) => q.id);

  const answered = questions.filter((q) => answers[q.id]);
  const done = answered.length === questions.length;
  const score = scoreOf(answered.map((q) => ({ correct: answers[q.id]!.correct, credit: 0 })));

  function choose(q: Question, optionId: string, checked: boolean) {
    setHint((h) => ({ ...h, [q.id]: '' }));
    setDrafts((d) => {
      const current = d[q.id] ?? [];
      const next =
        q.type === 'single' ? [optionId] : checked ? [...current, optionId] : current.filter((id) => id !== optionId);
      return { ...d, [q.id]: next };
    });
  }

  function check(q: Question, index: number) {
    const selected = drafts[q.id] ?? [];
    if (selected.length === 0) {
      setHint((h) => ({ ...h, [q.id]: 'Choose an answer first.' }));
      return;
    }
    const grade = gradeChoice(q, selected);
    answerQuestion(lessonId, questionIds, q.id, selected, grade.correct);
    const wrongPicks = q.options.filter((o) => selected.includes(o.id) && !o.correct && o.feedback);
    setAnnouncement(
      `Question ${index + 1}: ${grade.correct ? 'correct' : 'not quite'}. ${q.explanation} ${wrongPicks
        .map((o) => `${o.text}: ${o.feedback}`)
        .join(' ')}`,
    );
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`#next-${q.id}`)?.focus());
  }

  function goNext(index: number) {
    const next = questions.slice(index + 1).find((q) => !answers[q.id]) ?? questions.find((q) => !answers[q.id]);
    const target = next
      ? root.current?.querySelector<HTMLElement>(`#q-${next.id} input`)
      : root.current?.querySelector<HTMLElement>('#quiz-score');
    target?.focus();
  }

  function retry() {
    retryQuiz(lessonId);
    setDrafts({});
    setHint({});
    setAnnouncement('Knowledge check restarted. All answers cleared.');
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('fieldset input')?.focus());
  }

  return (
    <section ref={root} class="quiz" aria-labelledby="quiz-title" data-testid="quiz">
      <h2 id="quiz-title">{title}</h2>
      <StorageNotice />
      <p class="quiz__meta">
        {questions.length} questions · {answered.length} answered · pass mark {PASS_PERCENT}%
      </p>
      <ol class="quiz__list">
        {questions.map((q, index) => (
          <li key={q.id}>
            <QuestionView
              question={q}
              index={index}
              total={questions.length}
              record={answers[q.id]}
              draft={drafts[q.id] ?? []}
              hint={hint[q.id] ?? ''}
              onChoose={(optionId, checked) => choose(q, optionId, checked)}
              onCheck={() => check(q, index)}
              onNext={() => goNext(index)}
              allAnswered={done}
            />
          </li>
        ))}
      </ol>
      {done && (
        <div class="quiz__score" id="quiz-score" tabIndex={-1} data-testid="quiz-score">
          <h3>Your score</h3>
          <p>
            <strong>
              {score.correct} of {score.total} ({score.percent}%)
            </strong>{' '}
            — {passed(score) ? 'passed.' : `not passed yet: ${PASS_PERCENT}% is needed.`}
          </p>
          <button type="button" class="button" onClick={retry}>
            Retry the knowledge check
          </button>
        </div>
      )}
      <p class="visually-hidden" aria-live="polite" data-testid="quiz-live">
        {announcement}
      </p>
    </section>
  );
}

interface QuestionProps {
  question: Question;
  index: number;
  total: number;
  record: AnswerRecord | undefined;
  draft: string[];
  hint: string;
  onChoose: (optionId: string, checked: boolean) => void;
  onCheck: () => void;
  onNext: () => void;
  allAnswered: boolean;
}

function QuestionView({
  question: q,
  index,
  total,
  record,
  draft,
  hint,
  onChoose,
  onCheck,
  onNext,
  allAnswered,
}: QuestionProps) {
  const name = `q-${q.id}`;
  const selected = record ? record.selected : draft;
  return (
    <fieldset id={name} class={`question${record ? (record.correct ? ' question--right' : ' question--wrong') : ''}`}>
      <legend>
        <span class="question__number">
          Question {index + 1} of {total}
          {q.type === 'multiple' ? ' · select all that apply' : ''}
        </span>
        <span class="question__prompt">{q.prompt}</span>
      </legend>
      <ul class="options">
        {q.options.map((o) => {
          const chosen = selected.includes(o.id);
          const mark = record ? (o.correct ? 'right' : chosen ? 'wrong' : '') : '';
          return (
            <li key={o.id} class={`option${mark ? ` option--${mark}` : ''}`}>
              <label>
                <input
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  value={o.id}
                  checked={chosen}
                  disabled={!!record}
                  onChange={(e) => onChoose(o.id, (e.target as HTMLInputElement).checked)}
                />
                <span>{o.text}</span>
                {mark === 'right' && (
                  <span class="option__tag option__tag--right">{chosen ? 'Your answer: right' : 'Right answer'}</span>
                )}
                {mark === 'wrong' && <span class="option__tag option__tag--wrong">Your answer: wrong</span>}
              </label>
            </li>
          );
        })}
      </ul>
      {record ? (
        <div class="feedback" data-testid={`feedback-${q.id}`}>
          <p class="feedback__verdict">{record.correct ? '✓ Correct.' : '✗ Not quite.'}</p>
          <p>{q.explanation}</p>
          {q.options
            .filter((o) => record.selected.includes(o.id) && !o.correct && o.feedback)
            .map((o) => (
              <p key={o.id} class="feedback__why">
                <strong>Why “{o.text}” is wrong: </strong>
                {o.feedback}
              </p>
            ))}
          {q.type === 'multiple' &&
            q.options
              .filter((o) => o.correct && !record.selected.includes(o.id))
              .map((o) => (
                <p key={o.id} class="feedback__why">
                  <strong>You missed “{o.text}”</strong>
                  {o.feedback ? `: ${o.feedback}` : '.'}
                </p>
              ))}
          <button type="button" class="button button--quiet" id={`next-${q.id}`} onClick={onNext}>
            {allAnswered ? 'See your score' : 'Next question'}
          </button>
        </div>
      ) : (
        <div class="question__actions">
          <button type="button" class="button" onClick={onCheck}>
            Check answer
          </button>
          <p class="question__hint" aria-live="polite">
            {hint}
          </p>
        </div>
      )}
    </fieldset>
  );
}
