import { CircleAlert } from 'lucide';
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeAnswers, encodeAnswers } from '../../lib/decide/link';
import type { Answers, Questionnaire } from '../../lib/decide/model';
import { scoreAnswers, type Result } from '../../lib/decide/score';
import { isResultFragment, knownAnswers, withFragment } from '../../lib/recommendation-view';
import { plural } from '../../lib/plural';
import { answerQuestion, decideStore, finishRun, goToQuestion, startOver } from '../../stores/decide';
import { Icon } from '../Icon';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { useStore } from '../use-store';
import { DecideStorageNotice } from './DecideStorageNotice';
import { EarlierRuns } from './EarlierRuns';
import { Recommendation } from './Recommendation';
import { ResultDetails } from './ResultDetails';
import { ShareBar } from './ShareBar';
import { Stepper } from './Stepper';

interface Props {
  q: Questionnaire;
  /** Lesson id → title, for the lessons the questionnaire names. */
  lessons: Record<string, string>;
  /** `/learn/` with the site's base. */
  learnHref: string;
  /** `/decide/team/` with the site's base. */
  teamHref: string;
}

/** What the address asks for: the person's own questionnaire, a result link, or a link that cannot be read. */
type FromAddress = { kind: 'own' } | { kind: 'shared'; answers: Answers } | { kind: 'bad-link'; problem: string };

/** Reads the address's fragment: a result link when it is not one of the page's own anchors. */
function readAddress(q: Questionnaire): FromAddress {
  if (!isResultFragment(location.hash, (id) => document.getElementById(id) !== null)) return { kind: 'own' };
  const decoded = decodeAnswers(q, location.href);
  return decoded.ok ? { kind: 'shared', answers: decoded.answers } : { kind: 'bad-link', problem: decoded.problem };
}

/** Drops the fragment from the address without a new history entry or a jump. */
function clearFragment() {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * /decide/: the intro, one question per screen (answers kept in this browser as they are given, so a reload
 * resumes), then the result with its reasons, steps, link, print and earlier runs. A result link in the address
 * shows that result instead, and a link that cannot be read says why and shows no result at all.
 */
export default function Decide({ q, lessons, learnHref, teamHref }: Props) {
  const hydrated = useHydrated();
  const doc = useStore(decideStore);
  const [address, setAddress] = useState<FromAddress>({ kind: 'own' });
  /** The intro is open: null until the person chooses, when it follows from what is stored. */
  const [intro, setIntro] = useState<boolean | null>(null);
  const [said, setSaid] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // A new result link in the address replaces what is shown; the page's own anchors (the skip link's #main) and
    // an emptied fragment leave it as it is.
    const read = () => {
      if (!isResultFragment(location.hash, (id) => document.getElementById(id) !== null)) return;
      setAddress(readAddress(q));
      moved.current = true;
    };
    setAddress(readAddress(q));
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [q]);

  // Focus follows the person's moves (never the first render), to the heading of what is now on screen.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  });

  const total = q.questions.length;
  const answers = knownAnswers(q, doc.answers);
  const answered = Object.keys(answers).length;
  const atResult = doc.position >= total;
  const introOpen = !hydrated || (intro ?? (answered === 0 && doc.position === 0));
  const move = (words: string) => {
    moved.current = true;
    setSaid(words);
  };
  const toQuestion = (i: number) => {
    setIntro(false);
    goToQuestion(i);
    move(`Question ${i + 1} of ${total}`);
  };
  const toIntro = () => {
    setIntro(true);
    move('Back at the start');
  };

  let view;
  if (!hydrated) {
    view = <Intro q={q} answered={0} teamHref={teamHref} headingRef={headingRef} />;
  } else if (address.kind === 'bad-link') {
    view = (
      <div class="empty-state decide-problem" data-testid="decide-link-problem">
        <span class="empty-state__icon">
          <Icon icon={CircleAlert} />
        </span>
        <h2 class="empty-state__title" tabIndex={-1} ref={headingRef}>
          This result link cannot be shown
        </h2>
        <p role="alert">
          {address.problem} Nothing from it is shown, so that it cannot show a wrong result. Ask for the link again, or
          answer the questions yourself.
        </p>
        <div class="empty-state__actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              clearFragment();
              setAddress({ kind: 'own' });
              toIntro();
            }}
          >
            Start over
          </button>
        </div>
      </div>
    );
  } else if (address.kind === 'shared') {
    view = (
      <ResultView
        kind="shared"
        title="A shared result"
        result={scoreAnswers(q, address.answers)}
        label="The recommendation for these answers"
        whose="these answers"
        shareHref={location.href}
        notice={
          <p class="notice">
            These are the answers in the link you opened ({plural(Object.keys(address.answers).length, 'answer')}). Your
            own answers in this browser are untouched.
          </p>
        }
        {...{ q, lessons, learnHref, headingRef }}
      >
        <button
          type="button"
          class="button"
          onClick={() => {
            clearFragment();
            setAddress({ kind: 'own' });
            toIntro();
          }}
        >
          Answer the questions yourself
        </button>
      </ResultView>
    );
  } else if (introOpen) {
    view = (
      <Intro
        q={q}
        answered={answered}
        teamHref={teamHref}
        headingRef={headingRef}
        atResult={atResult}
        onStart={() => {
          if (!atResult) return toQuestion(Math.min(doc.position, total - 1));
          setIntro(false);
          move('Your result');
        }}
        onStartOver={
          answered > 0
            ? () => {
                startOver();
                toQuestion(0);
              }
            : undefined
        }
        runs={<EarlierRuns q={q} runs={doc.runs} pageUrl={location.href} />}
      />
    );
  } else if (atResult) {
    view = (
      <ResultView
        kind="own"
        title="Your result"
        result={scoreAnswers(q, answers)}
        label={`From your ${plural(answered, 'answer')}, we recommend`}
        whose="your answers"
        shareHref={withFragment(location.href, encodeAnswers(q, answers))}
        after={
          <>
            <EarlierRuns q={q} runs={doc.runs} pageUrl={location.href} />
            <p class="decide-team-link">
              Answering as a team? Each person sends their link; <a href={teamHref}>the team view</a> shows where you
              disagree.
            </p>
          </>
        }
        {...{ q, lessons, learnHref, headingRef }}
      >
        <button type="button" class="button button--secondary" onClick={() => toQuestion(total - 1)}>
          Change your answers
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            startOver();
            toQuestion(0);
          }}
        >
          Retake
        </button>
      </ResultView>
    );
  } else {
    const index = Math.min(doc.position, total - 1);
    view = (
      <Stepper
        q={q}
        index={index}
        answers={answers}
        headingRef={headingRef}
        onAnswer={answerQuestion}
        onBack={() => (index === 0 ? toIntro() : toQuestion(index - 1))}
        onNext={() => {
          if (index < total - 1) {
            toQuestion(index + 1);
            return;
          }
          finishRun(q.version);
          goToQuestion(total);
          move('Your result is ready.');
        }}
      />
    );
  }

  return (
    <div class="decide" data-testid="decide" data-hydrated-view={hydrated ? 'live' : 'server'}>
      <NeedsScript what="The questionnaire" />
      <DecideStorageNotice />
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {view}
    </div>
  );
}

interface IntroProps {
  q: Questionnaire;
  answered: number;
  atResult?: boolean;
  teamHref: string;
  headingRef: preact.Ref<HTMLHeadingElement>;
  onStart?: () => void;
  onStartOver?: (() => void) | undefined;
  runs?: preact.ComponentChildren;
}

/** What the questionnaire is, how long it takes, where the answers stay; start, or continue where you stopped. */
function Intro({ q, answered, atResult, teamHref, headingRef, onStart, onStartOver, runs }: IntroProps) {
  const total = q.questions.length;
  return (
    <div class="decide-intro" data-testid="decide-intro">
      <h2 tabIndex={-1} ref={headingRef}>
        {answered > 0 ? 'Welcome back' : 'Before you start'}
      </h2>
      <p>{q.intro}</p>
      <ul class="decide-intro__facts">
        <li>
          {plural(total, 'question')}, one at a time, about {q.dimensions.map((d) => d.label.toLowerCase()).join(', ')}:
          about {Math.max(1, Math.round(total / 3))} minutes.
        </li>
        <li>Not sure? “Don’t know” is always an answer: it moves nothing and lowers the confidence.</li>
        <li>
          Your answers stay in this browser as you go. The result’s link carries them after its <code>#</code>, which
          browsers never send to a server.
        </li>
      </ul>
      <div class="decide-actions">
        <button type="button" class="button" onClick={onStart}>
          {atResult ? 'See your result' : answered > 0 ? `Continue (${answered} of ${total} answered)` : 'Start'}
        </button>
        {onStartOver && (
          <button type="button" class="button button--secondary" onClick={onStartOver}>
            Start over
          </button>
        )}
      </div>
      {runs}
      <p class="decide-team-link">
        Deciding as a team? Each person answers alone and sends their result link; paste them all into{' '}
        <a href={teamHref}>the team view</a> to see where you agree and where you do not.
      </p>
    </div>
  );
}

interface ResultViewProps {
  kind: 'own' | 'shared';
  title: string;
  result: Result;
  /** What the recommendation box says above its verdict. */
  label: string;
  /** Whose answers the reasons speak of. */
  whose: string;
  shareHref: string;
  q: Questionnaire;
  lessons: Record<string, string>;
  learnHref: string;
  headingRef: preact.Ref<HTMLHeadingElement>;
  /** Shown under the heading. */
  notice?: preact.ComponentChildren;
  /** Shown after the actions. */
  after?: preact.ComponentChildren;
  /** The actions at the end of the result. */
  children: preact.ComponentChildren;
}

/** A result, the visitor's own or one from a link: the recommendation, its link and report, and why. */
function ResultView(p: ResultViewProps) {
  return (
    <div class="decide-result" data-testid="decide-result" data-result={p.kind}>
      <h2 tabIndex={-1} ref={p.headingRef}>
        {p.title}
      </h2>
      {p.notice}
      <Recommendation result={p.result} label={p.label} />
      <ShareBar href={p.shareHref} />
      <ResultDetails
        q={p.q}
        result={p.result}
        lessons={p.lessons}
        learnHref={p.learnHref}
        idPrefix="r"
        whose={p.whose}
      />
      <div class="decide-actions decide-actions--end">{p.children}</div>
      {p.after}
    </div>
  );
}
