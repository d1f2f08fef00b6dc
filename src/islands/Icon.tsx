import type { IconNode } from 'lucide';
import { h } from 'preact';

interface Props {
  /** One Lucide icon, imported by name (`import { Download } from 'lucide'`) so only it is bundled. */
  icon: IconNode;
  /** An accessible name; leave out for icons beside words that already say it. */
  label?: string | undefined;
  size?: number | undefined;
  class?: string | undefined;
}

/**
 * A Lucide icon as inline SVG: no icon font, no request. Islands use it directly; pages use components/Icon.astro,
 * which looks the icon up by name and renders this at build time.
 */
export function Icon({ icon, label, size = 24, class: className }: Props) {
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
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
