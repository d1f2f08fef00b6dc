import type { IconNode } from 'lucide';
import { h } from 'preact';

interface Props {
  /** One Lucide icon, imported by name (`import { Download } from 'lucide'`) so only it is bundled. */
  icon: IconNode;
  /** An accessible name; leave out for icons beside words that already say it. */
  label?: string;
  size?: number;
}

/** The islands' twin of components/Icon.astro: the same SVG, drawn by Preact. */
export function Icon({ icon, label, size = 24 }: Props) {
  return (
    <svg
      class="icon"
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden={label ? undefined : 'true'}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
    >
      {icon.map(([tag, attrs], i) => h(tag, { key: i, ...attrs }))}
    </svg>
  );
}
