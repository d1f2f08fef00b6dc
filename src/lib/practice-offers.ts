/**
 * What `/practice/` offers when nothing is due for review: the next lesson to read and a knowledge check worth
 * retaking (when the next review falls due is `dueDayInWords` in review-queue.ts). Pure: the page passes in the
 * learning path and the progress document.
 */
import { bestAttempt, type ProgressDoc } from './progress';
import { passes } from './quiz';

/** A lesson as the path lists it, in the path's order. */
export interface PathEntry {
  id: string;
  title: string;
}

/** A knowledge check to take again: the one with the lowest best score below 100%. */
export interface RetakeOffer extends PathEntry {
  /** The best score of its finished attempts, as a whole percentage. */
  percent: number;
  passed: boolean;
}

export interface PracticeOffers {
  /** The first lesson in the path not read yet; undefined when every lesson is read. */
  start: PathEntry | undefined;
  /** Undefined when no check was finished, or every finished check scored 100%. */
  retake: RetakeOffer | undefined;
}

/**
 * Something to do when no review is due. A check that was not passed always comes before a passed one (its best
 * score is lower); between equal scores the earlier lesson in the path wins.
 */
export function practiceOffers(doc: ProgressDoc, path: readonly PathEntry[]): PracticeOffers {
  let retake: RetakeOffer | undefined;
  for (const { id, title } of path) {
    const best = bestAttempt(doc.lessons[id]?.attempts ?? []);
    if (best && best.percent < 100 && (!retake || best.percent < retake.percent)) {
      retake = { id, title, percent: best.percent, passed: passes(best.percent) };
    }
  }
  return { start: path.find((l) => !doc.lessons[l.id]?.readAt), retake };
}
