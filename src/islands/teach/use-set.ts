import { useEffect, useState } from 'preact/hooks';
import { questionBanks } from '../../lib/question-banks';
import type { Question } from '../../lib/quiz';
import { loadSetQuestions, type MissingQuestion } from '../../lib/teach/load-set';
import { displayOrder } from '../../lib/teach/option-order';
import { decodeSet, type QuizSet } from '../../lib/teach/set-link';

/** One question of a set: as authored (grading, the right order) and as shown (options in the set's order). */
export interface SetQuestion {
  canonical: Question;
  shown: Question;
  /** The lesson's title, and its id ('' when the question's lesson is unknown). */
  lesson: string;
  lessonId: string;
}

/** The set in the page's address, as far as it has loaded. */
export type SetView =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'bad-link'; reason: string }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; set: QuizSet; fragment: string; questions: SetQuestion[]; missing: MissingQuestion[] };

/** A set's loaded questions as the set pages show them: authored, in the set's option order, with their lesson. */
export function setQuestionsOf(
  set: QuizSet,
  loaded: { questions: readonly Question[]; lessonOf: ReadonlyMap<string, { id: string; title: string }> },
): SetQuestion[] {
  return loaded.questions.map((q) => ({
    canonical: q,
    shown: displayOrder(set.seed, q),
    lesson: loaded.lessonOf.get(q.id)?.title ?? '',
    lessonId: loaded.lessonOf.get(q.id)?.id ?? '',
  }));
}

/** A full link to a page of the site for a set, as QR codes and copy buttons need it. */
export const setUrl = (href: string, fragment: string) => new URL(`${href}#${fragment}`, location.href).href;

/** The address's fragment without `#`. */
export const currentFragment = () => location.hash.replace(/^#/, '');

/**
 * The set named by the page's address (`#s=…`), with its questions loaded from the site's question files; follows
 * the address when it changes. A link that cannot be read gives its reason, and no questions at all. `isSetLink`:
 * which fragments name a set (on a page whose own anchors also use the fragment, the others mean no set).
 */
export function useSetFromAddress(
  indexUrl: string,
  isSetLink: (fragment: string) => boolean = (fragment) => fragment !== '',
): SetView {
  const [view, setView] = useState<SetView>({ status: 'loading' });
  useEffect(() => {
    const banks = questionBanks(indexUrl);
    let current = 0;
    async function read() {
      const run = ++current;
      const fragment = currentFragment();
      if (!isSetLink(fragment)) {
        setView({ status: 'none' });
        return;
      }
      const decoded = decodeSet(fragment);
      if (!decoded.ok) {
        setView({ status: 'bad-link', reason: decoded.reason });
        return;
      }
      setView({ status: 'loading' });
      const loaded = await loadSetQuestions(decoded.set, banks);
      if (run !== current) return;
      if (!loaded.ok) {
        setView({ status: 'unavailable', message: loaded.message });
        return;
      }
      const set = decoded.set;
      setView({
        status: 'ready',
        set,
        fragment,
        missing: loaded.missing,
        questions: setQuestionsOf(set, loaded),
      });
    }
    void read();
    const onHash = () => void read();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
    // isSetLink is a rule fixed for the page, not state: the effect follows the address, not it.
  }, [indexUrl]);
  return view;
}
