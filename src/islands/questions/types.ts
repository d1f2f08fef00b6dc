import type { Question, Response } from '../../lib/quiz';

/** What every question type's input receives. */
export interface InputProps<Q extends Question = Question> {
  question: Q;
  /** Display order of options or items for this attempt. */
  parts: string[];
  /** The `name` and id prefix of the question's controls. */
  name: string;
  /** What is shown: the recorded response once checked, else the draft. */
  response: Response;
  /** True once the answer is recorded: the input shows the outcome and can no longer change. */
  locked: boolean;
  onDraft: (response: Response) => void;
  /** Says something through the page's live region (e.g. "moved to position 2"). */
  announce: (text: string) => void;
}
