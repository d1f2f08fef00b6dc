import type { FormatId } from './types';

export interface FormatInfo {
  id: FormatId;
  /** E.g. `Moodle GIFT`. */
  label: string;
  /** The file name's ending after the slug, e.g. `.gift.txt`. */
  extension: string;
  mime: string;
  /** Which systems import it. */
  systems: string;
  /** How to import it there, in one or two sentences (shown on /exports/ and in the README). */
  howTo: string;
  /** Which question types go in, and which are skipped, in a few words. */
  coverage: string;
}

/** The formats, in the order /exports/ lists them. */
export const FORMATS: readonly FormatInfo[] = [
  {
    id: 'moodle-xml',
    label: 'Moodle XML',
    extension: '.moodle.xml',
    mime: 'application/xml',
    systems: 'Moodle 4.x and 5.x',
    howTo:
      'Question bank → Import → "Moodle XML format" → choose the file. Each lesson becomes a category; order questions use Moodle’s core Ordering type.',
    coverage: 'All six types.',
  },
  {
    id: 'gift',
    label: 'Moodle GIFT',
    extension: '.gift.txt',
    mime: 'text/plain; charset=utf-8',
    systems: 'Moodle (and other GIFT importers)',
    howTo: 'Question bank → Import → "GIFT format" → choose the file.',
    coverage: 'Single, multiple, true/false, numeric and categorise (as matching); order questions are skipped.',
  },
  {
    id: 'qti21',
    label: 'QTI 2.1 package',
    extension: '.qti21.zip',
    mime: 'application/zip',
    systems: 'Canvas New Quizzes, Blackboard, and other QTI 2.1 importers',
    howTo:
      'Canvas: Settings → Import course content → "QTI .zip file". Blackboard: Question bank → Import → the .zip file.',
    coverage:
      'All six types. Canvas New Quizzes may leave out the order and categorise items (its importer takes choice and text-entry items); other QTI 2.1 importers take them.',
  },
  {
    id: 'qti12',
    label: 'QTI 1.2 package',
    extension: '.qti12.zip',
    mime: 'application/zip',
    systems: 'Canvas Classic Quizzes',
    howTo: 'Canvas: Settings → Import course content → "QTI .zip file" → choose the file.',
    coverage: 'Single, multiple, true/false, numeric and categorise (as matching); order questions are skipped.',
  },
  {
    id: 'kahoot',
    label: 'Kahoot spreadsheet',
    extension: '.kahoot.xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    systems: 'Kahoot',
    howTo: 'Create → Kahoot → Add question → Import spreadsheet → choose the file.',
    coverage:
      'Single, multiple and true/false questions, each in its short form for games (a question up to 120 characters, two to four answers up to 75, the same right answers), written for this site, never cut. Order, categorise and numeric questions are skipped: Kahoot’s import has no such questions.',
  },
  {
    id: 'blackboard',
    label: 'Blackboard upload',
    extension: '.blackboard.txt',
    mime: 'text/plain; charset=utf-8',
    systems: 'Blackboard Learn (Original and Ultra)',
    howTo: 'In a test: Add questions → Upload questions (Ultra: Question banks → Upload) → choose the file.',
    coverage:
      'Single, multiple, true/false, numeric and order; categorise questions only when each group holds one statement (Blackboard’s matching pairs one to one), otherwise they are skipped.',
  },
  {
    id: 'brightspace',
    label: 'Brightspace CSV',
    extension: '.brightspace.csv',
    mime: 'text/csv; charset=utf-8',
    systems: 'D2L Brightspace',
    howTo: 'Question Library → Import → "Upload a File" → choose the file.',
    coverage:
      'Single, multiple, true/false and order, and categorise only when each group holds one statement (Brightspace’s matching pairs one to one); numeric questions are skipped (Brightspace cannot import arithmetic questions by CSV).',
  },
  {
    id: 'csv',
    label: 'CSV',
    extension: '.questions.csv',
    mime: 'text/csv; charset=utf-8',
    systems: 'Spreadsheets (Excel, LibreOffice, Google Sheets)',
    howTo: 'Open the file; one row per question with its options, answer, feedback and explanation.',
    coverage: 'All six types.',
  },
];

export const FORMAT_INFO = Object.fromEntries(FORMATS.map((f) => [f.id, f])) as Record<FormatId, FormatInfo>;

/** The file name of a source in a format, e.g. `error-budgets.gift.txt`. */
export const exportFileName = (slug: string, format: FormatId) => `${slug}${FORMAT_INFO[format].extension}`;
