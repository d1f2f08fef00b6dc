import type { AnswerRecord } from '../lib/progress';
import { placementsOf, type Question, type Response } from '../lib/quiz';

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

const verdict = (r: AnswerRecord) =>
  r.correct
    ? '✓ Correct.'
    : r.credit > 0
      ? `◐ Partly right: ${Math.round(r.credit * 100)}% of the credit.`
      : '✗ Not quite.';

/** One question of any type: its inputs before it is checked, its feedback after. */
export function QuestionCard(p: Props) {
  const { question: q, record } = p;
  const name = `q-${q.id}`;
  return (
    <fieldset
      id={name}
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
      <Inputs {...p} name={name} />
      {record ? (
        <div class="feedback" data-testid={`feedback-${q.id}`}>
          <p class="feedback__verdict">{verdict(record)}</p>
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

function Inputs({ question: q, parts, record, draft, onDraft, announce, name }: Props & { name: string }) {
  const response = record ? record.response : draft;
  const locked = !!record;
  if (q.type === 'single' || q.type === 'multiple' || q.type === 'true-false') {
    const options =
      q.type === 'true-false'
        ? [
            { id: 'true', text: 'True', correct: q.answer },
            { id: 'false', text: 'False', correct: !q.answer },
          ]
        : parts.map((id) => q.options.find((o) => o.id === id)!);
    const multi = q.type === 'multiple';
    return (
      <ul class="options">
        {options.map((o) => {
          const chosen = response.includes(o.id);
          const mark = record ? (o.correct ? 'right' : chosen ? 'wrong' : '') : '';
          return (
            <li key={o.id} class={`option${mark ? ` option--${mark}` : ''}`}>
              <label>
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  name={name}
                  value={o.id}
                  checked={chosen}
                  disabled={locked}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    onDraft(multi ? (on ? [...draft, o.id] : draft.filter((x) => x !== o.id)) : [o.id]);
                  }}
                />
                <span>{o.text}</span>
                {mark === 'right' && (
                  <span class="tag tag--right">{chosen ? 'Your answer: right' : 'Right answer'}</span>
                )}
                {mark === 'wrong' && <span class="tag tag--wrong">Your answer: wrong</span>}
              </label>
            </li>
          );
        })}
      </ul>
    );
  }
  if (q.type === 'categorise') {
    const placed = placementsOf(response);
    return (
      <ul class="sort-list">
        {parts.map((itemId) => {
          const item = q.items.find((i) => i.id === itemId)!;
          const value = placed.get(item.id) ?? '';
          const id = `${name}-${item.id}`;
          const right = record && value === item.bucket;
          return (
            <li key={item.id} class={`sort-item${record ? (right ? ' option--right' : ' option--wrong') : ''}`}>
              <label for={id}>{item.text}</label>
              <select
                id={id}
                value={value}
                disabled={locked}
                onChange={(e) => {
                  const bucket = (e.target as HTMLSelectElement).value;
                  const next = new Map(placed);
                  if (bucket) next.set(item.id, bucket);
                  else next.delete(item.id);
                  onDraft([...next].map(([k, v]) => `${k}=${v}`));
                }}
              >
                <option value="">Choose…</option>
                {q.buckets.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.label}
                  </option>
                ))}
              </select>
              {record && (
                <span class={`tag ${right ? 'tag--right' : 'tag--wrong'}`}>
                  {right ? 'Right' : `Belongs in ${q.buckets.find((b) => b.id === item.bucket)!.label}`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  if (q.type === 'order') {
    const order = response.length ? response : parts;
    const right = q.items.map((i) => i.id);
    const move = (from: number, to: number) => {
      const next = [...order];
      const [id] = next.splice(from, 1);
      next.splice(to, 0, id!);
      onDraft(next);
      const text = q.items.find((i) => i.id === id)!.text;
      announce(`“${text}” moved to position ${to + 1} of ${next.length}.`);
      requestAnimationFrame(() =>
        document.getElementById(`${name}-${id}-${to < from ? 'up' : 'down'}`)?.focus({ preventScroll: false }),
      );
    };
    return (
      <ol class="order-list">
        {order.map((id, i) => {
          const item = q.items.find((x) => x.id === id)!;
          const ok = record && right[i] === id;
          return (
            <li key={id} class={`order-item${record ? (ok ? ' option--right' : ' option--wrong') : ''}`}>
              <span class="order-item__text">{item.text}</span>
              {record ? (
                <span class={`tag ${ok ? 'tag--right' : 'tag--wrong'}`}>
                  {ok ? 'Right place' : `Belongs at ${right.indexOf(id) + 1}`}
                </span>
              ) : (
                <span class="order-item__moves">
                  <button
                    type="button"
                    class="tool-button"
                    id={`${name}-${id}-up`}
                    aria-label={`Move “${item.text}” up`}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="tool-button"
                    id={`${name}-${id}-down`}
                    aria-label={`Move “${item.text}” down`}
                    disabled={i === order.length - 1}
                    onClick={() => move(i, i + 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    );
  }
  const id = `${name}-value`;
  return (
    <p class="numeric">
      <label for={id}>Your answer</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={response[0] ?? ''}
        disabled={locked}
        onInput={(e) => onDraft([(e.target as HTMLInputElement).value])}
      />{' '}
      <span>{q.unit}</span>
    </p>
  );
}

/** Why the learner's answer was wrong, part by part. */
function Why({ question: q, record }: { question: Question; record: AnswerRecord }) {
  const notes: string[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    for (const o of q.options) {
      const chosen = record.response.includes(o.id);
      if (chosen && !o.correct && o.feedback) notes.push(`Why “${o.text}” is wrong: ${o.feedback}`);
      if (!chosen && o.correct && q.type === 'multiple')
        notes.push(`You missed “${o.text}”${o.feedback ? `: ${o.feedback}` : '.'}`);
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
