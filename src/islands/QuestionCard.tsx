import type { AnswerRecord } from '../lib/progress';
import { placementsOf, verdictOf, type Question, type Response } from '../lib/quiz';
import { CategoriseInput } from './questions/CategoriseInput';
import { ChoiceInput } from './questions/ChoiceInput';
import { NumericInput } from './questions/NumericInput';
import { OrderInput } from './questions/OrderInput';
import type { InputProps } from './questions/types';

interface Props {
  question: Question;
  /** Display order of options or items for this attempt. */
  parts: string[];
  /** "Question 3 of 12", or another heading. */
  label: string;
  /** The recorded answer, once checked. */
  record: AnswerRecord | undefined;
  draft: Response;
  hint: string;
  onDraft: (response: Response) => void;
  onCheck: () => void;
  /** Says something through the page's live region (e.g. "moved to position 2"). */
  announce: (text: string) => void;
  /** A button shown after the answer, e.g. "Next question". */
  next?: { label: string; onClick: () => void } | undefined;
}

/** The input of a question, by its type. */
export function Input(p: InputProps) {
  const q = p.question;
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false':
      return <ChoiceInput {...p} question={q} />;
    case 'categorise':
      return <CategoriseInput {...p} question={q} />;
    case 'order':
      return <OrderInput {...p} question={q} />;
    case 'numeric':
      return <NumericInput {...p} question={q} />;
  }
}

/** One question of any type: its inputs before it is checked, its feedback after. */
export function QuestionCard(p: Props) {
  const { question: q, record } = p;
  const name = `q-${q.id}`;
  const verdict = record && verdictOf(record);
  return (
    <fieldset
      id={name}
      // Focusable from script and from links to it (the check's "jump to" and missed-question links), not by Tab.
      tabIndex={-1}
      class={`question${record ? (record.correct ? ' question--right' : ' question--wrong') : ''}`}
      data-type={q.type}
    >
      <legend>
        <span class="question__number">
          {p.label}
          {q.type === 'multiple' ? ' · select all that apply' : ''}
        </span>
        <span class="question__prompt">{q.prompt}</span>
      </legend>
      <Input
        question={q}
        parts={p.parts}
        name={name}
        response={record ? record.response : p.draft}
        locked={!!record}
        onDraft={p.onDraft}
        announce={p.announce}
      />
      {record && verdict ? (
        <div class="feedback">
          <p class="feedback__verdict">
            <span aria-hidden="true">{verdict.symbol} </span>
            {verdict.text}
          </p>
          <p>{q.explanation}</p>
          <Why question={q} record={record} />
          {p.next && (
            <button type="button" class="button button--quiet" id={`next-${q.id}`} onClick={p.next.onClick}>
              {p.next.label}
            </button>
          )}
        </div>
      ) : (
        <div class="question__actions">
          <button type="button" class="button" onClick={p.onCheck}>
            Check answer
          </button>
          <p class="question__hint" aria-live="polite">
            {p.hint}
          </p>
        </div>
      )}
    </fieldset>
  );
}

/** Why the learner's answer was wrong, part by part. */
export function Why({ question: q, record }: { question: Question; record: AnswerRecord }) {
  const notes: string[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    for (const o of q.options) {
      const chosen = record.response.includes(o.id);
      if (chosen && !o.correct && o.feedback) notes.push(`Why “${o.text}” is wrong: ${o.feedback}`);
      if (!chosen && o.correct && q.type === 'multiple')
        notes.push(`You missed “${o.text}”${o.feedback ? `: ${o.feedback}` : /[.?!]$/.test(o.text) ? '' : '.'}`);
    }
  } else if (q.type === 'true-false' || q.type === 'numeric') {
    if (!record.correct && q.feedback) notes.push(q.feedback);
    if (q.type === 'numeric') {
      notes.push(
        `Right answer: ${q.answer} ${q.unit}${q.tolerance ? ` (answers within ± ${q.tolerance} count)` : ''}; you answered ${record.response[0]} ${q.unit}.`,
      );
    }
  } else if (q.type === 'categorise') {
    const placed = placementsOf(record.response);
    for (const item of q.items) {
      if (placed.get(item.id) !== item.bucket && item.feedback) notes.push(`“${item.text}”: ${item.feedback}`);
    }
  } else if (!record.correct) {
    notes.push(`The right order: ${q.items.map((i, n) => `${n + 1}. ${i.text}`).join(' ')}`);
  }
  return (
    <>
      {notes.map((n) => (
        <p key={n} class="feedback__why">
          {n}
        </p>
      ))}
    </>
  );
}
