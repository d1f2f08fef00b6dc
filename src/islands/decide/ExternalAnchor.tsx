import { ExternalLink as ExternalIcon } from 'lucide';
import type { ExternalLink } from '../../lib/decide/model';
import { Icon } from '../Icon';

/** A link to another site, marked as such in words (for screen readers) and with an icon. */
export function ExternalAnchor({ link }: { link: ExternalLink }) {
  return (
    <a href={link.href} rel="noopener noreferrer" data-external>
      {link.title}
      <span class="visually-hidden"> (another site)</span>
      <Icon icon={ExternalIcon} size={16} class="decide-external" />
    </a>
  );
}
