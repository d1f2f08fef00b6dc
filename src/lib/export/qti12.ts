/**
 * QTI 1.2 package (`.qti12.zip`) for Canvas Classic Quizzes, in the structure Canvas itself exports and imports:
 * `imsmanifest.xml` naming one `imsqti_xmlv1p2` resource, the quiz's `questestinterop` file with one `assessment`,
 * a root `section` holding one section per lesson (a question group that picks all of its questions, 1 point
 * each), and an `item` per question whose `itemmetadata/qtimetadata` gives Canvas's `question_type`; plus
 * `assessment_meta.xml` with the quiz's settings. The layout follows what Canvas writes (canvas-lms
 * `lib/cc/qti/qti_items.rb`) and what text2qti writes for Canvas (gpoore/text2qti `xml_assessment.py`,
 * `xml_imsmanifest.py`, `xml_assessment_meta.py`); this module is our own code.
 *
 * Types: single → `multiple_choice_question`, multiple → `multiple_answers_question`, true/false →
 * `true_false_question` (choices True and False), numeric → `numerical_question` (exact answer with a margin: the
 * unit goes into the question text, Canvas has no unit field), categorise → `matching_question` (each item matched
 * to its group; Canvas lets several items take the same group). Order questions are skipped: Canvas Classic Quizzes
 * have no ordering question. Scoring is Canvas's: it gives partial credit on multiple-answer and matching questions
 * by its own rule and has no all-or-nothing setting for them.
 *
 * Text is plain text sent as HTML (`texttype="text/html"`, escaped twice: once as HTML, once as XML) so line breaks
 * survive and markup in the content shows as text. Feedback: each option's (and item's) feedback is the answer's
 * `itemfeedback`, the explanation the general feedback shown after every answer, a numeric question's feedback the
 * feedback for a wrong answer.
 */
import type { Question } from '../quiz';
import { placeQuestions } from './place';
import type { ExportResult, ExportSource, Exporter } from './types';
import { exportFileName, FORMAT_INFO } from './formats';
import { plainToHtml, xmlAttr, xmlText } from './xml';
import { zipFiles } from './zip';

export const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const QTI12_XSD = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Canvas's question types, per our type (order questions have none). */
export const CANVAS_TYPES = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  'true-false': 'true_false_question',
  numeric: 'numerical_question',
  categorise: 'matching_question',
} as const;

/** The reason order questions are not in the file. */
export const ORDER_REASON = 'Canvas Classic Quizzes have no ordering question; use the QTI 2.1 package (New Quizzes)';

/** An ident from an id: characters other than letters, digits, `_`, `.` and `-` replaced by `_`. */
const ident = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_');

/** The assessment's ident (also its folder in the package). */
export const assessmentIdent = (slug: string) => `assessment-${ident(slug)}`;

/** Plain text as the content of a `mattext texttype="text/html"`: HTML, then XML-escaped. */
const htmlText = (text: string) => xmlText(`<div>${plainToHtml(text)}</div>`);

const mattext = (text: string) => `<material><mattext texttype="text/html">${htmlText(text)}</mattext></material>`;

const meta = (fields: [string, string][]) =>
  `<itemmetadata><qtimetadata>${fields
    .map(
      ([label, entry]) =>
        `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xmlText(entry)}</fieldentry></qtimetadatafield>`,
    )
    .join('')}</qtimetadata></itemmetadata>`;

const varequal = (respident: string, value: string) =>
  `<varequal respident="${respident}">${xmlText(value)}</varequal>`;

const feedbackRef = (id: string) => `<displayfeedback feedbacktype="Response" linkrefid="${id}"/>`;

/** The explanation: shown after every answer (Canvas's "neutral comments"). */
const GENERAL = `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${feedbackRef('general_fb')}</respcondition>`;

const itemfeedback = (id: string, text: string) =>
  `<itemfeedback ident="${id}"><flow_mat>${mattext(text)}</flow_mat></itemfeedback>`;

const SCORE_VAR = '<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>';

/** Decimal places needed to write `n` exactly in fixed notation (capped at 20, what `toFixed` allows). */
function decimalsOf(n: number): number {
  const [mantissa, exponent] = String(n).split('e');
  const places = (mantissa!.split('.')[1]?.length ?? 0) - Number(exponent ?? 0);
  return Math.min(20, Math.max(0, places));
}

/** answer ± margin in fixed notation, without binary noise (43.2 − 0.1 is `43.1`, not `43.10000000000001`). */
export function numericRange(answer: number, margin: number): { low: string; high: string; exact: string } {
  const places = Math.max(decimalsOf(answer), decimalsOf(margin));
  return {
    low: (answer - margin).toFixed(places),
    high: (answer + margin).toFixed(places),
    exact: answer.toFixed(places),
  };
}

interface ItemXml {
  fields: string[];
  presentation: string;
  processing: string;
  feedback: string;
}

const optionIdent = (q: Question, id: string) => `${ident(q.id)}-o-${ident(id)}`;

function choiceItem(q: Question & { type: 'single' | 'multiple' }): ItemXml {
  const ids = q.options.map((o) => optionIdent(q, o.id));
  const labels = q.options
    .map((o, i) => `<response_label ident="${ids[i]}">${mattext(o.text)}</response_label>`)
    .join('');
  const presentation = `<response_lid ident="response1" rcardinality="${q.type === 'single' ? 'Single' : 'Multiple'}"><render_choice>${labels}</render_choice></response_lid>`;
  const optionFeedback = q.options
    .map((o, i) =>
      o.feedback
        ? `<respcondition continue="Yes"><conditionvar>${varequal('response1', ids[i]!)}</conditionvar>${feedbackRef(`${ids[i]}_fb`)}</respcondition>`
        : '',
    )
    .join('');
  const right =
    q.type === 'single'
      ? varequal('response1', ids[q.options.findIndex((o) => o.correct)]!)
      : `<and>${q.options
          .map((o, i) => (o.correct ? varequal('response1', ids[i]!) : `<not>${varequal('response1', ids[i]!)}</not>`))
          .join('')}</and>`;
  return {
    fields: ids,
    presentation,
    processing: `${GENERAL}${optionFeedback}<respcondition continue="No"><conditionvar>${right}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    feedback: q.options.map((o, i) => (o.feedback ? itemfeedback(`${ids[i]}_fb`, o.feedback) : '')).join(''),
  };
}

function trueFalseItem(q: Question & { type: 'true-false' }): ItemXml {
  const t = `${ident(q.id)}-true`;
  const f = `${ident(q.id)}-false`;
  const right = q.answer ? t : f;
  const wrong = q.answer ? f : t;
  return {
    fields: [t, f],
    presentation: `<response_lid ident="response1" rcardinality="Single"><render_choice><response_label ident="${t}">${mattext('True')}</response_label><response_label ident="${f}">${mattext('False')}</response_label></render_choice></response_lid>`,
    processing: `${GENERAL}<respcondition continue="Yes"><conditionvar>${varequal('response1', wrong)}</conditionvar>${feedbackRef(`${wrong}_fb`)}</respcondition><respcondition continue="No"><conditionvar>${varequal('response1', right)}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    feedback: itemfeedback(`${wrong}_fb`, q.feedback),
  };
}

function numericItem(q: Question & { type: 'numeric' }): ItemXml {
  const { low, high, exact } = numericRange(q.answer, q.tolerance);
  const answerId = `${ident(q.id)}-answer`;
  const wrong = q.feedback
    ? `<respcondition continue="Yes"><conditionvar><other/></conditionvar>${feedbackRef('general_incorrect_fb')}</respcondition>`
    : '';
  return {
    fields: [answerId],
    presentation: `<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>`,
    processing: `${GENERAL}<respcondition continue="No"><conditionvar><or>${varequal('response1', exact)}<and><vargte respident="response1">${low}</vargte><varlte respident="response1">${high}</varlte></and></or></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>${wrong}`,
    feedback: q.feedback ? itemfeedback('general_incorrect_fb', q.feedback) : '',
  };
}

function matchingItem(q: Question & { type: 'categorise' }): ItemXml {
  const itemIds = q.items.map((i) => `${ident(q.id)}-i-${ident(i.id)}`);
  const groupId = (bucket: string) => `${ident(q.id)}-g-${ident(bucket)}`;
  const groups = q.buckets
    .map((b) => `<response_label ident="${groupId(b.id)}">${mattext(b.label)}</response_label>`)
    .join('');
  const presentation = q.items
    .map(
      (item, i) =>
        `<response_lid ident="response_${itemIds[i]}">${mattext(item.text)}<render_choice>${groups}</render_choice></response_lid>`,
    )
    .join('');
  const share = (100 / q.items.length).toFixed(2);
  const processing = q.items
    .map((item, i) => {
      const match = varequal(`response_${itemIds[i]}`, groupId(item.bucket));
      const add = `<respcondition><conditionvar>${match}</conditionvar><setvar varname="SCORE" action="Add">${share}</setvar></respcondition>`;
      const fb = item.feedback
        ? `<respcondition><conditionvar><not>${match}</not></conditionvar>${feedbackRef(`${itemIds[i]}_fb`)}</respcondition>`
        : '';
      return add + fb;
    })
    .join('');
  return {
    fields: itemIds,
    presentation,
    processing: GENERAL + processing,
    feedback: q.items.map((item, i) => (item.feedback ? itemfeedback(`${itemIds[i]}_fb`, item.feedback) : '')).join(''),
  };
}

/** Why a question is not in the file (Classic Quizzes have no ordering question), or null. */
export const qti12Problem = (q: Question): string | null => (q.type === 'order' ? ORDER_REASON : null);

/** One question as a Canvas QTI 1.2 `item` (not for order questions: see `qti12Problem`). */
export function qti12Item(q: Exclude<Question, { type: 'order' }>): string {
  const parts =
    q.type === 'single' || q.type === 'multiple'
      ? choiceItem(q)
      : q.type === 'true-false'
        ? trueFalseItem(q)
        : q.type === 'numeric'
          ? numericItem(q)
          : matchingItem(q);
  const text = q.type === 'numeric' ? `${q.prompt}\n\nUnit: ${q.unit}` : q.prompt;
  return (
    `<item ident="${xmlAttr(ident(q.id))}" title="${xmlAttr(q.id)}">` +
    meta([
      ['question_type', CANVAS_TYPES[q.type]],
      ['points_possible', '1.0'],
      ['original_answer_ids', parts.fields.join(',')],
      ['assessment_question_identifierref', `${ident(q.id)}-ref`],
    ]) +
    `<presentation>${mattext(text)}${parts.presentation}</presentation>` +
    `<resprocessing>${SCORE_VAR}${parts.processing}</resprocessing>` +
    itemfeedback('general_fb', q.explanation) +
    parts.feedback +
    '</item>\n'
  );
}

type Writable = Exclude<Question, { type: 'order' }>;

/** The quiz file: `questestinterop` → `assessment` → root section → a section per lesson → items. */
export function qti12Assessment(
  source: ExportSource,
  groups: { id: string; title: string; questions: Writable[] }[],
): string {
  const sections = groups
    .filter((g) => g.questions.length > 0)
    .map(
      (g) =>
        `<section ident="${xmlAttr(`section-${ident(g.id)}`)}" title="${xmlAttr(g.title)}"><selection_ordering><selection><selection_number>${g.questions.length}</selection_number><selection_extension><points_per_item>1.0</points_per_item></selection_extension></selection></selection_ordering>\n${g.questions
          .map(qti12Item)
          .join('')}</section>\n`,
    )
    .join('');
  return (
    HEAD +
    `<questestinterop xmlns="${QTI12_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI12_NS} ${QTI12_XSD}">\n` +
    `<assessment ident="${assessmentIdent(source.slug)}" title="${xmlAttr(source.title)}">` +
    `<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>\n` +
    `<section ident="root_section">\n${sections}</section>\n</assessment>\n</questestinterop>\n`
  );
}

/** Canvas's quiz settings: an unpublished practice quiz, answers shuffled, the right answers shown afterwards. */
export function qti12Meta(source: ExportSource, count: number): string {
  const id = assessmentIdent(source.slug);
  return (
    HEAD +
    `<quiz identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="${XSI}" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">\n` +
    `<title>${xmlText(source.title)}</title>\n<description></description>\n<shuffle_answers>true</shuffle_answers>\n` +
    `<scoring_policy>keep_highest</scoring_policy>\n<hide_results></hide_results>\n<quiz_type>practice_quiz</quiz_type>\n` +
    `<points_possible>${count.toFixed(1)}</points_possible>\n<show_correct_answers>true</show_correct_answers>\n` +
    `<anonymous_submissions>false</anonymous_submissions>\n<could_be_locked>false</could_be_locked>\n` +
    `<allowed_attempts>-1</allowed_attempts>\n<one_question_at_a_time>false</one_question_at_a_time>\n` +
    `<cant_go_back>false</cant_go_back>\n<available>false</available>\n</quiz>\n`
  );
}

/** The manifest Canvas reads: the quiz resource and its settings file as a dependency. */
export function qti12Manifest(source: ExportSource): string {
  const id = assessmentIdent(source.slug);
  return (
    HEAD +
    `<manifest identifier="manifest-${ident(source.slug)}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:xsi="${XSI}" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">\n` +
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>\n<organizations/>\n<resources>\n` +
    `<resource identifier="${id}" type="imsqti_xmlv1p2"><file href="${id}/${id}.xml"/><dependency identifierref="${id}-meta"/></resource>\n` +
    `<resource identifier="${id}-meta" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${id}/assessment_meta.xml"><file href="${id}/assessment_meta.xml"/></resource>\n` +
    '</resources>\n</manifest>\n'
  );
}

/** The Canvas Classic QTI 1.2 package of a source; order questions are skipped. */
export const exportQti12: Exporter = (source): ExportResult => {
  const { placed, skipped, exported: count } = placeQuestions<Writable>(source, qti12Problem, ident);
  const groups = placed.map((p) => ({ id: p.group.id, title: p.group.title, questions: p.questions }));
  const id = assessmentIdent(source.slug);
  const data = zipFiles([
    { path: 'imsmanifest.xml', data: qti12Manifest(source) },
    { path: `${id}/${id}.xml`, data: qti12Assessment(source, groups) },
    { path: `${id}/assessment_meta.xml`, data: qti12Meta(source, count) },
  ]);
  return {
    format: 'qti12',
    file: { name: exportFileName(source.slug, 'qti12'), mime: FORMAT_INFO.qti12.mime, data },
    exported: count,
    skipped,
  };
};
