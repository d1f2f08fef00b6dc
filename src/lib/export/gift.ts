/**
 * Moodle GIFT export (issue 13): one text file a Moodle question bank imports with "Import → GIFT format". Written
 * to what Moodle's own importer reads (question/format/gift/format.php), not to the looser published description:
 *
 * - each lesson is a `$CATEGORY:` (a `/` in a title is doubled, Moodle's escape for a slash in a category name);
 * - each question is `// [id:…] [tag:…]` (Moodle's ID number and tags) then `::id::[plain]prompt{…}`;
 * - every text escapes `\ ~ = # { } :` with a backslash and writes line breaks as `\n`, so no line of a question
 *   can be blank or start with `//`; a text that starts with `[` gets its own `[plain]` so Moodle does not read
 *   it as a format name, and a wrong option that starts with `%` gets an explicit `%0%` so it is not read as a weight;
 * - single `{=right ~wrong#why}`; multiple with `%NN%` weights (see `multipleWeights`); true/false
 *   `{TRUE#feedback for the wrong value####explanation}`; numeric `{#=answer:tolerance ~#feedback}`; categorise
 *   as matching `{=item -> group}` with a `= -> group` line for a group no item belongs to;
 * - the explanation is the general feedback (`####`).
 *
 * Order questions are skipped: Moodle's core GIFT importer has no ordering syntax (the Ordering plugin's `{>…}`
 * extension loses the feedback and is not read by other GIFT tools); the Moodle XML file carries them.
 */
import { exportFileName, FORMAT_INFO } from './formats';
import { placeQuestions } from './place';
import type { ExportResult, ExportSource, Exporter } from './types';
import type { CategoriseQuestion, MultipleQuestion, NumericQuestion, Question } from '../quiz';

/** Text escaped for GIFT: the control characters and backslash escaped, line breaks as `\n`, trimmed (Moodle trims). */
export function giftEscape(text: string): string {
  return text
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** An escaped text that may start a field: `[plain]` first when it starts with `[`, so `[html]…` stays text. */
function field(text: string): string {
  const escaped = giftEscape(text);
  return escaped.startsWith('[') ? `[plain]${escaped}` : escaped;
}

/** A number as GIFT and Moodle read it: plain decimal notation, never `1e-7` (neither importer reads exponents). */
export function plainNumber(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  const [mantissa, exp] = text.split(/e/i) as [string, string];
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.') as [string, string?];
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

/** A weight as a GIFT percentage, at most five decimals (Moodle matches fractions within 0.00001). */
const percent = (value: number) => plainNumber(Number(value.toFixed(5)));

/**
 * The `%NN%` weights of a multiple-answer question's options. Right options share 100% equally. Wrong options:
 * with partial scoring each is minus one right option's share, so Moodle's sum of chosen weights (never below 0)
 * equals the site's credit (right picks − wrong picks) ÷ right options; with all-or-nothing each is −100%, so any
 * wrong pick scores 0. Moodle's core multiple-answer question has no all-or-nothing mode: choosing only some of
 * the right options and no wrong one still earns their share there.
 */
export function multipleWeights(q: MultipleQuestion): number[] {
  const right = q.options.filter((o) => o.correct).length;
  const share = 100 / right;
  return q.options.map((o) => (o.correct ? share : q.scoring === 'partial' ? -share : -100));
}

const feedbackOf = (text: string | undefined) => (text && text.trim() ? `#${field(text)}` : '');

/** The lines inside the braces, one answer a line (tab-indented, as Moodle writes them). */
function answerLines(q: Exclude<Question, { type: 'order' }>): string[] {
  switch (q.type) {
    case 'single':
      return q.options.map((o) => {
        const mark = o.correct ? '=' : giftEscape(o.text).startsWith('%') ? '~%0%' : '~';
        return `${mark}${field(o.text)}${feedbackOf(o.feedback)}`;
      });
    case 'multiple': {
      const weights = multipleWeights(q);
      return q.options.map((o, i) => `~%${percent(weights[i]!)}%${field(o.text)}${feedbackOf(o.feedback)}`);
    }
    case 'true-false':
      // Moodle: {TRUE#feedback when the learner answers wrong#feedback when right}.
      return [`${q.answer ? 'TRUE' : 'FALSE'}${feedbackOf(q.feedback)}`];
    case 'numeric':
      return numericLines(q);
    case 'categorise':
      return matchingLines(q);
  }
}

function numericLines(q: NumericQuestion): string[] {
  const lines = [`=${plainNumber(q.answer)}:${plainNumber(q.tolerance)}`];
  if (q.feedback && q.feedback.trim()) lines.push(`~${feedbackOf(q.feedback)}`);
  return lines;
}

function matchingLines(q: CategoriseQuestion): string[] {
  const label = (bucket: string) => giftEscape(q.buckets.find((b) => b.id === bucket)?.label ?? bucket);
  const pairs = q.items.map((item) => `=${field(item.text)} -> ${label(item.bucket)}`);
  const unused = q.buckets.filter((b) => !q.items.some((item) => item.bucket === b.id));
  return [...pairs, ...unused.map((b) => `= -> ${giftEscape(b.label)}`)];
}

/** Why a question cannot be written in GIFT, or null. */
function giftProblem(q: Question): string | null {
  if (q.type === 'order')
    return "GIFT has no ordering questions in Moodle's core GIFT importer; use the Moodle XML file";
  if (q.type === 'categorise' && q.items.some((item) => item.text.includes('->')))
    return 'a statement contains "->", which GIFT matching uses to separate a statement from its group; use the Moodle XML file';
  return null;
}

/** One question in GIFT, with its ID-number and tags comment, ending in a blank line. */
export function giftQuestion(q: Exclude<Question, { type: 'order' }>): string {
  const tags = q.topics.map((t) => ` [tag:${t}]`).join('');
  const body = [...answerLines(q), `####${field(q.explanation)}`].map((line) => `\t${line}`).join('\n');
  const open = q.type === 'numeric' ? '{#' : '{';
  return `// [id:${q.id}]${tags}\n::${q.id}::[plain]${giftEscape(q.prompt)}${open}\n${body}\n}\n\n`;
}

/** A category line: Moodle reads the rest of the line as a path, `/` separating levels and `//` a slash. */
const categoryLine = (title: string) => `$CATEGORY: ${title.replace(/[\r\n]+/g, ' ').replace(/\//g, '//')}\n\n`;

/** The GIFT file of a source: a category per group, its questions, and the skipped list. */
export const exportGift: Exporter = (source: ExportSource): ExportResult => {
  const { placed, skipped, exported } = placeQuestions<Exclude<Question, { type: 'order' }>>(source, giftProblem);
  let text = `// ${source.title.replace(/[\r\n]+/g, ' ')}\n// Moodle GIFT: Question bank → Import → GIFT format.\n\n`;
  for (const { group, questions } of placed) {
    text += categoryLine(group.title);
    for (const q of questions) text += giftQuestion(q);
  }
  return {
    format: 'gift',
    file: { name: exportFileName(source.slug, 'gift'), mime: FORMAT_INFO.gift.mime, data: text },
    exported,
    skipped,
  };
};
