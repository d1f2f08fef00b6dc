/**
 * Small pure helpers of the class results page: the words for an option in the answer counts, and the optional
 * ranking (by score only: there is no speed in a result code, so there is no leaderboard by speed).
 */
import type { Question } from '../quiz';
import { choiceOptions } from './right-answer';
import type { ClassResults } from './class-results';
import { groupCode } from './result-code';

/** One code kept for a set, as the results page lists it under "Each learner". */
export interface LearnerRow {
  /** The kept entry's id (how it is renamed or removed). */
  entryId: string;
  /** 1-based, in the order the codes were added ("Learner 3" when it has no name). */
  number: number;
  /** As kept. */
  code: string;
  /** As shown: in groups of four when it reads, else as typed. */
  shown: string;
  name?: string | undefined;
  /** Whether it is in the class's figures (a learner's earlier code, replaced by a later one, is not). */
  counted: boolean;
  /** Why it is flagged, naming the code; absent when all is well. */
  message?: string | undefined;
  score?: { points: number; total: number; percent: number } | undefined;
  /** For ranking: the points of a counted code; codes not counted come last. */
  points: number;
}

/** The rows of "Each learner": the kept entries with what the table read from each (same order, same length). */
export function learnerRows(
  results: ClassResults,
  entries: readonly { id: string; code: string; name?: string | undefined }[],
): LearnerRow[] {
  return entries.map((entry, i) => {
    const read = results.entries[i];
    const counted = read?.counted ?? false;
    return {
      entryId: entry.id,
      number: i + 1,
      code: entry.code,
      shown: read?.canonical ? groupCode(read.canonical) : entry.code,
      name: entry.name,
      counted,
      message: read?.message,
      score: read?.score,
      points: counted && read?.score ? read.score.points : -1,
    };
  });
}

/** How an option of a question is named in the answer counts: its text, or True/False. */
export function optionLabel(q: Question, optionId: string): string {
  if (q.type !== 'single' && q.type !== 'multiple' && q.type !== 'true-false') return optionId;
  return choiceOptions(q).find((o) => o.id === optionId)?.text ?? optionId;
}

/**
 * Learners in rank order, highest score first; equal scores share a rank ("1, 2, 2, 4") and keep the order they
 * were added in, so the ranking never favours whoever handed in first.
 */
export function rankLearners<T extends { points: number }>(learners: readonly T[]): (T & { rank: number })[] {
  const sorted = learners.map((l, i) => ({ l, i })).sort((a, b) => b.l.points - a.l.points || a.i - b.i);
  let rank = 0;
  return sorted.map(({ l }, n) => {
    if (n === 0 || l.points !== sorted[n - 1]!.l.points) rank = n + 1;
    return { ...l, rank };
  });
}
