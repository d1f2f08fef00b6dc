import type { MultipleQuestion, SingleQuestion, TrueFalseQuestion } from '../../lib/quiz';
import type { InputProps } from './types';

/** Single choice, multiple choice and true/false: radio buttons or checkboxes, marked right or wrong once checked. */
export function ChoiceInput({
  question: q,
  parts,
  name,
  response,
  locked,
  onDraft,
}: InputProps<SingleQuestion | MultipleQuestion | TrueFalseQuestion>) {
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
        const mark = locked ? (o.correct ? 'right' : chosen ? 'wrong' : '') : '';
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
                  onDraft(multi ? (on ? [...response, o.id] : response.filter((x) => x !== o.id)) : [o.id]);
                }}
              />
              <span>{o.text}</span>
              {mark === 'right' && <span class="tag tag--right">{chosen ? 'Your answer: right' : 'Right answer'}</span>}
              {mark === 'wrong' && <span class="tag tag--wrong">Your answer: wrong</span>}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
