/**
 * Toasts: short confirmations ("Progress exported") at the bottom of the screen. One region per page, a status
 * role so screen readers announce each message politely without moving focus. A toast stays while the pointer or
 * focus is on it, closes with its button or Escape, and otherwise leaves after a few seconds; what it confirms has
 * already happened, so nothing is lost if it is missed.
 */
const STAY_MS = 6000;

/** The page's toast region, created on first use. */
function region(): HTMLElement {
  let el = document.querySelector<HTMLElement>('.toast-region');
  if (!el) {
    el = document.createElement('div');
    el.className = 'toast-region';
    el.setAttribute('role', 'status');
    el.dataset.testid = 'toast-region';
    document.body.append(el);
  }
  return el;
}

/** Shows `message` as a toast; returns a function that closes it early. */
export function showToast(message: string): () => void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  const text = document.createElement('span');
  text.className = 'toast__text';
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'toast__close';
  close.setAttribute('aria-label', 'Dismiss');
  close.innerHTML =
    '<svg class="icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M18 6 6 18M6 6l12 12"/></svg>';
  toast.append(text, close);

  let timer = 0;
  const remove = () => {
    clearTimeout(timer);
    toast.remove();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(remove, STAY_MS);
  };
  close.addEventListener('click', remove);
  toast.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') remove();
  });
  toast.addEventListener('pointerenter', () => clearTimeout(timer));
  toast.addEventListener('pointerleave', schedule);
  toast.addEventListener('focusin', () => clearTimeout(timer));
  toast.addEventListener('focusout', schedule);
  region().append(toast);
  schedule();
  return remove;
}
