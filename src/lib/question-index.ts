/**
 * Lookups over the question index: which lesson and bank each question belongs to, and what the progress
 * import needs to know of the site's content.
 */
import type { KnownContent } from './progress-file';
import type { QuestionIndex } from './question-data';

/** The index, turned into maps for the questions a page has to place. */
export interface IndexLookup {
  /** Title of each lesson, by lesson id. */
  lessonTitle: ReadonlyMap<string, string>;
  /** Title of the lesson that uses each bank, by bank id (the name a learner knows a bank by). */
  bankTitle: ReadonlyMap<string, string>;
  /** Lesson of each question, by question id. */
  lessonOfQuestion: ReadonlyMap<string, string>;
  /** Bank of each question, by question id. */
  bankOfQuestion: ReadonlyMap<string, string>;
}

/** Maps over a decoded index. A bank no lesson uses has no title and its questions no lesson. */
export function indexLookup(index: QuestionIndex): IndexLookup {
  const lessonTitle = new Map(index.lessons.map((l) => [l.id, l.title]));
  const lessonOfBank = new Map(index.lessons.map((l) => [l.bank, l.id]));
  const bankTitle = new Map(index.lessons.map((l) => [l.bank, l.title]));
  const lessonOfQuestion = new Map<string, string>();
  const bankOfQuestion = new Map<string, string>();
  for (const bank of index.banks) {
    const lessonId = lessonOfBank.get(bank.id);
    for (const id of bank.questions) {
      bankOfQuestion.set(id, bank.id);
      if (lessonId) lessonOfQuestion.set(id, lessonId);
    }
  }
  return { lessonTitle, bankTitle, lessonOfQuestion, bankOfQuestion };
}

/** The lessons and questions this site has, for checking an imported progress file. */
export function knownContent(index: QuestionIndex): KnownContent {
  const lookup = indexLookup(index);
  return { lessons: lookup.lessonTitle, questions: lookup.lessonOfQuestion };
}

/** The banks that hold the given questions, each once, in the order first needed. Unknown ids are skipped. */
export function banksOf(lookup: IndexLookup, questionIds: Iterable<string>): string[] {
  const banks = new Set<string>();
  for (const id of questionIds) {
    const bank = lookup.bankOfQuestion.get(id);
    if (bank) banks.add(bank);
  }
  return [...banks];
}
