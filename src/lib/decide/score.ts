/**
 * The Decide scoring: answers in, recommendation out, with every reason. Pure and deterministic; every number
 * it uses comes from the questionnaire's `scoring` section (README: "How the Decide scoring works").
 */
import {
  DIMENSION_IDS,
  UNKNOWN,
  type Advice,
  type Answers,
  type Approach,
  type DimensionId,
  type Option,
  type Question,
  type Questionnaire,
} from './model';

/** One answer that moved the result, and by how much. */
export interface Reason {
  questionId: string;
  optionId: string;
  /** The option's reason. */
  text: string;
  /** What it moved, e.g. { delivery: 3 }. */
  weights: Partial<Record<DimensionId, number>>;
  /** "delivery gap +3, measurement gap +1" */
  words: string;
}

/** How much one dimension calls for work. */
export interface DimensionScore {
  id: DimensionId;
  label: string;
  /** 0–100. */
  need: number;
  /** Questions of this dimension answered with an option / with "Don't know". */
  answered: number;
  unknown: number;
}

/** What the scoring concludes, and why. */
export interface Result {
  recommendation: 'devops' | 'sre' | 'both';
  /** Which to start with (for 'both': the one with the larger need). */
  first: Approach;
  confidence: { level: 'low' | 'medium' | 'high'; percent: number; why: string };
  /** 0–100. */
  devopsNeed: number;
  sreNeed: number;
  /** In the questionnaire's order. */
  dimensions: DimensionScore[];
  /** Every answer that moved the result, largest effect first. */
  reasons: Reason[];
  /** Dimensions past the threshold, worst first. */
  weakSpots: DimensionId[];
  /** Follow from the answers; never padded with generic steps. */
  steps: { 30: Advice[]; 60: Advice[]; 90: Advice[] };
  /** What to read for each weak spot. */
  lessons: { dimension: DimensionId; ids: string[] }[];
  /** Two or three plain sentences: what and why. */
  summary: string;
}

const APPROACH_NAME: Record<Approach, string> = { devops: 'DevOps', sre: 'SRE' };

/** The option chosen for a question, UNKNOWN, or null when unanswered (or answered with an option it lacks). */
export function chosenOption(question: Question, answers: Answers): Option | typeof UNKNOWN | null {
  if (!Object.hasOwn(answers, question.id)) return null;
  const id = answers[question.id];
  if (id === UNKNOWN) return UNKNOWN;
  return question.options.find((o) => o.id === id) ?? null;
}

/** Weights as words: "delivery gap +3, measurement gap −1", in the dimensions' order. */
export function weightWords(q: Questionnaire, weights: Partial<Record<DimensionId, number>>): string {
  return q.dimensions
    .filter((d) => (weights[d.id] ?? 0) !== 0)
    .map((d) => {
      const w = weights[d.id]!;
      return `${d.label.toLowerCase()} ${w > 0 ? '+' : '\u2212'}${Math.abs(w)}`;
    })
    .join(', ');
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The largest score an option of this question can add to a dimension (0 when none adds anything). */
const ceiling = (question: Question, d: DimensionId) =>
  question.options.reduce((max, o) => Math.max(max, o.weights[d] ?? 0), 0);

/**
 * Scores an answer set. Pure, deterministic; < 1 ms for any answer set (see scripts/bench-decide.mjs). `who` gave
 * the answers, as the sentences name them: "you", or "the team" for a team's pooled answers.
 */
export function scoreAnswers(q: Questionnaire, answers: Answers, who = 'you'): Result {
  const rules = q.scoring;
  const raw = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const reachable = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const possible = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const answeredIn = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const unknownIn = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const askedIn = new Map<DimensionId, number>(DIMENSION_IDS.map((d) => [d, 0]));
  const chosen: { question: Question; option: Option; order: number }[] = [];

  q.questions.forEach((question, order) => {
    askedIn.set(question.dimension, askedIn.get(question.dimension)! + 1);
    const pick = chosenOption(question, answers);
    for (const d of DIMENSION_IDS) possible.set(d, possible.get(d)! + ceiling(question, d));
    if (pick === UNKNOWN) unknownIn.set(question.dimension, unknownIn.get(question.dimension)! + 1);
    if (pick === null || pick === UNKNOWN) return;
    answeredIn.set(question.dimension, answeredIn.get(question.dimension)! + 1);
    chosen.push({ question, option: pick, order });
    for (const d of DIMENSION_IDS) {
      reachable.set(d, reachable.get(d)! + ceiling(question, d));
      raw.set(d, raw.get(d)! + (pick.weights[d] ?? 0));
    }
  });

  // A dimension's need is what the answers scored out of what they could have scored, but never out of less
  // than the evidence floor's share of the whole dimension: one alarming answer cannot fill it alone.
  const divisor = (d: DimensionId) => Math.max(reachable.get(d)!, rules.evidenceFloor * possible.get(d)!);
  const needOf = (d: DimensionId) => {
    const by = divisor(d);
    return by > 0 ? clamp(Math.round((100 * raw.get(d)!) / by), 0, 100) : 0;
  };

  const dimensions = q.dimensions.map((dim) => ({
    id: dim.id,
    label: dim.label,
    need: needOf(dim.id),
    answered: answeredIn.get(dim.id)!,
    unknown: unknownIn.get(dim.id)!,
  }));
  const need = new Map(dimensions.map((d) => [d.id, d.need]));

  const approachNeed = (a: Approach) => {
    const affinity = rules.affinity[a];
    let sum = 0;
    let total = 0;
    for (const d of DIMENSION_IDS) {
      const w = affinity[d] ?? 0;
      sum += w * (need.get(d) ?? 0);
      total += w;
    }
    return total > 0 ? Math.round(sum / total) : 0;
  };
  const devopsNeed = approachNeed('devops');
  const sreNeed = approachNeed('sre');

  const devopsActs = devopsNeed >= rules.actAt;
  const sreActs = sreNeed >= rules.actAt;
  const larger: Approach = devopsNeed > sreNeed ? 'devops' : sreNeed > devopsNeed ? 'sre' : rules.tieFirst;
  const recommendation: Result['recommendation'] =
    devopsActs && sreActs ? 'both' : devopsActs ? 'devops' : sreActs ? 'sre' : rules.baseline;
  const first: Approach = recommendation === 'both' ? larger : recommendation;

  // Confidence: the share of questions answered, scaled by how far the needs sit from the point where the
  // recommendation (or which comes first) would change.
  const answered = chosen.length;
  const unknown = [...unknownIn.values()].reduce((a, b) => a + b, 0);
  const total = q.questions.length;
  const margins = [Math.abs(devopsNeed - rules.actAt), Math.abs(sreNeed - rules.actAt)];
  if (recommendation === 'both') margins.push(Math.abs(devopsNeed - sreNeed));
  const margin = Math.min(...margins);
  const clarity = clamp(margin / rules.confidence.clearAtPoints, 0, 1);
  const coverage = total > 0 ? answered / total : 0;
  const c = rules.confidence;
  const percent = Math.round(100 * coverage * (c.clarityFloor + (1 - c.clarityFloor) * clarity));
  const level = percent >= c.highAt ? 'high' : percent >= c.mediumAt ? 'medium' : 'low';
  const why = confidenceWhy(answered, unknown, total, margin, c.clearAtPoints, who);

  // Reasons: every answer that moved a dimension, by how many points of need it moved.
  const effect = (o: Option) =>
    DIMENSION_IDS.reduce((sum, d) => {
      const w = o.weights[d] ?? 0;
      return w === 0 ? sum : sum + (100 * Math.abs(w)) / Math.max(divisor(d), 1);
    }, 0);
  const moving = chosen
    .filter(({ option }) => DIMENSION_IDS.some((d) => (option.weights[d] ?? 0) !== 0))
    .map((c) => ({ ...c, effect: effect(c.option) }))
    .sort((a, b) => b.effect - a.effect || a.order - b.order);
  const reasons: Reason[] = moving.map(({ question, option }) => ({
    questionId: question.id,
    optionId: option.id,
    text: option.reason ?? option.label,
    weights: { ...option.weights },
    words: weightWords(q, option.weights),
  }));

  const rank = new Map(q.dimensions.map((d, i) => [d.id, i]));
  const weakSpots = dimensions
    .filter((d) => d.need >= rules.weakSpotAt)
    .sort((a, b) => b.need - a.need || rank.get(a.id)! - rank.get(b.id)!)
    .map((d) => d.id);

  const steps = planSteps(q, chosen, weakSpots, unknownIn, askedIn, level === 'low');
  const lessons = weakSpots.map((d) => ({ dimension: d, ids: [...q.dimensions.find((x) => x.id === d)!.lessons] }));

  const result: Omit<Result, 'summary'> = {
    recommendation,
    first,
    confidence: { level, percent, why },
    devopsNeed,
    sreNeed,
    dimensions,
    reasons,
    weakSpots,
    steps,
    lessons,
  };
  return { ...result, summary: summarise(q, result, answered, who) };
}

function confidenceWhy(
  answered: number,
  unknown: number,
  total: number,
  margin: number,
  clearAt: number,
  who: string,
): string {
  if (answered === 0) {
    return unknown > 0
      ? `Every answer was "Don't know", so there is nothing to base a recommendation on yet.`
      : 'No question has been answered yet.';
  }
  const words = answeredWords(answered, unknown, total, who);
  const clear =
    margin >= clearAt
      ? 'the needs are well clear of the points where the recommendation would change'
      : `the needs sit ${margin} point${margin === 1 ? '' : 's'} from a point where the recommendation would change`;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}; ${clear}.`;
}

/**
 * The 30/60/90-day steps: advice the answers triggered, for the weak spots only (worst first), plus the steps
 * that find out what the team answered "Don't know" to. Nothing else: no generic padding.
 */
function planSteps(
  q: Questionnaire,
  chosen: { question: Question; option: Option; order: number }[],
  weakSpots: DimensionId[],
  unknownIn: Map<DimensionId, number>,
  askedIn: Map<DimensionId, number>,
  lowConfidence: boolean,
): Result['steps'] {
  const rules = q.scoring;
  const byId = new Map(q.advice.map((a) => [a.id, a]));
  const weakRank = new Map(weakSpots.map((d, i) => [d, i]));
  const picked = new Map<string, { advice: Advice; group: number; rank: number; weight: number; order: number }>();
  /** Advice triggered more than once keeps its most pressing place: earliest group, then heaviest answer. */
  const add = (id: string, group: number, rank: number, weight: number, order: number) => {
    const advice = byId.get(id);
    if (!advice) return;
    const seen = picked.get(id);
    if (!seen || group < seen.group) picked.set(id, { advice, group, rank, weight, order });
    else if (group === seen.group && weight > seen.weight) picked.set(id, { ...seen, weight, order });
  };

  for (const { option, order } of chosen) {
    for (const id of option.advice) {
      const advice = byId.get(id);
      if (!advice || !weakRank.has(advice.dimension)) continue;
      // The answer that weighs most on the advice's own dimension goes first within that dimension.
      add(id, 1, weakRank.get(advice.dimension)!, option.weights[advice.dimension] ?? 0, order);
    }
  }

  // Finding out comes first when too little is known to trust the rest; otherwise after the weak spots.
  const unknownGroup = lowConfidence ? 0 : 2;
  q.dimensions.forEach((dim, i) => {
    const asked = askedIn.get(dim.id) ?? 0;
    if (asked === 0 || (unknownIn.get(dim.id) ?? 0) / asked < rules.unknownShare) return;
    for (const id of rules.unknownAdvice[dim.id] ?? []) add(id, unknownGroup, i, 0, 0);
  });
  // A specific step makes a general one unnecessary (an SLO inside the SLA over a first SLO).
  for (const { advice } of [...picked.values()]) for (const id of advice.replaces ?? []) picked.delete(id);

  // Round-robin over the weak spots (worst first), so a second weak spot is not crowded out by the first.
  const position = new Map<string, number>();
  const seenIn = new Map<string, number>();
  const trigger = [...picked.values()].sort((a, b) => a.group - b.group || b.weight - a.weight || a.order - b.order);
  for (const entry of trigger) {
    const key = `${entry.group}:${entry.advice.dimension}:${entry.advice.horizon}`;
    const n = seenIn.get(key) ?? 0;
    seenIn.set(key, n + 1);
    position.set(entry.advice.id, n);
  }
  const sorted = [...picked.values()].sort(
    (a, b) =>
      a.group - b.group ||
      position.get(a.advice.id)! - position.get(b.advice.id)! ||
      a.rank - b.rank ||
      b.weight - a.weight ||
      a.order - b.order,
  );
  const steps: Result['steps'] = { 30: [], 60: [], 90: [] };
  for (const { advice } of sorted) {
    const list = steps[advice.horizon];
    if (list.length < rules.maxStepsPerHorizon) list.push(advice);
  }
  return steps;
}

/** "you answered 3 of 19 questions (16 "Don't know", 1 not reached)"; `who` is "the team" for pooled answers. */
function answeredWords(answered: number, unknown: number, total: number, who: string): string {
  const open = total - answered - unknown;
  const extra = [unknown > 0 ? `${unknown} "Don't know"` : '', open > 0 ? `${open} not reached` : '']
    .filter(Boolean)
    .join(', ');
  return `${who} answered ${answered} of ${total} questions${extra ? ` (${extra})` : ''}`;
}

const unknownCount = (r: Omit<Result, 'summary'>) => r.dimensions.reduce((sum, d) => sum + d.unknown, 0);

function summarise(q: Questionnaire, r: Omit<Result, 'summary'>, answered: number, who: string): string {
  if (answered === 0) {
    return 'There is nothing to recommend yet: no question has an answer. Measure first: the steps below say how to find the numbers, then take the questionnaire again.';
  }
  const label = (d: DimensionId) => q.dimensions.find((x) => x.id === d)!.label.toLowerCase();
  const needOf = (d: DimensionId) => r.dimensions.find((x) => x.id === d)!.need;
  const act = q.scoring.actAt;
  const other: Approach = r.first === 'devops' ? 'sre' : 'devops';
  const needs = { devops: r.devopsNeed, sre: r.sreNeed };
  let what: string;
  if (r.recommendation === 'both') {
    what = `Both, starting with ${APPROACH_NAME[r.first]}: the ${APPROACH_NAME[r.first]} need (${needs[r.first]} of 100) is ahead of the ${APPROACH_NAME[other]} need (${needs[other]}), and both reach ${act}.`;
  } else if (needs[r.recommendation] >= act) {
    what = `${APPROACH_NAME[r.recommendation]} first: its need is ${needs[r.recommendation]} of 100, while the ${APPROACH_NAME[other]} need (${needs[other]}) stays below ${act}.`;
  } else {
    what = `Neither approach calls for much new work (DevOps need ${r.devopsNeed}, SRE need ${r.sreNeed}, both below ${act}), so keep the ${APPROACH_NAME[r.recommendation]} practices you have; the next steps are light.`;
  }
  const spots = r.weakSpots.slice(0, 2).map((d) => `${label(d)} (${needOf(d)})`);
  const why =
    spots.length === 0
      ? 'No dimension stands out as a weak spot.'
      : `It rests most on ${spots.join(' and ')}${r.weakSpots.length > 2 ? `, with ${r.weakSpots.length - 2} more weak spot${r.weakSpots.length === 3 ? '' : 's'}` : ''}.`;
  if (r.confidence.level === 'low') {
    // Too little is known: say so first, and give the leaning only as a leaning.
    const lean =
      r.recommendation === 'both'
        ? `both, starting with ${APPROACH_NAME[r.first]}`
        : `${APPROACH_NAME[r.recommendation]} practices`;
    return `Too much is unknown for a firm recommendation: ${answeredWords(answered, unknownCount(r), q.questions.length, who)}. Measure first: the first steps find the missing numbers; then take the questionnaire again. On the answers given, the leaning is towards ${lean} (DevOps need ${r.devopsNeed}, SRE need ${r.sreNeed} of 100).`;
  }
  return `${what} ${why}`;
}
