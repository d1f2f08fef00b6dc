import { useEffect, useRef, useState } from 'preact/hooks';
import type { Questionnaire } from '../../lib/decide/model';
import { combineTeam, decodeTeam, encodeTeam, type TeamResult } from '../../lib/decide/team';
import { plural } from '../../lib/plural';
import { NeedsScript } from '../NeedsScript';
import { useHydrated } from '../use-hydrated';
import { Recommendation } from './Recommendation';
import { ResultDetails } from './ResultDetails';
import { TeamSpread } from './TeamSpread';

interface Props {
  q: Questionnaire;
  lessons: Record<string, string>;
  learnHref: string;
  /** `/decide/` with the site's base, where each person answers. */
  decideHref: string;
}

/**
 * /decide/team/: paste every member's result link, one per line; see how the answers spread per question (where
 * the team disagrees most first), the lines that could not be read by their number, and the combined
 * recommendation. Everything happens in this browser; nothing is sent anywhere.
 */
export default function DecideTeam({ q, lessons, learnHref, decideHref }: Props) {
  const hydrated = useHydrated();
  const [text, setText] = useState('');
  const [team, setTeam] = useState<TeamResult | null>(null);
  const [said, setSaid] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const [linkProblem, setLinkProblem] = useState('');
  const [teamHref, setTeamHref] = useState('');

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  });

  const show = (pasted: string, focus: boolean) => {
    const t = combineTeam(q, pasted);
    setTeam(t);
    moved.current = focus;
    setSaid(
      `${plural(t.members, 'link')} combined${t.problems.length ? `; ${plural(t.problems.length, 'line')} could not be used` : ''}.`,
    );
    // The address keeps the team, so a reload or a bookmark shows it again.
    const fragment = encodeTeam(q, pasted);
    const href = `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
    history.replaceState(history.state, '', href);
    setTeamHref(fragment ? new URL(href, location.href).href : '');
  };

  // A team link (opened, reloaded, or typed into the address bar) brings its members back as pasted lines.
  useEffect(() => {
    const fromAddress = () => {
      const fragment = location.hash.slice(1);
      if (!fragment.includes('t=')) return;
      const decoded = decodeTeam(q, fragment);
      if (!decoded.ok) {
        setLinkProblem(decoded.problem);
        setTeam(null);
        return;
      }
      setLinkProblem('');
      const decide = new URL(decideHref, location.href).href;
      const pasted = decoded.fragments.map((f) => `${decide}#${f}`).join('\n');
      setText(pasted);
      show(pasted, false);
    };
    fromAddress();
    addEventListener('hashchange', fromAddress);
    return () => removeEventListener('hashchange', fromAddress);
  }, []);

  const combine = (e: Event) => {
    e.preventDefault();
    setLinkProblem('');
    show(text, true);
  };

  return (
    <div class="decide-team" data-testid="decide-team">
      <NeedsScript what="Combining the team’s links" />
      {linkProblem && (
        <div class="notice notice--warning" role="alert" data-testid="decide-team-link-problem">
          <p>
            <strong>This team link could not be read.</strong> {linkProblem}
          </p>
          <p>Paste the members’ result links below instead.</p>
        </div>
      )}
      <form class="decide-team__form" onSubmit={combine}>
        <label for="decide-team-links" class="decide-team__label">
          Result links, one per line
        </label>
        <p id="decide-team-hint" class="decide-team__hint">
          Each person answers <a href={decideHref}>the questionnaire</a> alone and sends the link from their result.
          Paste them all here. Nothing leaves this browser.
        </p>
        <textarea
          id="decide-team-links"
          name="links"
          rows={8}
          spellcheck={false}
          autoComplete="off"
          aria-describedby="decide-team-hint"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="decide-actions">
          <button type="submit" class="button" disabled={!hydrated}>
            Combine the links
          </button>
        </div>
      </form>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {team && <TeamView q={q} team={team} lessons={lessons} learnHref={learnHref} headingRef={headingRef} />}
      {team && teamHref && (
        <p class="decide-team__keep">
          This page’s address now holds the team’s answers (after its <code>#</code>, never sent to a server), so a
          reload keeps them.{' '}
          <a href={teamHref} data-team-link>
            Link to this team view
          </a>
        </p>
      )}
    </div>
  );
}

interface ViewProps {
  q: Questionnaire;
  team: TeamResult;
  lessons: Record<string, string>;
  learnHref: string;
  headingRef: preact.Ref<HTMLHeadingElement>;
}

function TeamView({ q, team, lessons, learnHref, headingRef }: ViewProps) {
  return (
    <div class="decide-team__result" data-testid="decide-team-result" data-members={team.members}>
      <h2 tabIndex={-1} ref={headingRef}>
        {team.members === 0 ? 'No result link could be read' : `The team: ${plural(team.members, 'person', 'people')}`}
      </h2>
      {team.problems.length > 0 && (
        <div class="notice notice--warning decide-team__problems" data-testid="decide-team-problems">
          <p>
            <strong>{plural(team.problems.length, 'line')} could not be used</strong>; the rest are combined without{' '}
            {team.problems.length === 1 ? 'it' : 'them'}.
          </p>
          <ul>
            {team.problems.map((p) => (
              <li key={p.line} data-problem-line={p.line}>
                Line {p.line}: {p.problem}
              </li>
            ))}
          </ul>
        </div>
      )}
      {team.members === 0 ? (
        <p>Paste at least one link from the result page of the questionnaire, one link per line.</p>
      ) : (
        <>
          <Recommendation result={team.combined} label="Combined, the team’s answers point to" />
          <section class="decide-section" aria-labelledby="decide-spread-title">
            <h2 id="decide-spread-title">Where the team disagrees most</h2>
            <p>These are the conversations to have first: the questions at the top got the most different answers.</p>
            <ol class="decide-spreads">
              {team.spread.map((s, i) => (
                <TeamSpread key={s.questionId} spread={s} index={i} />
              ))}
            </ol>
          </section>
          <section class="decide-section" aria-labelledby="decide-team-details">
            <h2 id="decide-team-details">What the combined answers call for</h2>
            <ResultDetails
              q={q}
              result={team.combined}
              lessons={lessons}
              learnHref={learnHref}
              idPrefix="team"
              whose="the team’s answers"
            />
          </section>
        </>
      )}
    </div>
  );
}
