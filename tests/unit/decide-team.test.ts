import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/data/decide';
import { encodeAnswers } from '../../src/lib/decide/link';
import { UNKNOWN, type Answers } from '../../src/lib/decide/model';
import { scoreAnswers } from '../../src/lib/decide/score';
import { combineTeam, decodeTeam, disagreementOf, encodeTeam, MAX_TEAM_LINKS } from '../../src/lib/decide/team';
import { bank, largeSiloed, matureDevopsIncidents, shopBeforePeak } from '../fixtures/decide-personas';

const q = loadQuestionnaire();
const link = (answers: Answers) => `https://example.org/decide/#${encodeAnswers(q, answers)}`;
const spreadOf = (team: ReturnType<typeof combineTeam>, id: string) => team.spread.find((s) => s.questionId === id)!;
const count = (team: ReturnType<typeof combineTeam>, qid: string, oid: string) =>
  spreadOf(team, qid).counts.find((c) => c.optionId === oid)!.count;

describe('disagreementOf', () => {
  it('is 0 when everyone agrees, or fewer than two chose', () => {
    expect(disagreementOf([5, 0, 0])).toBe(0);
    expect(disagreementOf([0, 1, 0])).toBe(0);
    expect(disagreementOf([0, 0, 0])).toBe(0);
  });
  it('is 1 when the answers are spread as evenly as they can be', () => {
    expect(disagreementOf([1, 1])).toBe(1);
    expect(disagreementOf([2, 2, 2])).toBe(1);
    expect(disagreementOf([1, 1, 0, 0])).toBe(1); // two members can disagree no more than this
    expect(disagreementOf([2, 1, 1])).toBe(1); // four members over three options: as even as whole people allow
  });
  it('grows as the team splits', () => {
    expect(disagreementOf([4, 1, 0])).toBeLessThan(disagreementOf([3, 2, 0]));
    expect(disagreementOf([3, 2, 0])).toBeLessThan(disagreementOf([2, 2, 1]));
  });
});

describe('combineTeam', () => {
  it('counts each answer per question, with "Don\'t know", and puts the widest disagreement first', () => {
    const a = { ...bank.answers };
    const b = { ...bank.answers, 'on-call': 'quiet', slos: UNKNOWN };
    const c = { ...bank.answers, 'on-call': 'weekly' };
    const team = combineTeam(q, [link(a), link(b), link(c)].join('\n'));
    expect(team.members).toBe(3);
    expect(team.problems).toEqual([]);
    expect(team.spread[0]!.questionId).toBe('on-call');
    expect(team.spread[0]!.disagreement).toBe(1);
    expect(count(team, 'on-call', 'nightly')).toBe(1);
    expect(count(team, 'slos', UNKNOWN)).toBe(1);
    expect(spreadOf(team, 'slos').counts.at(-1)).toEqual({ optionId: UNKNOWN, label: "Don't know", count: 1 });
    expect(spreadOf(team, 'slos')).toMatchObject({ answered: 3, disagreement: 0 });
    expect(spreadOf(team, 'users')).toMatchObject({ answered: 3, disagreement: 0 });
    expect(team.spread).toHaveLength(q.questions.length);
  });

  it('names each bad line by its number, ignores blank lines, counts duplicates once and says so', () => {
    const pasted = [
      '',
      link(bank.answers),
      'not a link',
      '   ',
      link(bank.answers),
      `https://x/decide/#v=99&a=1`,
      link(shopBeforePeak.answers),
    ].join('\r\n');
    const team = combineTeam(q, pasted);
    expect(team.members).toBe(2);
    expect(team.problems).toEqual([
      { line: 3, problem: expect.stringMatching(/^This link has no answers in it|characters/) },
      { line: 5, problem: 'The same answers as line 2, so they are counted once.' },
      { line: 6, problem: expect.stringMatching(/newer version/) },
    ]);
  });

  it("the combined result is the scoring of the pooled answers: each question's most common answer", () => {
    const team = combineTeam(
      q,
      [bank, bank, largeSiloed]
        .map((p, i) => link({ ...p.answers, peaks: i === 2 ? 'large' : p.answers['peaks']! }))
        .join('\n'),
    );
    // Two identical bank links count once: members are the bank and the siloed company, so ties go to the
    // answer that moves the result more.
    expect(team.members).toBe(2);
    const pooled: Answers = {};
    for (const question of q.questions) {
      const a = bank.answers[question.id]!;
      const b = question.id === 'peaks' ? 'large' : largeSiloed.answers[question.id]!;
      const moves = (id: string) =>
        Object.values(question.options.find((o) => o.id === id)!.weights).reduce((s, w) => s + Math.abs(w ?? 0), 0);
      const index = (id: string) => question.options.findIndex((o) => o.id === id);
      pooled[question.id] =
        a === b ? a : moves(a) !== moves(b) ? (moves(a) > moves(b) ? a : b) : index(a) < index(b) ? a : b;
    }
    expect(team.combined).toEqual(scoreAnswers(q, pooled, 'the team'));
    // The sentences speak of the team's answers, not of "you".
    expect(team.combined.confidence.why).toMatch(/^The team answered \d+ of \d+ questions/);
    expect(`${team.combined.summary} ${team.combined.confidence.why}`).not.toMatch(/\byou answered\b/i);
  });

  it('a majority answer wins; "Don\'t know" only when more said it than chose any option', () => {
    const m = matureDevopsIncidents.answers;
    const team = combineTeam(
      q,
      [
        link({ ...m, toil: 'over-half', slos: UNKNOWN, 'on-call': UNKNOWN }),
        link({ ...m, toil: 'over-half', slos: UNKNOWN, 'on-call': UNKNOWN }),
        link({ ...m, toil: 'under-tenth', slos: UNKNOWN, 'on-call': 'quiet', users: 'internal' }),
        link({ ...m, slos: 'none', 'on-call': 'weekly', users: 'own-team' }),
      ].join('\n'),
    );
    // The first two links are the same: three members.
    expect(team.members).toBe(3);
    const reasons = new Map(team.combined.reasons.map((r) => [r.questionId, r.optionId]));
    expect(reasons.get('toil')).toBe('over-half'); // one each of three answers: the one that moves most
    expect(reasons.has('slos')).toBe(false); // two "Don't know" against one "none"
    expect(team.combined.dimensions.find((d) => d.id === 'measurement')!.unknown).toBe(1);
  });

  it('an empty paste: no members, nothing moves', () => {
    const team = combineTeam(q, '\n\n');
    expect(team).toMatchObject({ members: 0, problems: [] });
    expect(team.combined.reasons).toEqual([]);
    expect(team.spread.every((s) => s.answered === 0 && s.disagreement === 0)).toBe(true);
  });

  it(`reads at most ${MAX_TEAM_LINKS} links and says so once`, () => {
    const lines = Array.from({ length: MAX_TEAM_LINKS + 5 }, () => 'junk');
    const team = combineTeam(q, lines.join('\n'));
    expect(team.problems).toHaveLength(MAX_TEAM_LINKS + 1);
    expect(team.problems.at(-1)).toEqual({
      line: MAX_TEAM_LINKS + 1,
      problem: expect.stringMatching(/Only the first 200 links/),
    });
  });
});

describe('the team view’s own link', () => {
  const members = [bank.answers, shopBeforePeak.answers, largeSiloed.answers];
  const pasted = ['', link(members[0]!), 'not a link', link(members[1]!), link(members[0]!), link(members[2]!)].join(
    '\n',
  );

  it('holds each member read once, and gives the same team back', () => {
    const fragment = encodeTeam(q, pasted);
    expect(fragment).toMatch(new RegExp(`^v=${q.version}&t=[0-9x]+\\.[0-9x]+\\.[0-9x]+$`));
    const decoded = decodeTeam(q, `#${fragment}`);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.fragments).toHaveLength(3);
    const again = combineTeam(q, decoded.fragments.join('\n'));
    const first = combineTeam(q, pasted);
    expect(again.members).toBe(3);
    expect(again.spread).toEqual(first.spread);
    expect(again.combined).toEqual(first.combined);
  });

  it('is empty when no line could be read', () => {
    expect(encodeTeam(q, 'nothing\nhere')).toBe('');
  });

  it.each([
    ['script text', `v=${q.version}&t=<script>alert(1)</script>`, /not in the form/],
    ['a future version', `v=${q.version + 1}&t=${'1'.repeat(q.questions.length)}`, /newer version/],
    ['no members', `v=${q.version}&t=`, /no one/],
    ['100 KB', `v=${q.version}&t=${'1'.repeat(100_000)}`, /longer than any/],
    ['an unknown part', `v=${q.version}&t=1&x=2`, /not in the form/],
  ])('refuses %s with a reason', (_name, fragment, problem) => {
    const decoded = decodeTeam(q, fragment);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.problem).toMatch(problem);
  });

  it('leaves checking each member to the pasted-line rules', () => {
    const decoded = decodeTeam(q, `v=${q.version}&t=12.${'1'.repeat(q.questions.length)}`);
    if (!decoded.ok) throw new Error(decoded.problem);
    const team = combineTeam(q, decoded.fragments.join('\n'));
    expect(team.members).toBe(1);
    expect(team.problems[0]).toMatchObject({ line: 1, problem: expect.stringMatching(/cut short/) });
  });
});
