/**
 * Picks a classroom set from the question banks: the questions of the chosen lessons and types, spread evenly
 * across the lessons, in an order given by the seed, so "Shuffle again" (a new seed) gives another set and the
 * same seed always gives the same one.
 */
import type { QuestionType } from '../quiz';
import { generator, hashString, shuffled } from '../random';
import { questionKey } from './question-key';
import { MAX_SET_QUESTIONS, type QuizSet, type TimerSeconds } from './set-link';

/** What building a set needs to know of a question. */
export interface SelectableQuestion {
  id: string;
  type: QuestionType;
  /** The id of the lesson whose bank holds it. */
  lesson: string;
}

export interface SetChoice {
  /** Lesson ids to draw from. */
  lessons: readonly string[];
  /** Question types to include. */
  types: readonly QuestionType[];
  /** How many questions (1–50; clamped). */
  count: number;
  timer: TimerSeconds;
  feedback: QuizSet['feedback'];
  seed: number;
}

/**
 * The set for a choice. Every chosen lesson gives questions in turn (one each round, in a seeded order), so a
 * 10-question set over 5 lessons has 2 from each when each has enough. `shortBy` > 0 when the matching questions
 * are fewer than asked (then the set has all of them; none at all when nothing matches).
 */
export function buildSet(pool: readonly SelectableQuestion[], choice: SetChoice): { set: QuizSet; shortBy: number } {
  const seed = choice.seed >>> 0;
  const count = Math.min(MAX_SET_QUESTIONS, Math.max(1, Math.floor(Number.isFinite(choice.count) ? choice.count : 1)));
  const types = new Set(choice.types);
  const lessons = [...new Set(choice.lessons)];
  const seenKeys = new Set<string>();
  const byLesson = new Map<string, SelectableQuestion[]>(lessons.map((l) => [l, []]));
  for (const q of pool) {
    const key = questionKey(q.id);
    if (!types.has(q.type) || !byLesson.has(q.lesson) || seenKeys.has(key)) continue;
    seenKeys.add(key);
    byLesson.get(q.lesson)!.push(q);
  }
  const random = generator(seed);
  const queues = shuffled(lessons, random)
    .map((l) => shuffled(byLesson.get(l)!, generator((seed ^ hashString(l)) >>> 0)))
    .filter((queue) => queue.length > 0);
  const picked: SelectableQuestion[] = [];
  for (let round = 0; picked.length < count && queues.some((queue) => round < queue.length); round++) {
    for (const queue of queues) if (round < queue.length && picked.length < count) picked.push(queue[round]!);
  }
  const keys = shuffled(picked, random).map((q) => questionKey(q.id));
  return {
    set: { version: 1, seed, timer: choice.timer, feedback: choice.feedback, keys },
    shortBy: count - keys.length,
  };
}
