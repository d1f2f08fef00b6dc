/**
 * CSV of everything (issue 13): one row per question, for spreadsheets. RFC 4180 (comma separated, CRLF line
 * ends, a cell quoted when it holds a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads the accents and emoji, and formula-safe: a cell starting with = + - @ (or a tab or carriage return)
 * gets a leading ' so a spreadsheet shows it as text instead of running it (src/lib/csv.ts, as the class results CSV).
 *
 * Columns: lesson, question id, type, scoring, prompt, one column per option / statement / step (as many as the
 * longest question has), the right answer in words (as the answer key writes it), one feedback column per option,
 * the feedback for a wrong value or number (true/false, numeric), unit, tolerance, explanation, topics, difficulty.
 */
import { exportFileName, FORMAT_INFO } from './formats';
import type { ExportResult, ExportSource, Exporter } from './types';
import type { Question } from '../quiz';
import { rightAnswerLines } from '../teach/right-answer';
import { csvText } from '../csv';

/** The parts a question lists (options, True/False, statements, steps) with their feedback. */
function partsOf(q: Question): { text: string; feedback: string }[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => ({ text: o.text, feedback: o.feedback ?? '' }));
    case 'true-false':
      return [
        { text: 'True', feedback: '' },
        { text: 'False', feedback: '' },
      ];
    case 'categorise':
      return q.items.map((i) => ({ text: i.text, feedback: i.feedback ?? '' }));
    case 'order':
      return q.items.map((i) => ({ text: i.text, feedback: '' }));
    case 'numeric':
      return [];
  }
}

const scoringOf = (q: Question) => ('scoring' in q ? q.scoring : '');

/** The table: a header row, then one row per question. */
export function csvTable(source: ExportSource): string[][] {
  const questions = source.groups.flatMap((g) => g.questions.map((q) => ({ group: g, q })));
  const width = Math.max(0, ...questions.map(({ q }) => partsOf(q).length));
  const numbered = (label: string) => Array.from({ length: width }, (_, i) => `${label} ${i + 1}`);
  const header = [
    'Lesson',
    'Question id',
    'Type',
    'Scoring',
    'Prompt',
    ...numbered('Option'),
    'Right answer',
    ...numbered('Feedback'),
    'Feedback on a wrong answer',
    'Unit',
    'Tolerance',
    'Explanation',
    'Topics',
    'Difficulty',
  ];
  const rows = questions.map(({ group, q }) => {
    const parts = partsOf(q);
    const pad = (values: string[]) => [...values, ...Array.from({ length: width - values.length }, () => '')];
    return [
      group.title,
      q.id,
      q.type,
      scoringOf(q),
      q.prompt,
      ...pad(parts.map((p) => p.text)),
      rightAnswerLines(q, q).join('\n'),
      ...pad(parts.map((p) => p.feedback)),
      q.type === 'true-false' || q.type === 'numeric' ? (q.feedback ?? '') : '',
      q.type === 'numeric' ? q.unit : '',
      q.type === 'numeric' ? String(q.tolerance) : '',
      q.explanation,
      q.topics.join(' '),
      String(q.difficulty),
    ];
  });
  return [header, ...rows];
}

/** The CSV file of a source: every question, nothing skipped. */
export const exportCsv: Exporter = (source: ExportSource): ExportResult => {
  const table = csvTable(source);
  return {
    format: 'csv',
    file: { name: exportFileName(source.slug, 'csv'), mime: FORMAT_INFO.csv.mime, data: `\uFEFF${csvText(table)}` },
    exported: table.length - 1,
    skipped: [],
  };
};
