/**
 * Brightspace (D2L) Question Library CSV (issue 13), for "Question Library → Import → Upload a File". D2L publishes
 * no specification; its sample file (Sample_Question_Import_UTF8.csv, served by s.brightspace.com's import tool) is
 * the reference, and this follows its layout: one block of rows per question, every row five columns, the block
 * ended by an empty row (`,,,,`):
 *
 *   NewQuestion,MC|MS|TF|O|M   ID,<question id>   Title,<question id>   QuestionText,<prompt>   Points,1
 *   Difficulty,<1–3>   [Scoring,…]   answer rows   Feedback,<explanation>
 *
 * Answer rows: MC `Option,100|0,text,,feedback`; MS `Option,1|0,text,,feedback` with Scoring RightMinusWrong
 * (partial: credit for right picks minus wrong ones, as the site scores) or AllOrNothing; TF `TRUE,100|0,feedback`
 * and `FALSE,…` (the feedback on the wrong value); O `Item,text,NOT HTML,,` in the right order with Scoring
 * EquallyWeighted (partial; D2L credits each step in its right place, where the site counts pairs in the right
 * order) or AllOrNothing; M `Choice,n,statement,,` and `Match,n,group,,`.
 *
 * Texts are plain (no HTML flag), so `<script>` shows as characters. Cells are RFC 4180 (quoted when they hold a
 * comma, quote or line break), CRLF, UTF-8 without a byte-order mark, as D2L's sample. No formula guard: the file
 * is for D2L, and a ' would become part of the question.
 *
 * Skipped: numeric questions (D2L cannot import arithmetic questions from CSV), and categorise questions where a
 * group holds more than one statement (a D2L matching question pairs each statement with its own answer; a group
 * repeated as several identical answers would mark right placements wrong).
 */
import { csvText } from '../csv';
import { exportFileName, FORMAT_INFO } from './formats';
import { placeQuestions } from './place';
import type { ExportResult, ExportSource, Exporter } from './types';
import type { CategoriseQuestion, Question } from '../quiz';

type Row = string[];
const row = (...cells: (string | number)[]): Row => {
  const out = cells.map(String);
  while (out.length < 5) out.push('');
  return out;
};

/** Whether every group of a categorise question holds exactly one statement (a one-to-one matching). */
export const isOneToOne = (q: CategoriseQuestion) =>
  q.buckets.length === q.items.length && q.buckets.every((b) => q.items.filter((i) => i.bucket === b.id).length === 1);

/** Why a question cannot go into the Brightspace CSV, or null. */
export function brightspaceProblem(q: Question): string | null {
  if (q.type === 'numeric') return 'Brightspace cannot import arithmetic (numeric) questions from CSV';
  if (q.type === 'categorise' && !isOneToOne(q))
    return "Brightspace's matching pairs each statement with its own answer; here a group holds several statements";
  return null;
}

const TYPE: Record<Exclude<Question['type'], 'numeric'>, string> = {
  single: 'MC',
  multiple: 'MS',
  'true-false': 'TF',
  order: 'O',
  categorise: 'M',
};

function answerRows(q: Exclude<Question, { type: 'numeric' }>): Row[] {
  const scoring = (partial: string) =>
    row('Scoring', q.type !== 'single' && 'scoring' in q && q.scoring === 'partial' ? partial : 'AllOrNothing');
  switch (q.type) {
    case 'single':
      return q.options.map((o) => row('Option', o.correct ? 100 : 0, o.text, '', o.feedback ?? ''));
    case 'multiple':
      return [
        scoring('RightMinusWrong'),
        ...q.options.map((o) => row('Option', o.correct ? 1 : 0, o.text, '', o.feedback ?? '')),
      ];
    case 'true-false':
      return [
        row('TRUE', q.answer ? 100 : 0, q.answer ? '' : q.feedback),
        row('FALSE', q.answer ? 0 : 100, q.answer ? q.feedback : ''),
      ];
    case 'order':
      return [scoring('EquallyWeighted'), ...q.items.map((i) => row('Item', i.text, 'NOT HTML', '', ''))];
    case 'categorise': {
      const label = (id: string) => q.buckets.find((b) => b.id === id)?.label ?? id;
      return [
        scoring('EquallyWeighted'),
        ...q.items.map((i, n) => row('Choice', n + 1, i.text, '', '')),
        ...q.items.map((i, n) => row('Match', n + 1, label(i.bucket), '', '')),
      ];
    }
  }
}

/** The rows of one question's block, ending with the empty separator row. */
export function brightspaceBlock(q: Exclude<Question, { type: 'numeric' }>): Row[] {
  return [
    row('NewQuestion', TYPE[q.type]),
    row('ID', q.id),
    row('Title', q.id),
    row('QuestionText', q.prompt),
    row('Points', 1),
    row('Difficulty', q.difficulty),
    ...answerRows(q),
    row('Feedback', q.explanation),
    row(),
  ];
}

/** The Brightspace CSV of a source. */
export const exportBrightspace: Exporter = (source: ExportSource): ExportResult => {
  const { placed, skipped, exported } = placeQuestions<Exclude<Question, { type: 'numeric' }>>(
    source,
    brightspaceProblem,
  );
  const rows: Row[] = [row(`// ${source.title.replace(/[\r\n]+/g, ' ')}`)];
  for (const { group, questions } of placed) {
    rows.push(row(`// ${group.title.replace(/[\r\n]+/g, ' ')}`));
    for (const q of questions) rows.push(...brightspaceBlock(q));
  }
  return {
    format: 'brightspace',
    file: {
      name: exportFileName(source.slug, 'brightspace'),
      mime: FORMAT_INFO.brightspace.mime,
      data: csvText(rows, false),
    },
    exported,
    skipped,
  };
};
