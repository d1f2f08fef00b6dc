/**
 * Kahoot spreadsheet (`.kahoot.xlsx`): a real Office Open XML workbook laid out like Kahoot's own quiz template,
 * which is what Kahoot's "Import spreadsheet" reads: notes in the first rows, the column headings on row 8
 * (`Question - max 120 characters | Answer 1 - max 75 characters | … | Answer 4 | Time limit (sec) | Correct
 * answer(s)`), one question per row from row 9 with its number in column A (as in Kahoot's template, and as
 * pacphi/kahoot-quiz-generator and R/exams' `exams2kahoot` fill it).
 *
 * Kahoot takes only quiz questions with two to four answers: single and multiple choice, and true/false as the
 * answers True and False, each in its short form (short-form.ts) where it has one: the lessons' questions are
 * longer than Kahoot allows, so each has a shorter wording of its own, written for games, with the same key.
 * Order, categorise and numeric questions are skipped with the reason, as is any question that, even in its short
 * form, is longer than 120 characters, has an answer longer than 75, or has more than four options. Nothing is ever
 * cut short. Lengths are counted in UTF-16 units, as Excel's LEN and the template's red-text rule count (an emoji
 * counts 2), so a question that passes here passes there. Kahoot shows answers in the file's order, so a choice
 * question's answers are in the order the site shows them for seed 0 (option-order.ts): shuffled per question, the
 * same in every build, never the authored order (where a right option could sit in the same place every time).
 * Kahoot has no column for feedback or the explanation; they are not in this file.
 *
 * The time limit is one for the whole file (Kahoot's allowed values only): 60 s unless given, and a classroom set's
 * timer maps to the nearest allowed value (`kahootTimeLimit`).
 */
import type { Question } from '../quiz';
import { gameForm, lengthOf, SHORT_LIMITS } from '../short-form';
import { displayOrder } from '../teach/option-order';
import type { ExportResult, ExportSource, Exporter } from './types';
import { placeQuestions } from './place';
import { exportFileName, FORMAT_INFO } from './formats';
import { xmlText } from './xml';
import { zipFiles } from './zip';

/** The time limits Kahoot accepts, in seconds. */
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export type KahootTimeLimit = (typeof KAHOOT_TIME_LIMITS)[number];

export const KAHOOT_DEFAULT_TIME = 60;
export const KAHOOT_MAX_QUESTION = SHORT_LIMITS.prompt;
export const KAHOOT_MAX_ANSWER = SHORT_LIMITS.option;
export const KAHOOT_MAX_ANSWERS = SHORT_LIMITS.options;

/** The row of the column headings (1-based), and of the first question. */
export const KAHOOT_HEADER_ROW = 8;

/** The column headings of row 8, as in Kahoot's template (column A has none). */
export const KAHOOT_HEADERS = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
] as const;

/** The notes above the headings (rows 2–4 and 6), as in Kahoot's template. */
const NOTES: [number, string][] = [
  [2, 'Quiz template'],
  [
    3,
    'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!',
  ],
  [
    4,
    'Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.',
  ],
  [6, "And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"],
];

/**
 * The allowed time limit nearest to a number of seconds (a set's timer); halfway between two, the longer. No timer
 * (0), or anything that is not a positive number, gives the default, 60 s.
 */
export function kahootTimeLimit(seconds?: number): KahootTimeLimit {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return KAHOOT_DEFAULT_TIME;
  let best: KahootTimeLimit = KAHOOT_TIME_LIMITS[0];
  for (const t of KAHOOT_TIME_LIMITS) if (Math.abs(t - seconds) <= Math.abs(best - seconds)) best = t;
  return best;
}

/** A question as a Kahoot row: its text, two to four answers, and which are right (1-based). */
export interface KahootRow {
  question: string;
  answers: string[];
  correct: number[];
}

/** The row for a question (in its short form where it has one), or the reasons it cannot be one. */
export function kahootRow(question: Question): KahootRow | { reason: string } {
  const q = gameForm(question);
  let answers: { text: string; correct: boolean }[];
  switch (q.type) {
    case 'order':
      return { reason: 'Kahoot’s spreadsheet import has no ordering (puzzle) questions' };
    case 'categorise':
      return { reason: 'Kahoot’s spreadsheet import has no sorting or matching questions' };
    case 'numeric':
      return { reason: 'Kahoot’s spreadsheet import has no questions answered with a number' };
    case 'true-false':
      answers = [
        { text: 'True', correct: q.answer },
        { text: 'False', correct: !q.answer },
      ];
      break;
    case 'single':
    case 'multiple':
      answers = q.options.map((o) => ({ text: o.text, correct: o.correct }));
  }
  const reasons: string[] = [];
  const length = lengthOf(q.prompt);
  if (length > KAHOOT_MAX_QUESTION)
    reasons.push(`the question is ${length} characters; Kahoot allows ${KAHOOT_MAX_QUESTION}`);
  if (answers.length > KAHOOT_MAX_ANSWERS)
    reasons.push(`it has ${answers.length} options; Kahoot allows ${KAHOOT_MAX_ANSWERS}`);
  if (answers.length < 2) reasons.push('Kahoot needs at least two answers');
  const long = answers.flatMap((a, i) => (lengthOf(a.text) > KAHOOT_MAX_ANSWER ? [i + 1] : []));
  if (long.length === 1)
    reasons.push(
      `option ${long[0]} is ${lengthOf(answers[long[0]! - 1]!.text)} characters; Kahoot allows ${KAHOOT_MAX_ANSWER}`,
    );
  else if (long.length > 1) {
    const most = Math.max(...long.map((n) => lengthOf(answers[n - 1]!.text)));
    const list = `${long.slice(0, -1).join(', ')} and ${long[long.length - 1]}`;
    reasons.push(
      `options ${list} are longer than ${KAHOOT_MAX_ANSWER} characters (up to ${most}); Kahoot allows ${KAHOOT_MAX_ANSWER}`,
    );
  }
  if (!answers.some((a) => a.correct)) reasons.push('it has no right answer');
  else if (!answers.some((a) => !a.correct)) reasons.push('every answer is right');
  if (reasons.length > 0) {
    const hint = q === question ? ' (it has no short form for games)' : '';
    return { reason: reasons.join('; ') + hint };
  }
  // Options are named in the reasons as authored (option 3 is the third in the content); the file shuffles them.
  if (q.type === 'single' || q.type === 'multiple') {
    answers = (displayOrder(0, q) as typeof q).options.map((o) => ({ text: o.text, correct: o.correct }));
  }
  return {
    question: q.prompt,
    answers: answers.map((a) => a.text),
    correct: answers.flatMap((a, i) => (a.correct ? [i + 1] : [])),
  };
}

/** Column letter of a 0-based column (A–H is all this sheet uses). */
const column = (i: number) => String.fromCharCode(65 + i);

/**
 * Text for a spreadsheet cell: XML-escaped, and `_xHHHH_` written so that Excel does not read it as an escaped
 * character (OOXML's own escape: the underscore itself as `_x005F_`).
 */
export const cellText = (text: string) => xmlText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');

/** The workbook's shared strings: each distinct text once, cells refer to it by index (as Excel writes). */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly texts: string[] = [];
  ref(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }
  xml(count: number): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${this.texts.length}">` +
      this.texts.map((t) => `<si><t xml:space="preserve">${cellText(t)}</t></si>`).join('') +
      '</sst>'
    );
  }
}

const numberCell = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** The worksheet (notes, headings on row 8, one question per row from row 9) and its shared strings. */
export function kahootSheet(rows: readonly KahootRow[], time: KahootTimeLimit): { sheet: string; strings: string } {
  const shared = new SharedStrings();
  let count = 0;
  const stringCell = (ref: string, text: string, style = 0) => {
    count += 1;
    return `<c r="${ref}" t="s"${style ? ` s="${style}"` : ''}><v>${shared.ref(text)}</v></c>`;
  };
  const out: string[] = [];
  for (const [r, note] of NOTES) out.push(`<row r="${r}">${stringCell(`B${r}`, note)}</row>`);
  const h = KAHOOT_HEADER_ROW;
  out.push(
    `<row r="${h}">${KAHOOT_HEADERS.map((text, i) => (text ? stringCell(`${column(i)}${h}`, text, 1) : '')).join('')}</row>`,
  );
  rows.forEach((row, i) => {
    const r = h + 1 + i;
    const cells = [numberCell(`A${r}`, i + 1), stringCell(`B${r}`, row.question)];
    row.answers.forEach((a, j) => cells.push(stringCell(`${column(2 + j)}${r}`, a)));
    cells.push(numberCell(`G${r}`, time));
    cells.push(
      row.correct.length === 1 ? numberCell(`H${r}`, row.correct[0]!) : stringCell(`H${r}`, row.correct.join(',')),
    );
    out.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  const last = h + rows.length;
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A2:H${last}"/>` +
    '<cols><col min="1" max="1" width="4" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/><col min="3" max="6" width="30" customWidth="1"/><col min="7" max="8" width="18" customWidth="1"/></cols>' +
    `<sheetData>${out.join('')}</sheetData></worksheet>`;
  return { sheet, strings: shared.xml(count) };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
  '</Relationships>';

/** Two cell formats: normal, and bold for the headings. */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Options for the Kahoot file. */
export interface KahootOptions {
  /** Seconds per question (a set's timer); mapped to the nearest value Kahoot allows. Default 60. */
  timeLimit?: number;
}

/** The Kahoot spreadsheet of a source, with a time limit for every question. */
export function exportKahootWith(source: ExportSource, options: KahootOptions = {}): ExportResult {
  const time = kahootTimeLimit(options.timeLimit);
  const { placed, skipped } = placeQuestions(source, (q) => {
    const row = kahootRow(q);
    return 'reason' in row ? row.reason : null;
  });
  const rows = placed.flatMap((p) => p.questions.map(kahootRow)).filter((r): r is KahootRow => !('reason' in r));
  const { sheet, strings } = kahootSheet(rows, time);
  const data = zipFiles([
    { path: '[Content_Types].xml', data: CONTENT_TYPES },
    { path: '_rels/.rels', data: ROOT_RELS },
    { path: 'xl/workbook.xml', data: WORKBOOK },
    { path: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { path: 'xl/styles.xml', data: STYLES },
    { path: 'xl/sharedStrings.xml', data: strings },
    { path: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
  return {
    format: 'kahoot',
    file: { name: exportFileName(source.slug, 'kahoot'), mime: FORMAT_INFO.kahoot.mime, data },
    exported: rows.length,
    skipped,
  };
}

/** The Kahoot spreadsheet of a source, 60 s per question. */
export const exportKahoot: Exporter = (source) => exportKahootWith(source);
