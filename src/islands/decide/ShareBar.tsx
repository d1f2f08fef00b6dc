import { Copy, Printer } from 'lucide';
import { showToast } from '../../scripts/toast';
import { Icon } from '../Icon';

/**
 * The result's link (`<a data-result-link>`, answers in its fragment), a button that copies it, and one that
 * prints the report (the print stylesheet leaves out the site's header, navigation and every button).
 */
export function ShareBar({ href }: { href: string }) {
  const copy = () => {
    // The clipboard may be refused (an old browser, a denied permission): say so, and where the link is instead.
    void navigator.clipboard?.writeText(href).then(
      () => showToast('Link copied. Anyone who opens it sees this result; nothing else is shared.'),
      () => showToast('This browser did not let the page copy. Open “Link to this result” and copy its address.'),
    );
  };
  return (
    <div class="decide-share">
      <p class="decide-share__text">
        Keep or send this result: the link holds your answers after its <code>#</code>, which browsers never send to a
        server.{' '}
        <a data-result-link href={href}>
          Link to this result
        </a>
      </p>
      <div class="decide-actions">
        <button type="button" class="button button--secondary" onClick={copy}>
          <Icon icon={Copy} size={18} />
          Copy the link
        </button>
        <button type="button" class="button button--secondary" onClick={() => print()}>
          <Icon icon={Printer} size={18} />
          Print this report
        </button>
      </div>
    </div>
  );
}
