/**
 * Question exports (issue 13): the shapes every exporter shares. An exporter turns a source (one lesson's bank, the
 * whole curriculum, or a classroom set) into one file in one format, and names every question it could not put in
 * that file and why: nothing is dropped silently. Exporters are pure (no DOM, no Node APIs), so the same code
 * writes the files at build time and a set's files in the browser.
 */
import type { Question } from '../quiz';

export type FormatId = 'gift' | 'moodle-xml' | 'qti21' | 'qti12' | 'kahoot' | 'blackboard' | 'brightspace' | 'csv';

/** A group of questions: one lesson's bank (a Moodle category, a QTI section, a block of rows). */
export interface ExportGroup {
  /** The lesson's id, e.g. `error-budgets`. */
  id: string;
  /** The lesson's title, e.g. `Error budgets`. */
  title: string;
  /** As authored (options and items in the content's order; importing systems shuffle by their own settings). */
  questions: readonly Question[];
}

/** What is exported. */
export interface ExportSource {
  /** File-name stem: a lesson id, `all-lessons`, or `set-<set id>`. Lower-case letters, digits and hyphens. */
  slug: string;
  /** A title for the quiz or package, e.g. `Error budgets: knowledge check`. */
  title: string;
  /** One or more groups, in path order. */
  groups: readonly ExportGroup[];
}

/** A question that is not in the file, and why, in words a trainer understands. */
export interface Skipped {
  questionId: string;
  /** The group (lesson) id it belongs to. */
  group: string;
  /** E.g. `Kahoot has no ordering questions`, `the question is 164 characters; Kahoot allows 120`. */
  reason: string;
}

export interface ExportFile {
  /** E.g. `error-budgets.gift.txt`. */
  name: string;
  /** E.g. `text/plain; charset=utf-8`. */
  mime: string;
  /** Text for text formats; bytes for zips and `.xlsx`. */
  data: string | Uint8Array;
}

export interface ExportResult {
  format: FormatId;
  file: ExportFile;
  /** How many questions are in the file. */
  exported: number;
  skipped: Skipped[];
}

/** Writes one source in one format. Never throws on content: what does not fit is skipped with its reason. */
export type Exporter = (source: ExportSource) => ExportResult;
