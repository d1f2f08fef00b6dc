import { ringDash } from '../lib/ring';

interface Props {
  /** 0–100; rounded for display. */
  percent: number;
  caption: string;
  small?: boolean;
}

/** The islands' twin of components/ProgressRing.astro: a percentage as an arc, the figure and caption inside. */
export function ProgressRing({ percent, caption, small = false }: Props) {
  const shown = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div class={small ? 'ring ring--small' : 'ring'}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="ring__track" cx="60" cy="60" r="52" />
        <circle class="ring__value" cx="60" cy="60" r="52" stroke-dasharray={ringDash(shown)} />
      </svg>
      <p class="ring__label">
        <span class="ring__number">{shown}%</span>
        <span class="ring__caption">{caption}</span>
      </p>
    </div>
  );
}
