import { placementsOf, type CategoriseQuestion } from '../../lib/quiz';
import type { InputProps } from './types';

/** Sorting statements into categories: one labelled select per statement. */
export function CategoriseInput({
  question: q,
  parts,
  name,
  response,
  locked,
  onDraft,
}: InputProps<CategoriseQuestion>) {
  const placed = placementsOf(response);
  return (
    <ul class="sort-list">
      {parts.map((itemId) => {
        const item = q.items.find((i) => i.id === itemId)!;
        const value = placed.get(item.id) ?? '';
        const id = `${name}-${item.id}`;
        const right = locked && value === item.bucket;
        return (
          <li key={item.id} class={`sort-item${locked ? (right ? ' option--right' : ' option--wrong') : ''}`}>
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
            {locked && (
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
