import { ArrowLeft, ArrowRight, Eye, Pause, Play, Plus } from 'lucide';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  commandOfKey,
  EXTEND_SECONDS,
  isPresenterState,
  isQuestionSlide,
  type PresenterCommand,
  type PresenterState,
} from '../../lib/teach/presenter';
import { encodeSet, formatSetId, setId } from '../../lib/teach/set-link';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { Countdown } from './Countdown';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel';
import { QuestionView } from './QuestionView';
import { SetProblem } from './SetProblem';
import { setUrl, useSetFromAddress, type SetView } from './use-set';

interface Props {
  indexUrl: string;
  /** `/teach/` and `/teach/present/`, with the site's base. */
  builderHref: string;
  presenterHref: string;
}

type Ready = Extract<SetView, { status: 'ready' }>;

/**
 * /teach/speaker/: the trainer's own window beside the projected one. It follows the presenter through a
 * BroadcastChannel: the slide on screen with its answer and explanation (the notes), the countdown, and the next
 * question; its buttons and keys drive the projected slides.
 */
export default function Speaker(props: Props) {
  const hydrated = useHydrated();
  const view = useSetFromAddress(props.indexUrl);
  return (
    <div class="speaker page" data-testid="speaker" data-ready={view.status === 'ready' ? 'true' : undefined}>
      <h1>Speaker view</h1>
      {!hydrated ? (
        <NeedsScript what="The speaker view" />
      ) : view.status === 'ready' ? (
        <Follow {...props} view={view} />
      ) : view.status === 'loading' ? (
        <p>Loading the quiz set…</p>
      ) : (
        <SetProblem view={view} builderHref={props.builderHref} />
      )}
    </div>
  );
}

function Follow({ view, presenterHref }: Props & { view: Ready }) {
  const { set, questions } = view;
  const count = questions.length;
  const idText = formatSetId(setId(set));
  const [state, setState] = useState<PresenterState | null>(null);
  const [supported, setSupported] = useState(true);
  const channel = useRef<PresenterChannel | null>(null);

  useEffect(() => {
    const c = openPresenterChannel(idText, (m) => {
      if (m.kind === 'state' && isPresenterState(m.state, count)) setState(m.state);
    });
    channel.current = c;
    if (!c) setSupported(false);
    // Asks an open presenter for where it is; one that opens later sends its state when it starts.
    c?.post({ kind: 'hello' });
    return () => c?.close();
  }, [idText, count]);

  const send = (command: PresenterCommand) => channel.current?.post({ kind: 'command', command });

  function onKeyDown(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const control = (e.target as HTMLElement).closest('button, a, input, select, textarea');
    const command = commandOfKey(e.key);
    if (!command || (control && e.key === ' ')) return;
    e.preventDefault();
    send(command);
  }

  const presenterUrl = setUrl(presenterHref, encodeSet(set));
  if (!supported) {
    return (
      <p class="notice" role="alert">
        This browser cannot link two windows (it has no BroadcastChannel), so the speaker view cannot follow the slides.
        Use the <a href={presenterUrl}>presenter</a> alone.
      </p>
    );
  }
  if (!state) {
    return (
      <p class="notice" data-speaker-status="waiting">
        Set {idText}: waiting for the presenter window. Open the <a href={presenterUrl}>presenter</a> in another window
        (or press “Speaker view” there); this view follows it.
      </p>
    );
  }
  const position = state.position;
  const onQuestion = isQuestionSlide(position, count);
  const nextPosition = position + 1;
  const next = isQuestionSlide(nextPosition, count) ? questions[nextPosition - 1]! : null;
  return (
    <section
      class="speaker__follow"
      tabIndex={-1}
      aria-label={`Set ${idText}: following the presenter`}
      onKeyDown={onKeyDown}
      data-speaker-status="following"
      data-position={position}
    >
      <div class="speaker__bar">
        <p class="speaker__now" aria-live="polite">
          <strong>
            {position === 0 ? 'Join slide' : onQuestion ? `Question ${position} of ${count}` : 'End of the quiz'}
          </strong>{' '}
          on the screen
        </p>
        {state.countdown && <Countdown countdown={state.countdown} class="countdown--small" />}
        <div class="presenter__controls" role="group" aria-label="Slide controls">
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => send('back')}
            disabled={position === 0}
          >
            <Icon icon={ArrowLeft} />
            Back
          </button>
          <button
            type="button"
            class="button button--small"
            onClick={() => send('reveal')}
            disabled={!onQuestion || state.revealed.includes(position)}
          >
            <Icon icon={Eye} />
            Reveal
          </button>
          <button
            type="button"
            class="button button--secondary button--small"
            onClick={() => send('next')}
            disabled={position > count}
          >
            Next
            <Icon icon={ArrowRight} />
          </button>
          {state.countdown && (
            <>
              <button type="button" class="button button--ghost button--small" onClick={() => send('pause')}>
                <Icon icon={state.countdown.runningSince === null ? Play : Pause} />
                {state.countdown.runningSince === null ? 'Resume' : 'Pause'}
              </button>
              <button type="button" class="button button--ghost button--small" onClick={() => send('extend')}>
                <Icon icon={Plus} />
                {EXTEND_SECONDS} s
              </button>
            </>
          )}
        </div>
      </div>
      <div class="speaker__columns">
        <div class="speaker__current">
          <h2>Now, with the answer</h2>
          {onQuestion ? (
            <QuestionView question={questions[position - 1]!} number={position} total={count} revealed level={3} />
          ) : (
            <p>
              {position === 0
                ? 'The join slide: the QR code and the link.'
                : 'The end slide: learners finish and read out their result codes.'}
            </p>
          )}
        </div>
        <div class="speaker__next" data-next-question-id={next?.canonical.id}>
          <h2>Next</h2>
          {next ? (
            <>
              <p class="teach-question__meta">
                Question {nextPosition} of {count} · {next.lesson}
              </p>
              <p class="speaker__next-prompt">{next.canonical.prompt}</p>
            </>
          ) : (
            <p>{position > count ? 'Nothing: this is the last slide.' : 'The end slide.'}</p>
          )}
        </div>
      </div>
    </section>
  );
}
