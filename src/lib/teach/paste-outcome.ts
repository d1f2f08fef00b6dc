/**
 * What happens to codes a trainer pastes (or scans) on the class results page: each is read together with the
 * codes already kept, as the class table reads them; codes that count (or are flagged but count, as a learner's
 * later code does) are kept, and the others (mistyped, another set's, the same code again) are refused, each
 * with a message naming it and the text the trainer typed, so that it can go back in the box to be corrected.
 */
import type { Question } from '../quiz';
import { classResults } from './class-results';
import type { QuizSet } from './set-link';

/** A code as pasted, with the name typed before it. */
export interface PastedCode {
  code: string;
  name?: string | undefined;
}

/** A pasted code that is not kept. */
export interface RefusedCode {
  code: string;
  /** Names the code and says why, in plain words. */
  message: string;
  /** The line as the trainer typed it (`Ana: K7Q2-…`), to put back in the box. */
  text: string;
}

/** Statuses whose code is kept: usable, or a learner's later code (flagged; the later one counts). */
const KEPT = new Set(['ok', 'same-learner']);

/** Splits `pasted` (read after the `kept` codes) into the codes to keep and those refused. */
export function pasteOutcome(
  set: QuizSet,
  questions: readonly Question[],
  kept: readonly PastedCode[],
  pasted: readonly PastedCode[],
): { accepted: PastedCode[]; refused: RefusedCode[] } {
  const read = classResults(set, [...questions], [...kept, ...pasted]).entries.slice(kept.length);
  const accepted: PastedCode[] = [];
  const refused: RefusedCode[] = [];
  pasted.forEach((p, i) => {
    const entry = read[i]!;
    if (KEPT.has(entry.status)) accepted.push(p.name ? { code: p.code, name: p.name } : { code: p.code });
    else
      refused.push({
        code: p.code,
        message: entry.message ?? `The code “${p.code}” could not be used.`,
        text: p.name ? `${p.name}: ${p.code}` : p.code,
      });
  });
  return { accepted, refused };
}
