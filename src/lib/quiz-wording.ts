/**
 * Wording-only strategies (issue 12): how well a learner who never reads the prompt would score on a set of
 * questions by looking only at the form of the options: their length, a reason clause ("because …"), an absolute
 * word ("always", "never" …), or the shape of the keys (always False, always tick three). The content check prints
 * the table and fails when a strategy beats chance by more than `MAX_ADVANTAGE` points over the questions it
 * applies to, or when a bank's keys are lopsided.
 *
 * Every score is an exact expectation under the site's own grading (`grade`, partial credit where the question
 * has it): a strategy that cannot tell options apart picks uniformly among them, and chance picks uniformly among
 * every answer a learner could give (any option; True or False; any non-empty set of options).
 */
import { grade, type Question } from './quiz';

/** Points (percentage points of expected credit) a strategy may beat chance by, overall. */
export const MAX_ADVANTAGE = 10;
/** The share of true/false questions keyed True, per bank. */
export const TRUE_SHARE = { min: 0.4, max: 0.6 } as const;
/** The most multiple-choice questions that may share one number of right options, as a share of all of them. */
export const MAX_COUNT_SHARE = 0.4;

export const REASON_WORDS = [
  'because',
  'since',
  'so that',
  'which means',
  'in order to',
  'due to',
  'as a result',
  'thanks to',
  'given that',
] as const;
export const ABSOLUTE_WORDS = [
  'always',
  'never',
  'only',
  'every',
  'all',
  'none',
  'nothing',
  'nobody',
  'no one',
  'completely',
  'entirely',
  'guarantee',
  'guarantees',
  'guaranteed',
  'impossible',
  'must',
  'cannot',
] as const;

const wordsPattern = (words: readonly string[]) =>
  new RegExp(`\\b(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const REASON = wordsPattern(REASON_WORDS);
const ABSOLUTE = wordsPattern(ABSOLUTE_WORDS);

export const hasReason = (text: string) => REASON.test(text);
export const hasAbsolute = (text: string) => ABSOLUTE.test(text);
/** How many tells a text carries: a reason clause, an absolute word. */
const tells = (text: string) => Number(hasReason(text)) + Number(hasAbsolute(text));
const length = (text: string) => text.replace(/\s+/g, ' ').trim().length;

export const STRATEGIES = [
  'longest',
  'shortest',
  'no-reason',
  'no-absolute',
  'plainest',
  'always-false',
  'always-true',
  'always-three',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** What each strategy does, for the printed table. */
export const STRATEGY_NOTES: Record<Strategy, string> = {
  longest: 'choice questions: pick the longest option (multiple: tick those at least as long as the median)',
  shortest: 'choice questions: pick the shortest option (multiple: tick those at most as long as the median)',
  'no-reason': 'avoid options with a reason clause; true/false: a statement with one is False',
  'no-absolute': 'avoid options with an absolute word; true/false: a statement with one is False',
  plainest: 'pick the options with the fewest tells (reason clause, absolute word); true/false: False if any',
  'always-false': 'true/false: always False',
  'always-true': 'true/false: always True',
  'always-three': 'multiple choice: tick three options at random',
};

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' | 'true-false' }>;
/** Which question types a strategy plays; its advantage is measured over those only. */
const PLAYS: Record<Strategy, readonly ChoiceQuestion['type'][]> = {
  longest: ['single', 'multiple'],
  shortest: ['single', 'multiple'],
  'no-reason': ['single', 'multiple', 'true-false'],
  'no-absolute': ['single', 'multiple', 'true-false'],
  plainest: ['single', 'multiple', 'true-false'],
  'always-false': ['true-false'],
  'always-true': ['true-false'],
  'always-three': ['multiple'],
};

export const isChoice = (q: Question): q is ChoiceQuestion =>
  q.type === 'single' || q.type === 'multiple' || q.type === 'true-false';

/** A list of answers, each equally likely. */
type Answers = string[][];

const credit = (q: Question, answers: Answers) =>
  answers.reduce((sum, response) => sum + grade(q, response).credit, 0) / answers.length;

/** Every non-empty subset of `ids`, or those of one size. */
function subsets(ids: readonly string[], size?: number): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const set = ids.filter((_, i) => mask & (1 << i));
    if (size === undefined || set.length === size) out.push(set);
  }
  return out;
}

function chanceAnswers(q: ChoiceQuestion): Answers {
  if (q.type === 'true-false') return [['true'], ['false']];
  const ids = q.options.map((o) => o.id);
  return q.type === 'single' ? ids.map((id) => [id]) : subsets(ids);
}

/** The options a rule prefers: those with the best value of `by` (lowest). */
function best<T>(items: readonly T[], by: (item: T) => number): T[] {
  const min = Math.min(...items.map(by));
  return items.filter((item) => by(item) === min);
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** What a strategy answers to a question (equally likely answers), or null when it does not play that type. */
export function strategyAnswers(strategy: Strategy, q: ChoiceQuestion): Answers | null {
  if (!PLAYS[strategy].includes(q.type)) return null;
  if (q.type === 'true-false') {
    const statement = q.prompt;
    const falseIf: Record<string, boolean> = {
      'always-false': true,
      'always-true': false,
      'no-reason': hasReason(statement),
      'no-absolute': hasAbsolute(statement),
      plainest: tells(statement) > 0,
    };
    return [[falseIf[strategy] ? 'false' : 'true']];
  }
  const options = q.options.map((o) => ({ id: o.id, length: length(o.text), text: o.text }));
  if (q.type === 'single') {
    const rule: Record<string, (o: (typeof options)[number]) => number> = {
      longest: (o) => -o.length,
      shortest: (o) => o.length,
      'no-reason': (o) => Number(hasReason(o.text)),
      'no-absolute': (o) => Number(hasAbsolute(o.text)),
      plainest: (o) => tells(o.text),
    };
    return best(options, rule[strategy]!).map((o) => [o.id]);
  }
  if (strategy === 'always-three') {
    const three = subsets(
      options.map((o) => o.id),
      Math.min(3, options.length),
    );
    return three;
  }
  const mid = median(options.map((o) => o.length));
  const tick: Record<string, (o: (typeof options)[number]) => boolean> = {
    longest: (o) => o.length >= mid,
    shortest: (o) => o.length <= mid,
    'no-reason': (o) => !hasReason(o.text),
    'no-absolute': (o) => !hasAbsolute(o.text),
  };
  const picked =
    strategy === 'plainest' ? best(options, (o) => tells(o.text)) : options.filter((o) => tick[strategy]!(o));
  return [picked.map((o) => o.id)];
}

/** Expected credit of a strategy and of chance over a set of questions (only those the strategy plays). */
export interface StrategyScore {
  questions: number;
  /** Expected share of the credit, 0..1. */
  score: number;
  chance: number;
  /** (score − chance) in percentage points. */
  advantage: number;
}

export function scoreStrategy(strategy: Strategy, questions: readonly Question[]): StrategyScore {
  let questionsPlayed = 0;
  let score = 0;
  let chance = 0;
  for (const q of questions) {
    if (!isChoice(q)) continue;
    const answers = strategyAnswers(strategy, q);
    if (!answers) continue;
    questionsPlayed += 1;
    score += credit(q, answers);
    chance += credit(q, chanceAnswers(q));
  }
  if (questionsPlayed === 0) return { questions: 0, score: 0, chance: 0, advantage: 0 };
  const s = score / questionsPlayed;
  const c = chance / questionsPlayed;
  return { questions: questionsPlayed, score: s, chance: c, advantage: (s - c) * 100 };
}

/** The shape of a bank's keys: true/false keyed True, and the number of right options per multiple-choice item. */
export interface KeyShape {
  trueFalse: { total: number; keyedTrue: number };
  /** Right options of each multiple-choice question, in bank order. */
  rightCounts: { id: string; right: number; options: number }[];
}

export function keyShape(questions: readonly Question[]): KeyShape {
  const tf = questions.filter((q) => q.type === 'true-false');
  return {
    trueFalse: { total: tf.length, keyedTrue: tf.filter((q) => q.answer).length },
    rightCounts: questions.flatMap((q) =>
      q.type === 'multiple'
        ? [{ id: q.id, right: q.options.filter((o) => o.correct).length, options: q.options.length }]
        : [],
    ),
  };
}

/** Why a bank's keys are lopsided (empty when they are not). */
export function bankKeyProblems(questions: readonly Question[]): string[] {
  const { trueFalse, rightCounts } = keyShape(questions);
  const problems: string[] = [];
  if (trueFalse.total > 0) {
    const share = trueFalse.keyedTrue / trueFalse.total;
    if (share < TRUE_SHARE.min || share > TRUE_SHARE.max) {
      problems.push(
        `${trueFalse.keyedTrue} of ${trueFalse.total} true/false questions are keyed True; keep it between ${TRUE_SHARE.min * 100}% and ${TRUE_SHARE.max * 100}% (0, 2, 4 or 5 true/false questions can be balanced)`,
      );
    }
  }
  for (const c of rightCounts) {
    if (c.right < 1 || c.right > c.options - 1)
      problems.push(
        `multiple-choice "${c.id}" has ${c.right} right options of ${c.options}; use from one to all but one`,
      );
  }
  if (rightCounts.length >= 2 && new Set(rightCounts.map((c) => c.right)).size === 1) {
    problems.push(
      `all ${rightCounts.length} multiple-choice questions have ${rightCounts[0]!.right} right options; vary the number`,
    );
  }
  return problems;
}

/** Site-wide problems with the number of right options in multiple-choice questions. */
export function siteKeyProblems(questions: readonly Question[]): string[] {
  const counts = keyShape(questions).rightCounts;
  if (counts.length < 5) return [];
  const byCount = new Map<number, number>();
  for (const c of counts) byCount.set(c.right, (byCount.get(c.right) ?? 0) + 1);
  return [...byCount]
    .filter(([, n]) => n / counts.length > MAX_COUNT_SHARE)
    .map(
      ([right, n]) =>
        `${n} of ${counts.length} multiple-choice questions (${Math.round((n / counts.length) * 100)}%) have ${right} right options; no number may cover more than ${MAX_COUNT_SHARE * 100}%`,
    );
}

/** Site-wide: strategies that beat chance by more than MAX_ADVANTAGE points. */
export function strategyProblems(questions: readonly Question[]): string[] {
  return STRATEGIES.flatMap((s) => {
    const r = scoreStrategy(s, questions);
    return r.advantage > MAX_ADVANTAGE
      ? [
          `the wording-only strategy "${s}" (${STRATEGY_NOTES[s]}) scores ${(r.score * 100).toFixed(1)}% over ${r.questions} questions where chance scores ${(r.chance * 100).toFixed(1)}%: ${r.advantage.toFixed(1)} points above chance, more than ${MAX_ADVANTAGE}`,
        ]
      : [];
  });
}

/** Reason clauses and absolute words on right vs wrong options of choice questions (for the table). */
export function tellRates(questions: readonly Question[]) {
  const right: string[] = [];
  const wrong: string[] = [];
  for (const q of questions) {
    if (q.type !== 'single' && q.type !== 'multiple') continue;
    for (const o of q.options) (o.correct ? right : wrong).push(o.text);
  }
  const rate = (texts: string[], test: (t: string) => boolean) =>
    texts.length ? texts.filter(test).length / texts.length : 0;
  return {
    reason: { right: rate(right, hasReason), wrong: rate(wrong, hasReason) },
    absolute: { right: rate(right, hasAbsolute), wrong: rate(wrong, hasAbsolute) },
  };
}
