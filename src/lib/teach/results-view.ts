/**
 * Small pure helpers of the class results page: the words for an option in the answer counts, and the optional
 * ranking (by score only: there is no speed in a result code, so there is no leaderboard by speed).
 */
import type { Question } from '../quiz';

/** How an option of a question is named in the answer counts: its text, or True/False. */
export function optionLabel(q: Question, optionId: string): string {
  if (q.type === 'true-false') return optionId === 'true' ? 'True' : 'False';
  if (q.type === 'single' || q.type === 'multiple') return q.options.find((o) => o.id === optionId)?.text ?? optionId;
  return optionId;
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
