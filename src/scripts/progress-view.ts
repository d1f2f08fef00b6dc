/**
 * Shows progress on pages that only display it (the learning path, the home page) without a UI framework:
 * it renders the progress store into elements marked with data attributes, as text. Writes only.
 */
import { describeLesson, summarise } from '../lib/progress-summary';
import { saveStatusMessage } from '../lib/save-status';
import { $progress, $saveStatus } from '../stores/progress';

const statuses = document.querySelectorAll<HTMLElement>('[data-lesson-status]');
const summaries = document.querySelectorAll<HTMLElement>('[data-progress-summary]');
const notices = document.querySelectorAll<HTMLElement>('[data-storage-notice]');

$progress.subscribe((doc) => {
  for (const el of statuses) {
    const { state, text } = describeLesson(doc, el.dataset['lessonStatus']!, Number(el.dataset['questions']));
    el.textContent = text;
    el.dataset['state'] = state;
  }
  for (const el of summaries) {
    const ids = (el.dataset['progressSummary'] ?? '').split(' ').filter(Boolean);
    const s = summarise(doc, ids, new Date());
    for (const [key, value] of [
      ['read', s.read],
      ['passed', s.checksPassed],
      ['due', s.due],
      ['completion', s.completion],
    ] as const) {
      const bar = el.querySelector<HTMLProgressElement>(`progress[data-count="${key}"]`);
      const label = el.querySelector<HTMLElement>(`[data-count-label="${key}"]`);
      if (bar) bar.value = value;
      if (label) label.textContent = String(value);
    }
  }
});

$saveStatus.subscribe((status) => {
  const message = saveStatusMessage(status);
  for (const el of notices) {
    el.hidden = message === null;
    const text = el.querySelector('[data-message]');
    if (text) text.textContent = message ?? '';
  }
});
