/**
 * "A new version is ready" (issue 14): shown when a newer service worker has installed and waits. Reload switches
 * to it (the page reloads once the new worker controls it); Later hides the prompt until the next page. Nothing is
 * lost by reloading: every answer and setting is saved as it is given. Another open tab that switches first does
 * not reload this one: a class may be in the middle of a quiz here.
 */
export function offer(reg: ServiceWorkerRegistration): void {
  if (document.querySelector('.update-prompt')) return;
  const box = document.createElement('div');
  box.className = 'update-prompt';
  box.setAttribute('role', 'status');
  box.dataset['testid'] = 'update-prompt';
  const text = document.createElement('p');
  text.className = 'update-prompt__text';
  text.textContent = 'A new version of the site is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button--small';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button button--small button--quiet';
  later.textContent = 'Later';
  box.append(text, reload, later);
  document.body.append(box);

  reload.addEventListener('click', () => {
    reload.disabled = true;
    reload.textContent = 'Reloading…';
    const waiting = reg.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('skip-waiting');
  });
  later.addEventListener('click', () => box.remove());
}
