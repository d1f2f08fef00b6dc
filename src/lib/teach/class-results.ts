/**
 * The class table, recomputed from pasted or scanned result codes: per code whether it counts (and if not, why,
 * in words naming the code), per learner the score, per question the percent right, how many answered and how
 * many chose each option, the class average, and the questions most missed first (the discussion list). Also
 * the CSV of all of it. Pure: the results page and its store call it.
 */
import { percentOf, scoreOf, type Question } from '../quiz';
import { csvText } from '../csv';
import { stateChoices, stateOutcome } from './answer-state';
import { groupCode, resultReader } from './result-code';
import type { QuizSet } from './set-link';

/** One code found in pasted text. `line` counts from 1. */
export interface PastedCode {
  code: string;
  name?: string;
  line: number;
}

/** The most codes read from one paste; a class is far smaller. */
export const MAX_PASTED = 1000;
/** The longest name kept. */
export const MAX_NAME = 60;

const isShort = (token: string) => token.replaceAll('-', '').length <= 4;

/**
 * The codes in pasted text: one per line, or several on a line separated by commas, semicolons, tabs or spaces;
 * a line may start with a name and a colon (`Ana: K7Q2-…`), which goes with each code of that line. A code typed
 * in groups with spaces (`K7Q2 AB3D …`) is read as one code.
 */
export function parsePasted(text: string): PastedCode[] {
  const out: PastedCode[] = [];
  const lines = String(text).split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && out.length < MAX_PASTED; i++) {
    let rest = lines[i]!.trim();
    let name: string | undefined;
    const named = /^([^:]{1,200}):(.*)$/.exec(rest);
    if (named) {
      name = named[1]!.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim() || undefined;
      rest = named[2]!;
    }
    for (const chunk of rest.split(/[,;\t]+/)) {
      const tokens = chunk.split(/\s+/).filter(Boolean);
      let current = '';
      let lastShort = false;
      for (const token of tokens) {
        const joins =
          current !== '' && (current.endsWith('-') || token.startsWith('-') || (lastShort && isShort(token)));
        if (joins) current += token;
        else {
          if (current) out.push(name ? { code: current, name, line: i + 1 } : { code: current, line: i + 1 });
          current = token;
        }
        lastShort = isShort(token);
      }
      if (current) out.push(name ? { code: current, name, line: i + 1 } : { code: current, line: i + 1 });
    }
  }
  return out.slice(0, MAX_PASTED);
}

export type EntryStatus = 'ok' | 'mistyped' | 'other-set' | 'duplicate-code' | 'same-learner';

/** One pasted code, read. */
export interface EntryResult {
  /** Its place in the entries given, from 0. */
  index: number;
  /** As given. */
  code: string;
  name?: string;
  status: EntryStatus;
  /** Whether it is in the figures: `ok`, and the later code of a `same-learner` pair. */
  counted: boolean;
  /** For every status but `ok`: what happened, naming the code. */
  message?: string;
  /** For readable codes: the code without dashes, the learner tag, the answer states and the score. */
  canonical?: string;
  learnerTag?: number;
  states?: number[];
  score?: { points: number; total: number; percent: number };
}

/** One question's figures over the counted codes. */
export interface QuestionResult {
  questionId: string;
  /** Its place in the set, from 1. */
  position: number;
  answered: number;
  correct: number;
  /** Percent of the counted learners who got it fully right (not answered counts as not right), 0–100. */
  percentCorrect: number;
  /** For single, multiple and true-false: how many chose each option (content order; `true`, `false`). */
  choices: { id: string; count: number }[];
}

export interface ClassResults {
  entries: EntryResult[];
  /** Codes counted: one per learner. */
  learners: number;
  /** Percent of all credit earned by the counted learners, 0–100; null when none is counted. */
  classAverage: number | null;
  /** In the set's order. */
  questions: QuestionResult[];
  /** The same, least often right first (ties in set order): the discussion list. */
  mostMissed: QuestionResult[];
}

/** `f(question, state)` remembered per question and state. */
function memoised<T>(questions: readonly Question[], f: (q: Question, state: number) => T) {
  const memo = questions.map(() => new Map<number, T>());
  return (i: number, state: number): T => {
    let value = memo[i]!.get(state);
    if (value === undefined) {
      value = f(questions[i]!, state);
      memo[i]!.set(state, value);
    }
    return value;
  };
}

const sameName = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined || a.trim().toLowerCase() === b.trim().toLowerCase();

/** Choices a question's distribution counts, in content order. */
function choiceIds(q: Question): string[] {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.id);
  return q.type === 'true-false' ? ['true', 'false'] : [];
}

/**
 * Reads every entry for `set` (whose questions, as resolved on this site, are `questions`) and computes the
 * table. A code already in the list is counted once; two different codes of the same learner (same learner
 * tag, and not given different names) are both flagged and the later one counts.
 */
export function classResults(
  set: QuizSet,
  questions: readonly Question[],
  entries: readonly { code: string; name?: string | undefined }[],
): ClassResults {
  const read = resultReader(set, questions);
  // A class gives few distinct states per question: each is graded once (a multiple-choice grade builds sets).
  const outcomeOf = memoised(questions, stateOutcome);
  const choicesOf = memoised(questions, stateChoices);
  const results: EntryResult[] = [];
  const byCanonical = new Map<string, EntryResult>();
  const byLearner = new Map<number, EntryResult>();
  entries.forEach((entry, index) => {
    const base = entry.name === undefined ? { index, code: entry.code } : { index, code: entry.code, name: entry.name };
    const decoded = read(entry.code);
    if (!decoded.ok) {
      const status = decoded.problem === 'other-set' ? 'other-set' : 'mistyped';
      results.push({ ...base, status, counted: false, message: decoded.message });
      return;
    }
    const shown = `“${groupCode(decoded.canonical)}”`;
    const outcomes = decoded.states.map((state, i) => outcomeOf(i, state));
    const readable = {
      ...base,
      canonical: decoded.canonical,
      learnerTag: decoded.learnerTag,
      states: decoded.states,
      score: scoreOf(outcomes.map((o) => ({ correct: o.correct, credit: o.score }))),
    };
    if (byCanonical.has(decoded.canonical)) {
      results.push({
        ...readable,
        status: 'duplicate-code',
        counted: false,
        message: `The code ${shown} is already in the list; it counts once.`,
      });
      return;
    }
    const result: EntryResult = { ...readable, status: 'ok', counted: true };
    const earlier = byLearner.get(decoded.learnerTag);
    if (earlier && sameName(earlier.name, entry.name)) {
      earlier.counted = false;
      earlier.status = 'same-learner';
      earlier.message = `The code “${groupCode(earlier.canonical!)}” was replaced by ${shown}, a later code from the same learner.`;
      result.status = 'same-learner';
      result.message = `The code ${shown} comes from the same learner as “${groupCode(earlier.canonical!)}”; this later one counts.`;
    }
    byCanonical.set(decoded.canonical, result);
    if (!earlier || sameName(earlier.name, entry.name)) byLearner.set(decoded.learnerTag, result);
    results.push(result);
  });

  const counted = results.filter((r) => r.counted);
  const rows: QuestionResult[] = questions.map((q, i) => {
    const counts = new Map(choiceIds(q).map((id) => [id, 0]));
    let answered = 0;
    let correct = 0;
    for (const r of counted) {
      const state = r.states![i]!;
      const outcome = outcomeOf(i, state);
      if (outcome.answered) answered += 1;
      if (outcome.correct) correct += 1;
      for (const id of choicesOf(i, state)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return {
      questionId: q.id,
      position: i + 1,
      answered,
      correct,
      percentCorrect: percentOf(correct, counted.length),
      choices: [...counts].map(([id, count]) => ({ id, count })),
    };
  });
  const points = counted.reduce((n, r) => n + r.score!.points, 0);
  return {
    entries: results,
    learners: counted.length,
    classAverage: counted.length === 0 ? null : percentOf(points, counted.length * questions.length),
    questions: rows,
    mostMissed: [...rows].sort((a, b) => a.correct - b.correct || a.position - b.position),
  };
}

const STATUS_WORDS: Record<EntryStatus, string> = {
  ok: 'counted',
  mistyped: 'mistyped',
  'other-set': 'another set',
  'duplicate-code': 'already in the list',
  'same-learner': 'same learner',
};

/** What one learner did on one question, in words. */
function answerWords(q: Question, state: number): string {
  const o = stateOutcome(q, state);
  if (!o.answered) return 'not answered';
  const verdict = o.correct ? 'right' : o.score > 0 ? `partly right (${Math.round(o.score * 100)}%)` : 'wrong';
  const chosen = stateChoices(q, state);
  return chosen.length > 0 ? `${verdict}: ${chosen.join(' ')}` : verdict;
}

/**
 * The table as CSV (RFC 4180: CRLF line ends, quoted cells where needed): a header, the questions' text, one row
 * per code given (with its status; scores and answers for readable codes), then the class rows: percent right,
 * answered, and the choices' counts. Every row has the same columns.
 */
export function resultsCsv(results: ClassResults, questions: readonly Question[]): string {
  const blank = (n: number) => Array.from({ length: n }, () => '');
  const rows: (string | number)[][] = [
    ['Name', 'Code', 'Status', 'Score %', ...questions.map((q, i) => `Q${i + 1} ${q.id}`)],
    ['Question', '', '', '', ...questions.map((q) => q.prompt)],
  ];
  const wordsOf = memoised(questions, answerWords);
  for (const e of results.entries) {
    const readable = e.states !== undefined;
    const status = e.status === 'same-learner' && !e.counted ? 'replaced by a later code' : STATUS_WORDS[e.status];
    rows.push([
      e.name ?? '',
      e.canonical ? groupCode(e.canonical) : e.code,
      status,
      readable ? e.score!.percent : '',
      ...(readable ? e.states!.map((state, i) => wordsOf(i, state)) : blank(questions.length)),
    ]);
  }
  rows.push(
    ['Class: % right', '', '', results.classAverage ?? '', ...results.questions.map((r) => r.percentCorrect)],
    ['Class: answered', '', '', results.learners, ...results.questions.map((r) => r.answered)],
    [
      'Class: choices',
      '',
      '',
      '',
      ...results.questions.map((r) => r.choices.map((c) => `${c.id}: ${c.count}`).join('; ')),
    ],
  );
  return csvText(rows);
}
