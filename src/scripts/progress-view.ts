/**
 * Shows progress on pages that only display it (the learning path, the home page) without a UI framework:
 * it renders the progress store into elements marked with data attributes, as text. Writes only.
 */
import { learnerSummary, type PathLessonRef } from '../lib/learner-summary';
import { nounFor } from '../lib/plural';
import { describeLesson, LESSON_STATE_BADGE, summarise } from '../lib/progress-summary';
import { ringDash } from '../lib/ring';
import { saveStatusMessage } from '../lib/save-status';
import { $progress, $saveStatus } from '../stores/progress';

const statuses = document.querySelectorAll<HTMLElement>('[data-lesson-status]');
const summaries = document.querySelectorAll<HTMLElement>('[data-progress-summary]');
const learners = document.querySelectorAll<HTMLElement>('[data-learner]');
const notices = document.querySelectorAll<HTMLElement>('[data-storage-notice]');

/** A lesson of the path as the home page lists it in `data-lessons`: id, title, link. */
type LessonLink = PathLessonRef & { href: string };

/** The lessons in path order, from the JSON the page built into `data-lessons`. */
function lessonsOf(el: HTMLElement): LessonLink[] {
  try {
    const list: unknown = JSON.parse(el.dataset['lessons'] ?? '[]');
    return Array.isArray(list)
      ? (list as [string, string, string][]).map(([id, title, href]) => ({ id, title, href }))
      : [];
  } catch {
    return [];
  }
}

/** Sets the text of every element in `root` marked `data-<name>`. */
function setText(root: HTMLElement, name: string, text: string) {
  for (const el of root.querySelectorAll<HTMLElement>(`[data-${name}]`)) el.textContent = text;
}

/** Draws `percent` on the progress rings in `root`. */
function setRing(root: HTMLElement, percent: number) {
  for (const ring of root.querySelectorAll('[data-ring]')) {
    ring.querySelector('.ring__value')?.setAttribute('stroke-dasharray', ringDash(percent));
    const number = ring.querySelector('[data-ring-number]');
    if (number) number.textContent = String(percent);
  }
}

$progress.subscribe((doc) => {
  const now = new Date();
  for (const el of statuses) {
    const { state, text } = describeLesson(doc, el.dataset['lessonStatus']!, Number(el.dataset['questions']));
    setText(el, 'status-text', text);
    el.dataset['state'] = state;
    el.className = `badge lesson-status ${LESSON_STATE_BADGE[state]}`;
  }
  for (const el of summaries) {
    const ids = (el.dataset['progressSummary'] ?? '').split(' ').filter(Boolean);
    const s = summarise(doc, ids, now);
    setText(el, 'count-label="read"', String(s.read));
    setText(el, 'count-label="passed"', String(s.checksPassed));
    setText(el, 'count-label="due"', String(s.due));
    setText(el, 'plural-label="due"', `${nounFor(s.due, 'question')} due for review`);
    setRing(el, s.completion);
  }
  for (const el of learners) {
    const lessons = lessonsOf(el);
    const s = learnerSummary(doc, lessons, now);
    el.dataset['learnerState'] = s.state;
    // Marks that the learner's own state is shown (tests wait for it; the built page shows a new visitor's).
    el.dataset['learnerReady'] = 'true';
    if (s.state === 'new') continue;
    if (s.next) {
      setText(el, 'next-title', s.next.title);
      for (const a of el.querySelectorAll<HTMLAnchorElement>('[data-next-link]')) a.href = s.next.href;
    }
    setText(el, 'streak', String(s.streak.days));
    setText(el, 'streak-label', `${nounFor(s.streak.days, 'day')} in a row`);
    setText(
      el,
      'streak-note',
      s.streak.days === 0
        ? 'Read a lesson or answer a question to start one.'
        : s.streak.activeToday
          ? 'Today counts.'
          : 'Study today to keep it going.',
    );
    setText(el, 'due', String(s.due));
    setText(el, 'due-label', `${nounFor(s.due, 'question')} due for review`);
    setRing(el, s.completion);
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
