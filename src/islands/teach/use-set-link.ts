import { useEffect, useMemo, useState } from 'preact/hooks';
import { questionBanks } from '../../lib/question-banks';
import type { Question } from '../../lib/quiz';
import { loadSetQuestions, type MissingQuestion } from '../../lib/teach/load-set';
import { decodeSet, setId, type QuizSet } from '../../lib/teach/set-link';

/** What a page opened with a set link has: nothing yet, a reason the link cannot be used, or the set's questions. */
export type SetLinkState =
  | { kind: 'loading' }
  /** The address has no set at all (the page was opened from the menu or a bookmark without one). */
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      set: QuizSet;
      /** setId(set): the set's number, under which everything about it is kept. */
      id: number;
      /** The set's questions as the content has them, in the set's order (missing ones left out). */
      questions: Question[];
      missing: MissingQuestion[];
    };

/** The fragment of the address, without `#`; empty outside a browser. */
const currentFragment = () => (typeof location === 'undefined' ? '' : location.hash.replace(/^#/, ''));

/**
 * The set named in the page's address (`#s=…`), with its questions: the index and the set's banks are all fetched
 * as the page opens, so that the page keeps working offline from then on. Follows the address when another set
 * link is opened in the same tab.
 */
export function useSetLink(indexUrl: string): SetLinkState {
  const banks = useMemo(() => questionBanks(indexUrl), [indexUrl]);
  const [fragment, setFragment] = useState<string | null>(null);
  const [state, setState] = useState<SetLinkState>({ kind: 'loading' });

  useEffect(() => {
    const read = () => setFragment(currentFragment());
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (fragment === null) return;
    if (!/(^|&)s=/.test(fragment)) {
      setState({ kind: 'none' });
      return;
    }
    const decoded = decodeSet(fragment);
    if (!decoded.ok) {
      setState({ kind: 'error', message: decoded.reason });
      return;
    }
    const { set } = decoded;
    let current = true;
    setState({ kind: 'loading' });
    void loadSetQuestions(set, banks).then((r) => {
      if (!current) return;
      if (!r.ok) setState({ kind: 'error', message: r.message });
      else if (r.questions.length === 0)
        setState({
          kind: 'error',
          message:
            'None of the questions in this set are on this version of the guide. Ask your trainer for a new link.',
        });
      else setState({ kind: 'ready', set, id: setId(set), questions: r.questions, missing: r.missing });
    });
    return () => {
      current = false;
    };
  }, [fragment, banks]);

  return state;
}
