/**
 * Moodle XML export (issue 13): every question type, for "Question bank → Import → Moodle XML format". Elements
 * and their order follow Moodle's own exports (question/type/{multichoice,truefalse,numerical,match}/tests/fixtures
 * and question/type/ordering/tests/fixtures/testexport.moodle.xml):
 *
 * - a `category` question per lesson (the lesson id as its ID number); each question has `<name>` and
 *   `<idnumber>` = the question id, so a re-import is recognised, and the topics as `<tags>`;
 * - texts are `format="html"`: the plain text turned into HTML (`plainToHtml`: escaped, line breaks kept) and that
 *   escaped again for XML, so `<script>` arrives as the characters, never as markup;
 * - single and multiple are `multichoice` (`<single>`), with the same fractions as the GIFT file's weights;
 *   true/false is `truefalse`; numeric is `numerical` with its tolerance, its unit (optional when answering) and
 *   a `*` answer carrying the feedback for a wrong number; categorise is `matching` (one subquestion per statement,
 *   answer = its group's label; a group with no statement is an extra answer); order is core `ordering` (all
 *   items, fraction = position, grading `RELATIVE_ALL_PREVIOUS_AND_NEXT` for partial scoring, which is the site's
 *   share of step pairs in the right order, or `ALL_OR_NOTHING`);
 * - per-option feedback in each `<answer>`; the explanation as `<generalfeedback>`.
 *
 * Moodle's matching question always gives credit per statement, so an all-or-nothing categorise question is
 * scored per statement there; nothing is skipped.
 */
import { exportFileName, FORMAT_INFO } from './formats';
import { multipleWeights, plainNumber } from './gift';
import type { ExportResult, ExportSource, Exporter } from './types';
import { plainToHtml, xmlText } from './xml';
import type { CategoriseQuestion, NumericQuestion, OrderQuestion, Question } from '../quiz';

const html = (text: string) => xmlText(plainToHtml(text));

/** `<tag format="html"><text>…</text></tag>` from plain text, at the given indent. */
const htmlField = (tag: string, text: string, indent: string) =>
  `${indent}<${tag} format="html">\n${indent}  <text>${html(text)}</text>\n${indent}</${tag}>\n`;

/** An `<answer>` with its text and optional feedback (and extra elements, e.g. a tolerance). */
function answer(fraction: string, text: string, feedback: string | undefined, format = 'html', extra = ''): string {
  const body = format === 'html' ? html(text) : xmlText(text);
  return (
    `    <answer fraction="${fraction}" format="${format}">\n      <text>${body}</text>\n` +
    htmlField('feedback', feedback ?? '', '      ') +
    extra +
    `    </answer>\n`
  );
}

/** Correct / partly correct / incorrect feedback, left empty (Moodle's defaults are shown). */
const combinedFeedback = (shownumcorrect: string) =>
  htmlField('correctfeedback', '', '    ') +
  htmlField('partiallycorrectfeedback', '', '    ') +
  htmlField('incorrectfeedback', '', '    ') +
  `    ${shownumcorrect}\n`;

const fraction = (percent: number) => plainNumber(Number(percent.toFixed(5)));

const MOODLE_TYPE: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  'true-false': 'truefalse',
  numeric: 'numerical',
  categorise: 'matching',
  order: 'ordering',
};

function numericBody(q: NumericQuestion): string {
  let out = answer(
    '100',
    plainNumber(q.answer),
    '',
    'moodle_auto_format',
    `      <tolerance>${plainNumber(q.tolerance)}</tolerance>\n`,
  );
  if (q.feedback) out += answer('0', '*', q.feedback, 'moodle_auto_format', '      <tolerance>0</tolerance>\n');
  return (
    out +
    `    <units>\n      <unit>\n        <multiplier>1</multiplier>\n        <unit_name>${xmlText(q.unit)}</unit_name>\n      </unit>\n    </units>\n` +
    '    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n' +
    '    <showunits>0</showunits>\n    <unitsleft>0</unitsleft>\n'
  );
}

function matchingBody(q: CategoriseQuestion): string {
  const sub = (text: string, label: string) =>
    `    <subquestion format="html">\n      <text>${html(text)}</text>\n      <answer>\n        <text>${xmlText(label)}</text>\n      </answer>\n    </subquestion>\n`;
  const label = (id: string) => q.buckets.find((b) => b.id === id)?.label ?? id;
  const unused = q.buckets.filter((b) => !q.items.some((item) => item.bucket === b.id));
  return (
    '    <shuffleanswers>true</shuffleanswers>\n' +
    combinedFeedback('<shownumcorrect/>') +
    q.items.map((item) => sub(item.text, label(item.bucket))).join('') +
    unused.map((b) => sub('', b.label)).join('')
  );
}

function orderingBody(q: OrderQuestion): string {
  const grading = q.scoring === 'partial' ? 'RELATIVE_ALL_PREVIOUS_AND_NEXT' : 'ALL_OR_NOTHING';
  return (
    `    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>${q.items.length}</selectcount>\n` +
    `    <gradingtype>${grading}</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n` +
    combinedFeedback('<shownumcorrect>1</shownumcorrect>') +
    q.items
      .map(
        (item, i) =>
          `    <answer fraction="${i + 1}" format="html">\n      <text>${html(item.text)}</text>\n    </answer>\n`,
      )
      .join('')
  );
}

/** The elements after the common header, by type. */
function typeBody(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const weights = q.type === 'multiple' ? multipleWeights(q) : q.options.map((o) => (o.correct ? 100 : 0));
      return (
        `    <single>${q.type === 'single'}</single>\n    <shuffleanswers>true</shuffleanswers>\n` +
        '    <answernumbering>abc</answernumbering>\n    <showstandardinstruction>0</showstandardinstruction>\n' +
        combinedFeedback('<shownumcorrect/>') +
        q.options.map((o, i) => answer(fraction(weights[i]!), o.text, o.feedback)).join('')
      );
    }
    case 'true-false':
      return (
        answer(q.answer ? '100' : '0', 'true', q.answer ? '' : q.feedback, 'moodle_auto_format') +
        answer(q.answer ? '0' : '100', 'false', q.answer ? q.feedback : '', 'moodle_auto_format')
      );
    case 'numeric':
      return numericBody(q);
    case 'categorise':
      return matchingBody(q);
    case 'order':
      return orderingBody(q);
  }
}

/** One question as Moodle XML. */
export function moodleQuestion(q: Question): string {
  const tags = q.topics.length
    ? `    <tags>\n${q.topics.map((t) => `      <tag><text>${xmlText(t)}</text></tag>\n`).join('')}    </tags>\n`
    : '';
  return (
    `  <question type="${MOODLE_TYPE[q.type]}">\n` +
    `    <name>\n      <text>${xmlText(q.id)}</text>\n    </name>\n` +
    htmlField('questiontext', q.prompt, '    ') +
    htmlField('generalfeedback', q.explanation, '    ') +
    `    <defaultgrade>1</defaultgrade>\n    <penalty>${q.type === 'true-false' ? '1' : '0.3333333'}</penalty>\n` +
    `    <hidden>0</hidden>\n    <idnumber>${xmlText(q.id)}</idnumber>\n` +
    typeBody(q) +
    tags +
    '  </question>\n\n'
  );
}

/** A category question: the path (a `/` in a title doubled, Moodle's escape) and the lesson id as ID number. */
const categoryQuestion = (id: string, title: string) =>
  `  <question type="category">\n    <category>\n      <text>${xmlText(title.replace(/\//g, '//'))}</text>\n    </category>\n` +
  `    <info format="html">\n      <text></text>\n    </info>\n    <idnumber>${xmlText(id)}</idnumber>\n  </question>\n\n`;

/** The Moodle XML file of a source: a category per group and every question. */
export const exportMoodleXml: Exporter = (source: ExportSource): ExportResult => {
  let text = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${xmlText(source.title).replace(/-+/g, '-')} -->\n<quiz>\n`;
  let exported = 0;
  for (const group of source.groups) {
    text += categoryQuestion(group.id, group.title);
    for (const q of group.questions) {
      text += moodleQuestion(q);
      exported += 1;
    }
  }
  text += '</quiz>\n';
  return {
    format: 'moodle-xml',
    file: { name: exportFileName(source.slug, 'moodle-xml'), mime: FORMAT_INFO['moodle-xml'].mime, data: text },
    exported,
    skipped: [],
  };
};
