import type { OrderQuestion } from '../../lib/quiz';
import type { InputProps } from './types';

/** Putting steps in order with "move up" and "move down" buttons; each move is announced. */
export function OrderInput({
  question: q,
  parts,
  name,
  response,
  locked,
  onDraft,
  announce,
}: InputProps<OrderQuestion>) {
  const order = response.length ? response : parts;
  const right = q.items.map((i) => i.id);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onDraft(next);
    const text = q.items.find((i) => i.id === id)!.text;
    announce(`“${text}” moved to position ${to + 1} of ${next.length}.`);
    requestAnimationFrame(() => document.getElementById(`${name}-${id}-${to < from ? 'up' : 'down'}`)?.focus());
  };
  return (
    <ol class="order-list">
      {order.map((id, i) => {
        const item = q.items.find((x) => x.id === id)!;
        const ok = locked && right[i] === id;
        return (
          <li key={id} class={`order-item${locked ? (ok ? ' option--right' : ' option--wrong') : ''}`}>
            <span class="order-item__text">{item.text}</span>
            {locked ? (
              <span class={`tag ${ok ? 'tag--right' : 'tag--wrong'}`}>
                {ok ? 'Right place' : `Belongs at ${right.indexOf(id) + 1}`}
              </span>
            ) : (
              <span class="order-item__moves">
                {(['up', 'down'] as const).map((dir) => (
                  <button
                    key={dir}
                    type="button"
                    class="tool-button"
                    id={`${name}-${id}-${dir}`}
                    aria-label={`Move “${item.text}” ${dir}`}
                    disabled={dir === 'up' ? i === 0 : i === order.length - 1}
                    onClick={() => move(i, dir === 'up' ? i - 1 : i + 1)}
                  >
                    {dir === 'up' ? '↑' : '↓'}
                  </button>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
