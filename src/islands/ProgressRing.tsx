import { ringDash } from '../lib/ring';

interface Props {
  /** 0–100; rounded for display. */
  percent: number;
  caption: string;
  small?: boolean;
  /** Names the ring for a page script that updates it (`data-ring`): it sets the `.ring__value` circle's
   * stroke-dasharray to ringDash(p) and the `[data-ring-number]` text. */
  id?: string;
}

/**
 * The design system's progress ring: a percentage drawn as an arc, with the figure and a caption inside. Islands
 * render it live; pages render it at build time (`<ProgressRing client:… />` is never needed) and update it from
 * a page script through `id`.
 */
export function ProgressRing({ percent, caption, small = false, id }: Props) {
  const shown = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div class={small ? 'ring ring--small' : 'ring'} data-ring={id}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="ring__track" cx="60" cy="60" r="52" />
        <circle class="ring__value" cx="60" cy="60" r="52" stroke-dasharray={ringDash(shown)} />
      </svg>
      <p class="ring__label">
        <span class="ring__number">
          <span data-ring-number>{shown}</span>%
        </span>
        <span class="ring__caption">{caption}</span>
      </p>
    </div>
  );
}
