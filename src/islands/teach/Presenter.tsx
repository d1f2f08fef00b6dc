import { ArrowLeft, ArrowRight, Eye, Keyboard, Maximize, Minimize, MonitorSmartphone, Pause, Play, Plus } from 'lucide';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import {
  apply,
  commandOfKey,
  EXTEND_SECONDS,
  initialState,
  isQuestionSlide,
  type PresenterCommand,
  type PresenterState,
} from '../../lib/teach/presenter';
import { encodeSet, formatSetId, missingMessage, setId } from '../../lib/teach/set-link';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { Countdown } from './Countdown';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel';
import { QrCode } from './QrCode';
import { QuestionView } from './QuestionView';
import { SetProblem } from './SetProblem';
import { setUrl, useSetFromAddress, type SetView } from './use-set';

interface Props {
  /** The question index, with the site's base. */
  indexUrl: string;
  /** `/teach/` (builder), `/teach/join/`, `/teach/results/`, `/teach/speaker/`, with the site's base. */
  builderHref: string;
  joinHref: string;
  resultsHref: string;
  speakerHref: string;
}

type Ready = Extract<SetView, { status: 'ready' }>;

/** The slide the address names (`&slide=3`, kept there so a reload resumes), or 0. */
function slideFromAddress(count: number): number {
  const m = /(?:^|&)slide=(\d{1,3})(?:&|$)/.exec(location.hash.replace(/^#/, ''));
  const n = m ? Number(m[1]) : 0;
  return n <= count + 1 ? n : 0;
}

/** The words for the screen reader after a command, or '' when nothing needs saying. */
function said(state: PresenterState, count: number, command: PresenterCommand): string {
  if (command === 'reveal') return 'Answer revealed.';
  if (command === 'pause') return state.countdown?.runningSince === null ? 'Countdown paused.' : 'Countdown running.';
  if (command === 'extend') return `${EXTEND_SECONDS} seconds added.`;
  if (state.position === 0) return 'Join slide.';
  if (state.position > count) return 'End of the quiz.';
  return `Question ${state.position} of ${count}.`;
}

/**
 * /teach/present/: the projected quiz. One slide at a time, large type for the back of the room: the join slide
 * (QR code and link), each question with its countdown and, on reveal, the right answer and explanation, then
 * the end. Keys (while the slides have the focus): → ← space p + f ?, also buttons. A speaker view in another
 * window follows it. It writes nothing to storage; the slide number is kept in the address so a reload resumes.
 */
export default function Presenter(props: Props) {
  const hydrated = useHydrated();
  const view = useSetFromAddress(props.indexUrl);
  return (
    <div class="presenter" data-testid="presenter" data-ready={view.status === 'ready' ? 'true' : undefined}>
      {!hydrated ? (
        <div class="page">
          <h1>Present a quiz</h1>
          <NeedsScript what="The presenter" />
        </div>
      ) : view.status === 'ready' ? (
        <Slides {...props} view={view} />
      ) : view.status === 'loading' ? (
        <div class="page">
          <h1>Present a quiz</h1>
          <p class="presenter__loading">Loading the quiz set…</p>
        </div>
      ) : (
        <div class="page">
          <h1>Present a quiz</h1>
          <SetProblem view={view} builderHref={props.builderHref} />
        </div>
      )}
    </div>
  );
}

function Slides({ view, builderHref, joinHref, resultsHref, speakerHref }: Props & { view: Ready }) {
  const { set, questions, missing } = view;
  const count = questions.length;
  const fragment = encodeSet(set);
  const idText = formatSetId(setId(set));
  const [state, setState] = useState<PresenterState>(() => {
    const start = slideFromAddress(count);
    return start === 0
      ? initialState()
      : apply({ ...initialState(), position: start - 1 }, 'next', count, set.timer, Date.now());
  });
  const [help, setHelp] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState('');
  const stage = useRef<HTMLElement>(null);
  const slide = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const channel = useRef<PresenterChannel | null>(null);
  const latest = useRef(state);
  latest.current = state;

  function run(command: PresenterCommand) {
    const next = apply(latest.current, command, count, set.timer, Date.now());
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
    setAnnounce(said(next, count, command));
  }

  // The speaker view: state out on every change, commands in.
  useEffect(() => {
    const c = openPresenterChannel(idText, (m) => {
      if (m.kind === 'hello') c?.post({ kind: 'state', state: latest.current });
      if (m.kind === 'command') run(m.command);
    });
    channel.current = c;
    return () => c?.close();
  }, [idText]);
  useEffect(() => {
    channel.current?.post({ kind: 'state', state });
    // The slide in the address, without a history entry: a reload resumes here, Back leaves the page.
    const hash = state.position === 0 ? fragment : `${fragment}&slide=${state.position}`;
    history.replaceState(history.state, '', `#${hash}`);
  }, [state]);

  // The slides take the focus and the screen, so the keys work at once and the header is scrolled away. In the
  // same task as the render that marks the presenter ready: a key pressed as soon as it says so is not lost.
  useLayoutEffect(() => {
    stage.current?.focus({ preventScroll: true });
    stage.current?.scrollIntoView({ block: 'start' });
    const onChange = () => setFullscreen(document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Type as large as the screen allows: a slide whose text does not fit scales it down, in steps, to 55% at most.
  useLayoutEffect(() => {
    const el = slide.current;
    if (!el) return;
    let fit = 1;
    el.style.setProperty('--fit', '1');
    while (el.scrollHeight > el.clientHeight + 1 && fit > 0.55) {
      fit -= 0.05;
      el.style.setProperty('--fit', fit.toFixed(2));
    }
  }, [state.position, state.revealed.length, fullscreen, size]);
  useEffect(() => {
    const onResize = () => setSize(innerWidth * 10_000 + innerHeight);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (help && !d.open) d.showModal();
    if (!help && d.open) d.close();
  }, [help]);

  function toggleFullscreen() {
    setProblem('');
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    const el = stage.current;
    if (!el?.requestFullscreen) {
      setProblem('This browser cannot show the slides full screen from the page; use its own full-screen key (F11).');
      return;
    }
    el.requestFullscreen().catch(() =>
      setProblem('The browser did not allow full screen; use its own full-screen key (F11).'),
    );
  }

  function openSpeaker() {
    window.open(setUrl(speakerHref, fragment), 'fg-teach-speaker', 'popup,width=1100,height=720');
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '?') {
      e.preventDefault();
      setHelp((h) => !h);
      return;
    }
    if (help) return;
    const target = e.target as HTMLElement;
    // Space and Enter keep their meaning on a focused button or link: they press it.
    const control = target.closest('button, a, input, select, textarea');
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      toggleFullscreen();
      return;
    }
    const command = commandOfKey(e.key);
    if (!command || (control && e.key === ' ')) return;
    e.preventDefault();
    run(command);
  }

  const position = state.position;
  const onQuestion = isQuestionSlide(position, count);
  const revealed = state.revealed.includes(position);
  const joinUrl = setUrl(joinHref, fragment);
  const timerWords = set.timer ? `${set.timer} seconds per question` : 'no timer';
  const feedbackWords = set.feedback === 'end' ? 'scores at the end' : 'the answer after each question';

  return (
    <section
      ref={stage}
      class={`presenter__stage${fullscreen ? ' presenter__stage--full' : ''}`}
      tabIndex={-1}
      aria-label={`Quiz set ${idText}: slides`}
      aria-keyshortcuts="ArrowRight ArrowLeft Space P F Shift+?"
      onKeyDown={onKeyDown}
      data-position={position}
      data-fullscreen={fullscreen ? 'true' : 'false'}
    >
      <h1 class="visually-hidden">Quiz set {idText}</h1>
      <div class="presenter__slide" ref={slide}>
        {position === 0 ? (
          <div class="slide-join">
            <div class="slide-join__text">
              <h2 class="slide-join__title">Join the quiz</h2>
              <p class="slide-join__how">Scan the code with your phone’s camera, or type the link:</p>
              <p class="slide-join__link">
                <a data-join-link href={joinUrl}>
                  {joinUrl.replace(/^https?:\/\//, '')}
                </a>
              </p>
              <p class="slide-join__facts">
                Set {idText} · {plural(count, 'question')} · {timerWords} · {feedbackWords}
              </p>
              {missing.length > 0 && <p class="notice">{missingMessage(missing)} The other questions are shown.</p>}
              <p class="slide-join__start">Press → to start.</p>
            </div>
            <QrCode text={joinUrl} label={`QR code of the join link for set ${idText}`} size={480} />
          </div>
        ) : onQuestion ? (
          <div class="slide-question">
            <QuestionView
              question={questions[position - 1]!}
              number={position}
              total={count}
              revealed={revealed}
              class="teach-question--slide"
            />
          </div>
        ) : (
          <div class="slide-end">
            <h2 class="slide-end__title">End of the quiz</h2>
            <p>
              {set.feedback === 'end'
                ? 'Finish on your phone to see your score and your result code.'
                : 'Your phone shows your score and your result code.'}{' '}
              Read the code out or show its QR code to the trainer.
            </p>
            <p>
              Trainer: <a href={setUrl(resultsHref, fragment)}>collect the result codes</a> to see the class’s results,
              most-missed questions first.
            </p>
          </div>
        )}
      </div>
      <div class="presenter__bar">
        <div class="presenter__timer">
          {onQuestion && state.countdown && <Countdown countdown={state.countdown} />}
          {onQuestion && !state.countdown && set.timer > 0 && revealed && <p class="countdown">Answer shown</p>}
        </div>
        <div class="presenter__controls" role="group" aria-label="Slide controls">
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => run('back')}
            disabled={position === 0}
            aria-keyshortcuts="ArrowLeft"
          >
            <Icon icon={ArrowLeft} />
            Back
          </button>
          <button
            type="button"
            class="button button--small"
            onClick={() => run('reveal')}
            disabled={!onQuestion || revealed}
            aria-keyshortcuts="Space"
          >
            <Icon icon={Eye} />
            Reveal
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => run('next')}
            disabled={position > count}
            aria-keyshortcuts="ArrowRight"
          >
            Next
            <Icon icon={ArrowRight} />
          </button>
          {onQuestion && state.countdown && (
            <>
              <button
                type="button"
                class="button button--ghost button--small"
                onClick={() => run('pause')}
                aria-keyshortcuts="P"
              >
                <Icon icon={state.countdown.runningSince === null ? Play : Pause} />
                {state.countdown.runningSince === null ? 'Resume' : 'Pause'}
              </button>
              <button
                type="button"
                class="button button--ghost button--small"
                onClick={() => run('extend')}
                aria-keyshortcuts="+"
              >
                <Icon icon={Plus} />
                {EXTEND_SECONDS} s
              </button>
            </>
          )}
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={toggleFullscreen}
            aria-keyshortcuts="F"
          >
            <Icon icon={fullscreen ? Minimize : Maximize} />
            {fullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
          <button type="button" class="button button--ghost button--small" onClick={openSpeaker}>
            <Icon icon={MonitorSmartphone} />
            Speaker view
          </button>
          <button
            type="button"
            class="button button--ghost button--small"
            onClick={() => setHelp(true)}
            aria-keyshortcuts="Shift+?"
          >
            <Icon icon={Keyboard} />
            Keys
          </button>
        </div>
        <p class="presenter__where">{position === 0 ? 'Join' : position > count ? 'End' : `${position} / ${count}`}</p>
      </div>
      {problem && (
        <p class="notice presenter__problem" role="alert">
          {problem}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite" data-testid="presenter-live">
        {announce}
      </p>
      <dialog
        ref={dialog}
        class="presenter__keys"
        aria-labelledby="presenter-keys-title"
        onClose={() => setHelp(false)}
      >
        <h2 id="presenter-keys-title">Keys</h2>
        <p>They work while the slides have the focus (click them, or Tab to them).</p>
        <dl class="presenter__keys-list">
          <dt>
            <kbd>→</kbd> or <kbd>Page Down</kbd>
          </dt>
          <dd>Next slide</dd>
          <dt>
            <kbd>←</kbd> or <kbd>Page Up</kbd>
          </dt>
          <dd>Previous slide</dd>
          <dt>
            <kbd>Space</kbd>
          </dt>
          <dd>Reveal the right answer and its explanation</dd>
          <dt>
            <kbd>P</kbd>
          </dt>
          <dd>Pause or resume the countdown</dd>
          <dt>
            <kbd>+</kbd>
          </dt>
          <dd>Add {EXTEND_SECONDS} seconds to the countdown</dd>
          <dt>
            <kbd>F</kbd>
          </dt>
          <dd>Full screen on or off</dd>
          <dt>
            <kbd>Home</kbd>
          </dt>
          <dd>Back to the join slide</dd>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>Show or hide this list</dd>
        </dl>
        <p>
          The speaker view (a second window for your laptop) shows the next question and the answer, and follows these
          slides. <a href={builderHref}>Change the set</a> on the Teach page.
        </p>
        <button type="button" class="button" onClick={() => setHelp(false)}>
          Close
        </button>
      </dialog>
    </section>
  );
}
