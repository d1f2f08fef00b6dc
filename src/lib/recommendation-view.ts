/**
 * What the Decide pages say and draw about a result, in one place: the headline, the confidence in words, which
 * address fragments are result links, the chart's geometry and the team's disagreement in words. Pure: the
 * islands of /decide/ and /decide/team/ render these; the scoring itself is src/lib/decide/score.ts.
 */
import { UNKNOWN, type Answers, type Approach, type DimensionId, type Questionnaire } from './decide/model';
import type { DimensionScore, Result } from './decide/score';

/** How each approach is written. */
export const APPROACH_NAME: Record<Approach, string> = { devops: 'DevOps', sre: 'SRE' };

/** The recommendation as a headline: "DevOps first", "SRE first", "Both, starting with SRE". */
export function recommendationHeadline(r: Pick<Result, 'recommendation' | 'first'>): string {
  if (r.recommendation === 'both') return `Both, starting with ${APPROACH_NAME[r.first]}`;
  return `${APPROACH_NAME[r.recommendation]} first`;
}

/** The confidence in words with its number: "Medium confidence (62%)". */
export function confidenceWords(c: Result['confidence']): string {
  return `${c.level[0]!.toUpperCase()}${c.level.slice(1)} confidence (${Math.round(c.percent)}%)`;
}

/**
 * Whether an address's fragment is meant as a result link. The page's own anchors (the skip link's `#main`) are
 * not; anything else that is not empty is, so that a damaged link is reported rather than silently ignored.
 */
export function isResultFragment(hash: string, isAnchor: (id: string) => boolean): boolean {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '') return false;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape cannot name an element of the page: it is a (damaged) link.
    return true;
  }
  return !isAnchor(id);
}

/** The address of a page with `fragment` (without '#') in place of any fragment it had. */
export function withFragment(pageUrl: string, fragment: string): string {
  const at = pageUrl.indexOf('#');
  return `${at === -1 ? pageUrl : pageUrl.slice(0, at)}#${fragment}`;
}

/**
 * The answers of a stored document that this questionnaire still has: a question or option removed since they
 * were given is dropped rather than scored (the link codec rejects them in links; stored answers may predate a
 * change of the questionnaire).
 */
export function knownAnswers(q: Questionnaire, answers: Answers): Answers {
  const known: Answers = {};
  for (const question of q.questions) {
    const given = answers[question.id];
    if (given === undefined) continue;
    if (given === UNKNOWN || question.options.some((o) => o.id === given)) known[question.id] = given;
  }
  return known;
}

/** One bar of the dimension chart, in the chart's own units (see CHART). */
export interface ChartBar {
  id: DimensionId;
  label: string;
  need: number;
  weak: boolean;
  /** Top of the row: the label's baseline is `labelY`, the bar runs from `barY` for CHART.barHeight. */
  labelY: number;
  barY: number;
  width: number;
}

/** The chart's geometry: narrow enough that its words stay legible on a 320 px phone, where it is drawn 1:1. */
export const CHART = { width: 320, row: 44, barHeight: 14, labelGap: 18, barWidth: 270 } as const;

/** The bars of the dimension chart, in the questionnaire's order; needs are clamped to 0–100. */
export function chartBars(dimensions: DimensionScore[], weakSpots: DimensionId[]): ChartBar[] {
  return dimensions.map((d, i) => {
    const need = Math.max(0, Math.min(100, Math.round(d.need)));
    return {
      id: d.id,
      label: d.label,
      need,
      weak: weakSpots.includes(d.id),
      labelY: i * CHART.row + 14,
      barY: i * CHART.row + CHART.labelGap + 2,
      width: (need / 100) * CHART.barWidth,
    };
  });
}

/** The chart's height for `rows` dimensions. */
export const chartHeight = (rows: number): number => rows * CHART.row;

/** A sentence for the chart's description: every need in words, weak spots named. */
export function chartDescription(bars: ChartBar[]): string {
  const parts = bars.map((b) => `${b.label} ${b.need} of 100${b.weak ? ' (a weak spot)' : ''}`);
  return `How much each area calls for work, from 0 to 100: ${parts.join('; ')}.`;
}

/** How far a team's answers to one question are apart, in words (0 all agree … 1 as spread as can be). */
export function disagreementWords(disagreement: number, answered: number): string {
  if (answered < 2) return answered === 1 ? 'Only one person answered' : 'Nobody answered';
  if (disagreement <= 0) return 'Everyone agrees';
  if (disagreement < 0.35) return 'Mostly agree';
  if (disagreement < 0.7) return 'Split';
  return 'Widely split';
}
