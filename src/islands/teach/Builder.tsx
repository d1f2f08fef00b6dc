import { Copy, FileDown, FileText, KeyRound, MonitorPlay, Shuffle, Users } from 'lucide';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import { bankProblemMessage, indexProblemMessage, questionBanks } from '../../lib/question-banks';
import type { QuestionType } from '../../lib/quiz';
import { randomSeed } from '../../lib/random';
import { buildSet, type SelectableQuestion } from '../../lib/teach/build-set';
import { loadSetQuestions, type MissingQuestion } from '../../lib/teach/load-set';
import {
  decodeSet,
  encodeSet,
  formatSetId,
  MAX_SET_QUESTIONS,
  missingMessage,
  setId,
  TIMER_CHOICES,
  type QuizSet,
  type TimerSeconds,
} from '../../lib/teach/set-link';
import { showToast } from '../../scripts/toast';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { QrCode } from './QrCode';
import { QuestionView } from './QuestionView';
import { currentFragment, setQuestionsOf, setUrl, type SetQuestion } from './use-set';

interface Lesson {
  id: string;
  title: string;
  track: string;
}

interface Props {
  indexUrl: string;
  tracks: { id: string; title: string }[];
  /** Every lesson in path order, with its track. */
  lessons: Lesson[];
  /** The set's pages, with the site's base. */
  hrefs: { present: string; join: string; print: string; key: string; results: string; exports: string };
}

/** The question types, in the words the builder uses for them. */
const TYPES: { id: QuestionType; label: string }[] = [
  { id: 'single', label: 'Single choice' },
  { id: 'multiple', label: 'Multiple choice' },
  { id: 'true-false', label: 'True or false' },
  { id: 'numeric', label: 'Number' },
  { id: 'order', label: 'Put in order' },
  { id: 'categorise', label: 'Sort into groups' },
];

interface Choice {
  lessons: string[];
  types: QuestionType[];
  /** As typed; checked before use. */
  count: string;
  timer: TimerSeconds;
  feedback: 'end' | 'each';
  seed: number;
}

/** A set's seed as the link writes it: 7 characters after the version. */
const seedText = (set: QuizSet) => encodeSet(set).split('.')[1] ?? '';

/** The count typed, when it is a whole number from 1 to 50; else null. */
function countOf(text: string): number | null {
  const n = Number(text.trim());
  return /^\d{1,2}$/.test(text.trim()) && n >= 1 && n <= MAX_SET_QUESTIONS ? n : null;
}

/** Offers `text` on the clipboard and says what happened. */
function copy(text: string, what: string) {
  // The clipboard may be refused (an old browser, a denied permission): say so, and where the link is instead.
  const refused = () => showToast('This browser did not let the page copy. Open the link and copy its address.');
  if ('clipboard' in navigator) navigator.clipboard.writeText(text).then(() => showToast(`${what} copied.`), refused);
  else refused();
}

/**
 * /teach/: builds a classroom quiz set from the question banks (lessons, question types, how many, time per
 * question, when learners see their score, and a seed to shuffle again), previews it, and gives its links: the
 * presenter, the join link with its QR code, the printable quiz, the answer key and the class results. The set
 * is kept in the page's own address, so the page can be bookmarked; opening such a link restores the set.
 */
export default function Builder({ indexUrl, tracks, lessons, hrefs }: Props) {
  const hydrated = useHydrated();
  const banks = useMemo(() => questionBanks(indexUrl), [indexUrl]);
  const [choice, setChoice] = useState<Choice>({
    lessons: lessons.map((l) => l.id),
    types: TYPES.map((t) => t.id),
    count: '10',
    timer: 30,
    feedback: 'end',
    seed: 0,
  });
  /** The set: built from the choice, or the one a bookmarked link names, kept as it is until the trainer changes it. */
  const [set, setSet] = useState<QuizSet | null>(null);
  const [fromLink, setFromLink] = useState(false);
  const [linkProblem, setLinkProblem] = useState('');
  const [pool, setPool] = useState<SelectableQuestion[] | null>(null);
  const [loadProblem, setLoadProblem] = useState('');
  const [shortBy, setShortBy] = useState(0);
  const [preview, setPreview] = useState<{ questions: SetQuestion[]; missing: MissingQuestion[] } | null>(null);
  const ready = useRef(false);

  // Start: a set in the address is restored; otherwise a fresh seed.
  useEffect(() => {
    const fragment = currentFragment();
    const decoded = fragment ? decodeSet(fragment) : null;
    if (decoded && !decoded.ok) setLinkProblem(decoded.reason);
    if (decoded?.ok) {
      const s = decoded.set;
      setFromLink(true);
      setSet(s);
      void loadSetQuestions(s, banks).then((loaded) => {
        if (!loaded.ok) return setLoadProblem(loaded.message);
        const inSet = new Set(loaded.questions.map((q) => loaded.lessonOf.get(q.id)?.id));
        setChoice({
          lessons: lessons.filter((l) => inSet.has(l.id)).map((l) => l.id),
          types: TYPES.map((t) => t.id).filter((t) => loaded.questions.some((q) => q.type === t)),
          count: String(s.keys.length),
          timer: s.timer,
          feedback: s.feedback,
          seed: s.seed,
        });
        ready.current = true;
      });
    } else {
      setChoice((c) => ({ ...c, seed: randomSeed() }));
      ready.current = true;
    }
  }, []);

  // The pool: every question of the chosen lessons, with its type.
  const lessonKey = choice.lessons.join(',');
  useEffect(() => {
    let stale = false;
    void (async () => {
      const index = await banks.loadIndex();
      if (!index.ok) return !stale && setLoadProblem(indexProblemMessage(index.problem));
      const chosen = index.index.lessons.filter((l) => choice.lessons.includes(l.id));
      const files = await banks.loadBanks(chosen.map((l) => l.bank));
      if (stale) return;
      const out: SelectableQuestion[] = [];
      for (const l of chosen) {
        const file = files.get(l.bank)!;
        if (!file.ok) return setLoadProblem(bankProblemMessage(l.title, file.problem));
        for (const q of file.bank.questions) out.push({ id: q.id, type: q.type, lesson: l.id });
      }
      setLoadProblem('');
      setPool(out);
    })();
    return () => {
      stale = true;
    };
  }, [lessonKey]);

  /** Applies a change the trainer made: the set is built again from the choice. */
  function change(next: Partial<Choice>) {
    setChoice((c) => ({ ...c, ...next }));
    setFromLink(false);
    setLinkProblem('');
  }

  const count = countOf(choice.count);
  const available = pool?.filter((q) => choice.types.includes(q.type)).length ?? 0;
  const blocker =
    choice.lessons.length === 0
      ? 'Choose at least one lesson.'
      : choice.types.length === 0
        ? 'Choose at least one type of question.'
        : count === null
          ? `Choose how many questions: a whole number from 1 to ${MAX_SET_QUESTIONS}.`
          : pool && available === 0
            ? 'The chosen lessons have no questions of the chosen types. Choose more lessons or types.'
            : '';

  // Builds the set again whenever the choice changes (not while a bookmarked set is shown as it was).
  useEffect(() => {
    if (fromLink || !ready.current || !pool || blocker || count === null) return;
    const built = buildSet(pool, {
      lessons: choice.lessons,
      types: choice.types,
      count,
      timer: choice.timer,
      feedback: choice.feedback,
      seed: choice.seed,
    });
    setSet(built.set);
    setShortBy(built.shortBy);
  }, [pool, choice, fromLink, blocker]);

  // The preview and the address follow the set.
  useEffect(() => {
    if (!set) return;
    if (!linkProblem) history.replaceState(history.state, '', `#${encodeSet(set)}`);
    let stale = false;
    void loadSetQuestions(set, banks).then((loaded) => {
      if (stale) return;
      if (!loaded.ok) return setLoadProblem(loaded.message);
      setPreview({
        missing: loaded.missing,
        questions: setQuestionsOf(set, loaded),
      });
    });
    return () => {
      stale = true;
    };
  }, [set && encodeSet(set)]);

  const trackState = (trackId: string) => {
    const ids = lessons.filter((l) => l.track === trackId).map((l) => l.id);
    const on = ids.filter((id) => choice.lessons.includes(id)).length;
    return { ids, all: on === ids.length, some: on > 0 && on < ids.length };
  };
  const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const inPathOrder = (ids: string[]) => lessons.map((l) => l.id).filter((id) => ids.includes(id));
  const showSet = set && !blocker && preview;

  return (
    <div class="teach-builder" data-testid="teach-builder" data-ready={showSet ? 'true' : undefined}>
      {!hydrated && <NeedsScript what="Building a quiz set" />}
      {linkProblem && (
        <div class="notice" role="alert" data-set-problem="bad-link">
          <p>
            <strong>The set in this link cannot be used.</strong> {linkProblem}
          </p>
          <p>Build a new set below; the link stays in the address until you change something.</p>
        </div>
      )}
      {loadProblem && (
        <p class="notice" role="alert">
          {loadProblem}
        </p>
      )}
      <form class="teach-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="teach-choose">
        <h2 id="teach-choose">Choose the questions</h2>
        <fieldset class="teach-lessons">
          <legend>Lessons</legend>
          <div class="teach-form__row">
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => change({ lessons: lessons.map((l) => l.id) })}
            >
              All lessons
            </button>
            <button type="button" class="button button--ghost button--small" onClick={() => change({ lessons: [] })}>
              None
            </button>
          </div>
          <div class="teach-lessons__tracks">
            {tracks.map((t) => {
              const st = trackState(t.id);
              return (
                <fieldset key={t.id} class="teach-track">
                  <legend>{t.title}</legend>
                  <label class="teach-check teach-check--track">
                    <input
                      type="checkbox"
                      checked={st.all}
                      indeterminate={st.some}
                      disabled={!hydrated}
                      onChange={(e) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const rest = choice.lessons.filter((id) => !st.ids.includes(id));
                        change({ lessons: inPathOrder(on ? [...rest, ...st.ids] : rest) });
                      }}
                    />
                    Every lesson of this track
                  </label>
                  <ul class="teach-track__lessons">
                    {lessons
                      .filter((l) => l.track === t.id)
                      .map((l) => (
                        <li key={l.id}>
                          <label class="teach-check">
                            <input
                              type="checkbox"
                              name="lesson"
                              value={l.id}
                              checked={choice.lessons.includes(l.id)}
                              disabled={!hydrated}
                              onChange={(e) =>
                                change({
                                  lessons: inPathOrder(
                                    toggle(choice.lessons, l.id, (e.target as HTMLInputElement).checked),
                                  ),
                                })
                              }
                            />
                            {l.title}
                          </label>
                        </li>
                      ))}
                  </ul>
                </fieldset>
              );
            })}
          </div>
        </fieldset>
        <fieldset class="teach-types">
          <legend>Types of question</legend>
          <ul class="teach-types__list">
            {TYPES.map((t) => {
              const n = pool?.filter((q) => q.type === t.id).length;
              return (
                <li key={t.id}>
                  <label class="teach-check">
                    <input
                      type="checkbox"
                      name="type"
                      value={t.id}
                      checked={choice.types.includes(t.id)}
                      disabled={!hydrated}
                      onChange={(e) =>
                        change({
                          types: TYPES.map((x) => x.id).filter((id) =>
                            id === t.id ? (e.target as HTMLInputElement).checked : choice.types.includes(id),
                          ),
                        })
                      }
                    />
                    {t.label}
                    {n !== undefined && <span class="teach-check__count"> ({plural(n, 'question')})</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div class="teach-form__grid">
          <p class="teach-field">
            <label for="teach-count">Number of questions (1–{MAX_SET_QUESTIONS})</label>
            <input
              id="teach-count"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_SET_QUESTIONS}
              step={1}
              value={choice.count}
              disabled={!hydrated}
              aria-invalid={count === null ? 'true' : undefined}
              aria-describedby={count === null ? 'teach-blocker' : undefined}
              onInput={(e) => change({ count: (e.target as HTMLInputElement).value })}
            />
          </p>
          <p class="teach-field">
            <label for="teach-timer">Time per question</label>
            <select
              id="teach-timer"
              value={String(choice.timer)}
              disabled={!hydrated}
              onChange={(e) => change({ timer: Number((e.target as HTMLSelectElement).value) as TimerSeconds })}
            >
              {TIMER_CHOICES.map((s) => (
                <option key={s} value={String(s)}>
                  {s === 0 ? 'No timer' : s < 60 ? `${s} seconds` : s === 60 ? '1 minute' : `${s / 60} minutes`}
                </option>
              ))}
            </select>
          </p>
          <fieldset class="segmented teach-feedback">
            <legend>Learners see their score</legend>
            <label>
              <input
                type="radio"
                name="feedback"
                value="end"
                checked={choice.feedback === 'end'}
                disabled={!hydrated}
                onChange={() => change({ feedback: 'end' })}
              />
              At the end
            </label>
            <label>
              <input
                type="radio"
                name="feedback"
                value="each"
                checked={choice.feedback === 'each'}
                disabled={!hydrated}
                onChange={() => change({ feedback: 'each' })}
              />
              After each question
            </label>
          </fieldset>
        </div>
        <p class="teach-seed">
          <span>
            Order and choice of questions: seed <code data-seed>{set ? seedText(set) : '…'}</code>
          </span>
          <button
            type="button"
            class="button button--secondary"
            disabled={!hydrated}
            onClick={() => change({ seed: randomSeed() })}
          >
            <Icon icon={Shuffle} size={18} />
            Shuffle again
          </button>
        </p>
        {blocker && (
          <p class="notice" id="teach-blocker" role="status">
            {blocker}
          </p>
        )}
      </form>
      {showSet && <SetOutput set={set} preview={preview} shortBy={fromLink ? 0 : shortBy} hrefs={hrefs} />}
    </div>
  );
}

function SetOutput({
  set,
  preview,
  shortBy,
  hrefs,
}: {
  set: QuizSet;
  preview: { questions: SetQuestion[]; missing: MissingQuestion[] };
  shortBy: number;
  hrefs: Props['hrefs'];
}) {
  const fragment = encodeSet(set);
  const idText = formatSetId(setId(set));
  const join = setUrl(hrefs.join, fragment);
  const present = setUrl(hrefs.present, fragment);
  const here = setUrl(location.pathname, fragment);
  const lessonsIn = new Set(preview.questions.map((q) => q.lesson)).size;
  const { questions, missing } = preview;
  return (
    <section class="teach-set" aria-labelledby="teach-set-title" data-set-id={idText}>
      <h2 id="teach-set-title">Set {idText}</h2>
      <p class="teach-set__summary" data-testid="set-summary">
        {plural(set.keys.length, 'question')} from {plural(lessonsIn, 'lesson')},{' '}
        {set.timer ? `${set.timer} seconds each` : 'no timer'},{' '}
        {set.feedback === 'end' ? 'score at the end' : 'answer after each question'}.
      </p>
      {shortBy > 0 && (
        <p class="notice" role="status">
          Only {plural(set.keys.length, 'question')} match your choice, {shortBy} fewer than you asked for. Choose more
          lessons or types for a longer set.
        </p>
      )}
      {missing.length > 0 && (
        <p class="notice" role="alert" data-missing>
          {missingMessage(missing)} The presenter, the phones and the printouts show the other{' '}
          {plural(questions.length, 'question')}; a new set (change anything above) leaves it out.
        </p>
      )}
      <div class="teach-links">
        <div class="card teach-links__join">
          <h3 class="card__title">Learners join</h3>
          <p>
            They scan the code or open the link on their phone:{' '}
            <a data-join-link href={join} class="teach-links__url">
              {join}
            </a>
          </p>
          <QrCode text={join} label={`QR code of the join link for set ${idText}`} size={220} />
          <button type="button" class="button button--secondary button--small" onClick={() => copy(join, 'Join link')}>
            <Icon icon={Copy} size={18} />
            Copy the join link
          </button>
        </div>
        <div class="card teach-links__list">
          <h3 class="card__title">Run it</h3>
          <ul class="teach-links__items">
            <li>
              <Icon icon={MonitorPlay} />
              <a data-presenter-link href={present}>
                Present on the projector
              </a>{' '}
              <button
                type="button"
                class="button button--ghost button--small"
                onClick={() => copy(present, 'Presenter link')}
              >
                <Icon icon={Copy} size={16} />
                Copy
              </button>
            </li>
            <li>
              <Icon icon={FileText} />
              <a data-print-link href={setUrl(hrefs.print, fragment)}>
                Printable quiz
              </a>
            </li>
            <li>
              <Icon icon={KeyRound} />
              <a data-key-link href={setUrl(hrefs.key, fragment)}>
                Answer key
              </a>
            </li>
            <li>
              <Icon icon={Users} />
              <a data-results-link href={setUrl(hrefs.results, fragment)}>
                Class results
              </a>{' '}
              (paste or scan the learners’ result codes)
            </li>
            <li>
              <Icon icon={FileDown} />
              <a data-exports-link href={setUrl(hrefs.exports, fragment)}>
                Use these questions elsewhere
              </a>{' '}
              (Moodle, Canvas, Blackboard, Brightspace, Kahoot, a spreadsheet)
            </li>
          </ul>
          <p class="teach-links__keep">
            Keep this set: bookmark this page, or{' '}
            <button
              type="button"
              class="button button--ghost button--small"
              onClick={() => copy(here, 'Link to this set')}
              data-copy-set
            >
              <Icon icon={Copy} size={16} />
              copy its link
            </button>
            . The questions, their order and the timer are all in the link; nothing is stored anywhere else.
          </p>
        </div>
      </div>
      <h2 id="teach-preview">Preview</h2>
      <ol class="teach-preview" aria-labelledby="teach-preview">
        {questions.map((q, i) => (
          <li key={q.canonical.id}>
            <QuestionView question={q} number={i + 1} total={questions.length} revealed={false} level={3} disclosure />
          </li>
        ))}
      </ol>
    </section>
  );
}
