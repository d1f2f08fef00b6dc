/**
 * Short forms (issue 13): a choice or true/false question worded again for quiz games with tight limits. Kahoot's
 * spreadsheet takes a question of at most 120 characters and two to four answers of at most 75; every scenario
 * question of the lessons is longer. A short form is the same question, shorter: its own prompt and, for a choice
 * question, at most four of its options by id with shorter texts. The key never changes: which options are right
 * comes from the full question, so a short form cannot disagree with it.
 *
 * Lengths are counted in UTF-16 units, as Excel's LEN and Kahoot's template count them (an emoji counts 2).
 */
import { decodeList, isKey, isRecord, ShapeError } from './guards';
import type { ChoiceOption, Question } from './quiz';

/** The limits a short form keeps to (Kahoot's). */
export const SHORT_LIMITS = { prompt: 120, option: 75, options: 4 } as const;

/** The short wording of a question. */
export interface ShortForm {
  /** At most 120 characters. */
  prompt: string;
  /**
   * Choice questions only: the options the game shows, by the full question's option ids, each reworded in at most
   * 75 characters; two to four of them, with a right one and (so that it is still a question) a wrong one.
   */
  options?: { id: string; text: string }[] | undefined;
}

/** The questions a short form can belong to. */
export type ShortFormQuestion = Extract<Question, { type: 'single' | 'multiple' | 'true-false' }>;

export const canHaveShortForm = (q: Question): q is ShortFormQuestion =>
  q.type === 'single' || q.type === 'multiple' || q.type === 'true-false';

/** Length as Excel and Kahoot's template count it (UTF-16 units). */
export const lengthOf = (text: string) => text.length;

/** What is wrong with a question's short form, in words an author can act on; none when it has none. */
export function shortFormProblems(q: Question, short: ShortForm): string[] {
  const problems: string[] = [];
  if (!canHaveShortForm(q)) return [`a ${q.type} question cannot have a short form (games take choice questions)`];
  if (lengthOf(short.prompt) > SHORT_LIMITS.prompt)
    problems.push(`its short prompt is ${lengthOf(short.prompt)} characters; at most ${SHORT_LIMITS.prompt}`);
  if (q.type === 'true-false') {
    if (short.options !== undefined) problems.push('a true/false question’s short form has no options');
    return problems;
  }
  const listed = short.options ?? [];
  if (listed.length < 2 || listed.length > SHORT_LIMITS.options)
    problems.push(`its short form lists ${listed.length} options; it needs 2 to ${SHORT_LIMITS.options}`);
  const byId = new Map(q.options.map((o) => [o.id, o]));
  const seen = new Set<string>();
  for (const o of listed) {
    if (!byId.has(o.id)) problems.push(`its short form names option "${o.id}", which the question does not have`);
    if (seen.has(o.id)) problems.push(`its short form names option "${o.id}" twice`);
    seen.add(o.id);
    if (lengthOf(o.text) > SHORT_LIMITS.option)
      problems.push(`short option "${o.id}" is ${lengthOf(o.text)} characters; at most ${SHORT_LIMITS.option}`);
  }
  const chosen = [...seen].flatMap((id) => byId.get(id) ?? []);
  if (!chosen.some((o) => o.correct)) problems.push('its short form leaves out every right option');
  if (!chosen.some((o) => !o.correct)) problems.push('its short form leaves out every wrong option');
  return problems;
}

/**
 * The question as a game shows it: its short form's prompt and options (right and wrong as in the full question,
 * feedback kept), or the question itself when it has no short form.
 */
export function gameForm(q: Question): Question {
  if (!canHaveShortForm(q) || q.short === undefined) return q;
  if (q.type === 'true-false') return { ...q, prompt: q.short.prompt };
  const byId = new Map(q.options.map((o) => [o.id, o]));
  const options: ChoiceOption[] = (q.short.options ?? []).flatMap((s) => {
    const full = byId.get(s.id);
    return full ? [{ ...full, text: s.text }] : [];
  });
  return { ...q, prompt: q.short.prompt, options };
}

/**
 * `/data/questions/short-forms.json` (question-data.ts), checked before any of it is used: a map of question ids
 * to short forms of the right shape and within the limits. Which options a form names, and that a right and a
 * wrong one are among them, is left to the export: a damaged form keeps only its question out of the game's file,
 * with the reason (kahoot.ts). Throws ShapeError.
 */
export function decodeShortForms(data: unknown): Map<string, ShortForm> {
  if (!isRecord(data)) throw new ShapeError('short forms', 'expected an object');
  const forms = new Map<string, ShortForm>();
  for (const [id, v] of Object.entries(data)) {
    const path = `short forms.${id}`;
    if (!isKey(id) || !isRecord(v)) throw new ShapeError(path, 'expected a question id and its short form');
    const text = (t: unknown, where: string, max: number) => {
      if (typeof t !== 'string' || t.length === 0 || t.length > max) throw new ShapeError(where, 'expected a text');
      return t;
    };
    const form: ShortForm = { prompt: text(v['prompt'], `${path}.prompt`, SHORT_LIMITS.prompt) };
    if (v['options'] !== undefined) {
      form.options = decodeList(
        v['options'],
        `${path}.options`,
        (o, where) => {
          if (!isRecord(o) || typeof o['id'] !== 'string') throw new ShapeError(where, 'expected an option');
          return { id: o['id'], text: text(o['text'], `${where}.text`, SHORT_LIMITS.option) };
        },
        SHORT_LIMITS.options,
      );
    }
    forms.set(id, form);
  }
  return forms;
}

/** Questions with their short forms (those `forms` has) put back, as the content has them. */
export const withShortForms = (questions: readonly Question[], forms: ReadonlyMap<string, ShortForm>): Question[] =>
  questions.map((q) => (canHaveShortForm(q) && forms.has(q.id) ? { ...q, short: forms.get(q.id) } : q));
