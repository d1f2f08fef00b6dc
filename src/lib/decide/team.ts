/**
 * Team mode: several members' result links, pasted one per line, merged into per-question spreads (where the
 * team disagrees most comes first) and one combined recommendation, scored from the team's pooled answers.
 */
import { decodeAnswers, encodeAnswers } from './link';
import { UNKNOWN, UNKNOWN_LABEL, type Answers, type Question, type Questionnaire } from './model';
import { scoreAnswers, type Result } from './score';

/** How many members chose one answer; includes UNKNOWN as "Don't know". */
export interface OptionCount {
  optionId: string;
  label: string;
  count: number;
}

/** How one question's answers spread across the team. */
export interface QuestionSpread {
  questionId: string;
  prompt: string;
  /** Every option in the questionnaire's order, then "Don't know". */
  counts: OptionCount[];
  /** Members who answered (an option or "Don't know"). */
  answered: number;
  /** 0 (all agree) … 1 (spread as wide as it can be), over the members who chose an option. */
  disagreement: number;
}

export interface TeamResult {
  /** Valid, distinct links. */
  members: number;
  /** 1-based line of the pasted text, plain words. */
  problems: { line: number; problem: string }[];
  /** Most disagreement first. */
  spread: QuestionSpread[];
  /** The recommendation for the team as a whole. */
  combined: Result;
}

/** Most links read from one paste; more is surely not one team. */
export const MAX_TEAM_LINKS = 200;

/**
 * How far apart the answers are: the Gini–Simpson index (the chance that two members picked at random chose
 * differently), divided by the largest value it can take for this many members and options.
 */
export function disagreementOf(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const kinds = Math.min(counts.length, n);
  if (n < 2 || kinds < 2) return 0;
  const same = counts.reduce((sum, c) => sum + (c / n) * (c / n), 0);
  // With n members over k kinds the most even split is as even as whole members allow.
  const base = Math.floor(n / kinds);
  const extra = n % kinds;
  const evenSame = extra * ((base + 1) / n) ** 2 + (kinds - extra) * (base / n) ** 2;
  const max = 1 - evenSame;
  return max > 0 ? Math.round(((1 - same) / max) * 1000) / 1000 : 0;
}

/**
 * The team's answer to one question: "Don't know" if more members said so than chose any option; otherwise the
 * answer most members chose, a tie going to the answer that moves the result more (a concern half the team
 * raises is not averaged away), then to the earlier option.
 */
function pooledAnswer(question: Question, counts: Map<string, number>): string | null {
  const unknown = counts.get(UNKNOWN) ?? 0;
  let best: { id: string; count: number; moves: number } | null = null;
  let chose = 0;
  for (const option of question.options) {
    const count = counts.get(option.id) ?? 0;
    chose += count;
    if (count === 0) continue;
    const moves = Object.values(option.weights).reduce((s, w) => s + Math.abs(w ?? 0), 0);
    if (!best || count > best.count || (count === best.count && moves > best.moves))
      best = { id: option.id, count, moves };
  }
  if (unknown > chose) return UNKNOWN;
  return best ? best.id : unknown > 0 ? UNKNOWN : null;
}

/** `pasted`: the textarea's text, one link per line (blank lines ignored, duplicates counted once and reported). */
export function combineTeam(q: Questionnaire, pasted: string): TeamResult {
  const problems: TeamResult['problems'] = [];
  const members: Answers[] = [];
  const firstLine = new Map<string, number>();
  const lines = typeof pasted === 'string' ? pasted.split(/\r\n|\r|\n/) : [];
  let read = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (read >= MAX_TEAM_LINKS) {
      if (read === MAX_TEAM_LINKS) {
        problems.push({
          line,
          problem: `Only the first ${MAX_TEAM_LINKS} links are read; this line and those after it are left out.`,
        });
      }
      read++;
      return;
    }
    read++;
    const decoded = decodeAnswers(q, raw);
    if (!decoded.ok) {
      problems.push({ line, problem: decoded.problem });
      return;
    }
    const key = encodeAnswers(q, decoded.answers);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push({ line, problem: `The same answers as line ${earlier}, so they are counted once.` });
      return;
    }
    firstLine.set(key, line);
    members.push(decoded.answers);
  });

  const pooled: Answers = {};
  const spread: (QuestionSpread & { order: number })[] = q.questions.map((question, order) => {
    const counts = new Map<string, number>();
    for (const answers of members) {
      if (!Object.hasOwn(answers, question.id)) continue;
      const id = answers[question.id]!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const answer = pooledAnswer(question, counts);
    if (answer !== null) pooled[question.id] = answer;
    const optionCounts: OptionCount[] = [
      ...question.options.map((o) => ({ optionId: o.id, label: o.label, count: counts.get(o.id) ?? 0 })),
      { optionId: UNKNOWN, label: UNKNOWN_LABEL, count: counts.get(UNKNOWN) ?? 0 },
    ];
    return {
      questionId: question.id,
      prompt: question.prompt,
      counts: optionCounts,
      answered: optionCounts.reduce((s, c) => s + c.count, 0),
      disagreement: disagreementOf(question.options.map((o) => counts.get(o.id) ?? 0)),
      order,
    };
  });
  spread.sort((a, b) => b.disagreement - a.disagreement || a.order - b.order);

  return {
    members: members.length,
    problems,
    spread: spread.map((s) => ({
      questionId: s.questionId,
      prompt: s.prompt,
      counts: s.counts,
      answered: s.answered,
      disagreement: s.disagreement,
    })),
    // The pooled answers are the team's, and the result's sentences say so.
    combined: scoreAnswers(q, pooled, 'the team'),
  };
}

/**
 * The team view's own link: `v=<version>&t=<answers>.<answers>…`, each member's answers as in their result link
 * (one character per question). Only the links that were read go in, each once; the page rebuilds the pasted
 * lines from it, so a reload or a bookmark shows the same team.
 */
export function encodeTeam(q: Questionnaire, pasted: string): string {
  const seen = new Set<string>();
  for (const raw of typeof pasted === 'string' ? pasted.split(/\r\n|\r|\n/) : []) {
    if (raw.trim() === '' || seen.size >= MAX_TEAM_LINKS) continue;
    const decoded = decodeAnswers(q, raw);
    if (decoded.ok) seen.add(encodeAnswers(q, decoded.answers).replace(/^v=\d+&a=/, ''));
  }
  return seen.size === 0 ? '' : `v=${q.version}&t=${[...seen].join('.')}`;
}

export type DecodedTeam = { ok: true; fragments: string[] } | { ok: false; problem: string };

/**
 * The members' result fragments (`v=…&a=…`) in a team link, or what is wrong with it. Each member's answers are
 * checked later, line by line, as pasted links are; this only takes the team link apart.
 */
export function decodeTeam(q: Questionnaire, fragment: string): DecodedTeam {
  const fail = (problem: string): DecodedTeam => ({ ok: false, problem });
  if (typeof fragment !== 'string') return fail('This is not a team link.');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const limit = MAX_TEAM_LINKS * (q.questions.length + 1) + 20;
  if (text.length > limit) return fail('This team link is longer than any the site makes; it may have been changed.');
  const m = /^v=([1-9][0-9]{0,5})&t=([0-9a-z.]*)$/.exec(text);
  if (!m) return fail('This team link is damaged or was changed by hand: it is not in the form the site writes.');
  const version = Number(m[1]);
  if (version !== q.version) {
    return fail(
      version > q.version
        ? `This team link was made by a newer version of the questionnaire (version ${version}; this site has ${q.version}). Reload the page to get the newest site.`
        : `This team link was made with an earlier version of the questionnaire (version ${version}; now ${q.version}). The questions have changed, so ask each member for a new link.`,
    );
  }
  const members = m[2]!.split('.').filter((a) => a !== '');
  if (members.length === 0) return fail('This team link holds no one’s answers.');
  if (members.length > MAX_TEAM_LINKS) return fail(`This team link holds more than ${MAX_TEAM_LINKS} people.`);
  return { ok: true, fragments: members.map((a) => `v=${version}&a=${a}`) };
}
