/**
 * QTI 2.1 content package (`.qti21.zip`) for Canvas New Quizzes, Blackboard and other QTI 2.1 importers: an IMS
 * Content Packaging 1.1 `imsmanifest.xml`, one `assessmentItem` file per question under `items/`, and one
 * `assessmentTest` with a section per lesson. Every file validates against 1EdTech's schemas (see the tests).
 *
 * Each of our six types has an interaction: single and multiple choice and true/false as `choiceInteraction`
 * (true/false as two choices), order as `orderInteraction`, categorise as `matchInteraction` (items matched to
 * groups, a group taking any number of items), numeric as a float `textEntryInteraction` with the tolerance in
 * custom response processing (`equal toleranceMode="absolute"`). Scoring follows ours: all-or-nothing is the
 * `match_correct` rule; partial multiple choice and categorise are the `map_response` rule with a mapping that gives
 * the same credit as the site (clamped to 0..1). Order questions scored `partial` on the site (share of step pairs
 * in the right relative order) cannot be expressed in QTI's expression language at a sane size, so in QTI partial
 * credit is the share of steps in their right place.
 *
 * Feedback: every option's, item's and wrong value's feedback is a `modalFeedback` shown when the learner's
 * answer calls for it, and the explanation a `modalFeedback` shown after every answer. That needs the `FEEDBACK`
 * outcome set in response processing, which the standard templates do not do; so each item carries the
 * template's rules written out (same score) followed by the feedback rules, rather than a template reference.
 *
 * Identifiers: QTI identifiers are XML names, so the question id is used as the item identifier (and file name)
 * as it is, or with `q-` in front when it starts with a digit; option, item and group ids get `o-`, `i-`, `g-`.
 * Re-importing the package therefore names the same items again.
 */
import type { Question } from '../quiz';
import { placeQuestions, type Placed } from './place';
import type { ExportResult, ExportSource, Exporter } from './types';
import { exportFileName, FORMAT_INFO } from './formats';
import { plainToHtml, xmlAttr, xmlText } from './xml';
import { zipFiles, type ZipEntry } from './zip';

export const QTI21_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI21_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
export const IMSCP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const IMSCP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The identifier of the modal feedback that holds the explanation (upper case: no option id can be it). */
export const EXPLANATION_ID = 'EXPLANATION';
/** The identifier of the numeric question's feedback for a wrong number. */
export const WRONG_ID = 'WRONG';

/** The test file's path in the package. */
export const TEST_PATH = 'assessment-test.xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An XML name (NCName) from an id: `prefix` + the id, any character a name cannot hold replaced by `_`. */
export function qtiName(prefix: string, id: string): string {
  return `${prefix}${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/** The item identifier of a question: its id, or `q-<id>` when the id is not an XML name as it stands. */
export function itemIdentifier(questionId: string): string {
  return /^[A-Za-z_][A-Za-z0-9._-]*$/.test(questionId) ? questionId : qtiName('q-', questionId);
}

/** The item's file in the package. */
export const itemPath = (questionId: string) => `items/${itemIdentifier(questionId)}.xml`;

/** A number as QTI writes a float (xs:double): JavaScript's shortest form is one. */
const num = (n: number) => String(n);

/** Text as XHTML inside a block (`<br />` for line breaks). */
const html = (text: string) => plainToHtml(text);

const setScore = (value: string) =>
  `<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${value}</baseValue></setOutcomeValue>`;

/** The `match_correct` template's rules: 1 when the response is the correct response, else 0. */
const matchCorrect = () =>
  `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore('1')}</responseIf><responseElse>${setScore('0')}</responseElse></responseCondition>`;

/** The `map_response` template's rules: the response mapped through the declaration's mapping. */
const mapResponse = () =>
  `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore('0')}</responseIf><responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse></responseCondition>`;

/** Adds an identifier to the FEEDBACK outcome (a multiple container; NULL members are ignored). */
const addFeedback = (identifier: string) =>
  `<setOutcomeValue identifier="FEEDBACK"><multiple><variable identifier="FEEDBACK"/><baseValue baseType="identifier">${identifier}</baseValue></multiple></setOutcomeValue>`;

/** Shows the explanation after every answer. */
const explanationRule = () => addFeedback(EXPLANATION_ID);

const modal = (identifier: string, text: string) =>
  `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${identifier}" showHide="show"><div><p>${html(text)}</p></div></modalFeedback>`;

interface ItemParts {
  response: string;
  body: string;
  processing: string;
  feedback: string[];
}

function choiceParts(q: Question & { type: 'single' | 'multiple' }): ItemParts {
  const single = q.type === 'single';
  const right = q.options.filter((o) => o.correct);
  const correct = right.map((o) => `<value>${qtiName('o-', o.id)}</value>`).join('');
  const partial = q.type === 'multiple' && q.scoring === 'partial';
  // Site: credit = (right picks − wrong picks) / right options, clamped to 0..1.
  const share = 1 / right.length;
  const mapping = partial
    ? `<mapping lowerBound="0" upperBound="1" defaultValue="0">${q.options
        .map((o) => `<mapEntry mapKey="${qtiName('o-', o.id)}" mappedValue="${num(o.correct ? share : -share)}"/>`)
        .join('')}</mapping>`
    : '';
  const response = `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier"><correctResponse>${correct}</correctResponse>${mapping}</responseDeclaration>`;
  const choices = q.options
    .map((o) => `<simpleChoice identifier="${qtiName('o-', o.id)}">${html(o.text)}</simpleChoice>`)
    .join('');
  const body = `<div><p>${html(q.prompt)}</p></div><choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : q.options.length}">${choices}</choiceInteraction>`;
  const withFeedback = q.options.filter((o) => o.feedback);
  const optionFeedback = withFeedback.map(
    (o) =>
      `<responseCondition><responseIf>${
        single
          ? `<match><variable identifier="RESPONSE"/><baseValue baseType="identifier">${qtiName('o-', o.id)}</baseValue></match>`
          : `<member><baseValue baseType="identifier">${qtiName('o-', o.id)}</baseValue><variable identifier="RESPONSE"/></member>`
      }${addFeedback(qtiName('o-', o.id))}</responseIf></responseCondition>`,
  );
  return {
    response,
    body,
    processing: (partial ? mapResponse() : matchCorrect()) + optionFeedback.join('') + explanationRule(),
    feedback: withFeedback.map((o) => modal(qtiName('o-', o.id), o.feedback!)),
  };
}

function trueFalseParts(q: Question & { type: 'true-false' }): ItemParts {
  const right = q.answer ? 'true' : 'false';
  const wrong = q.answer ? 'false' : 'true';
  return {
    response: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${right}</value></correctResponse></responseDeclaration>`,
    body: `<div><p>${html(q.prompt)}</p></div><choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1"><simpleChoice identifier="true">True</simpleChoice><simpleChoice identifier="false">False</simpleChoice></choiceInteraction>`,
    processing:
      matchCorrect() +
      `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><baseValue baseType="identifier">${wrong}</baseValue></match>${addFeedback(wrong)}</responseIf></responseCondition>` +
      explanationRule(),
    feedback: [modal(wrong, q.feedback)],
  };
}

function orderParts(q: Question & { type: 'order' }): ItemParts {
  const ids = q.items.map((i) => qtiName('o-', i.id));
  const response = `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${ids
    .map((id) => `<value>${id}</value>`)
    .join('')}</correctResponse></responseDeclaration>`;
  const choices = q.items
    .map((i) => `<simpleChoice identifier="${qtiName('o-', i.id)}">${html(i.text)}</simpleChoice>`)
    .join('');
  const body = `<div><p>${html(q.prompt)}</p></div><orderInteraction responseIdentifier="RESPONSE" shuffle="true">${choices}</orderInteraction>`;
  // Partial: each step in its right place is worth an equal share.
  const share = num(1 / ids.length);
  const partial =
    setScore('0') +
    ids
      .map(
        (id, i) =>
          `<responseCondition><responseIf><match><index n="${i + 1}"><variable identifier="RESPONSE"/></index><baseValue baseType="identifier">${id}</baseValue></match><setOutcomeValue identifier="SCORE"><sum><variable identifier="SCORE"/><baseValue baseType="float">${share}</baseValue></sum></setOutcomeValue></responseIf></responseCondition>`,
      )
      .join('');
  return {
    response,
    body,
    processing: (q.scoring === 'partial' ? partial : matchCorrect()) + explanationRule(),
    feedback: [],
  };
}

function categoriseParts(q: Question & { type: 'categorise' }): ItemParts {
  const pair = (item: { id: string; bucket: string }) => `${qtiName('i-', item.id)} ${qtiName('g-', item.bucket)}`;
  const share = num(1 / q.items.length);
  const mapping =
    q.scoring === 'partial'
      ? `<mapping lowerBound="0" upperBound="1" defaultValue="0">${q.items
          .map((i) => `<mapEntry mapKey="${pair(i)}" mappedValue="${share}"/>`)
          .join('')}</mapping>`
      : '';
  const response = `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${q.items
    .map((i) => `<value>${pair(i)}</value>`)
    .join('')}</correctResponse>${mapping}</responseDeclaration>`;
  const items = q.items
    .map(
      (i) =>
        `<simpleAssociableChoice identifier="${qtiName('i-', i.id)}" matchMax="1">${html(i.text)}</simpleAssociableChoice>`,
    )
    .join('');
  const groups = q.buckets
    .map(
      (b) =>
        `<simpleAssociableChoice identifier="${qtiName('g-', b.id)}" matchMax="${q.items.length}">${html(b.label)}</simpleAssociableChoice>`,
    )
    .join('');
  const body = `<div><p>${html(q.prompt)}</p></div><matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.items.length}"><simpleMatchSet>${items}</simpleMatchSet><simpleMatchSet>${groups}</simpleMatchSet></matchInteraction>`;
  const withFeedback = q.items.filter((i) => i.feedback);
  const itemFeedback = withFeedback.map(
    (i) =>
      `<responseCondition><responseIf><not><member><baseValue baseType="directedPair">${pair(i)}</baseValue><variable identifier="RESPONSE"/></member></not>${addFeedback(qtiName('i-', i.id))}</responseIf></responseCondition>`,
  );
  return {
    response,
    body,
    processing: (q.scoring === 'partial' ? mapResponse() : matchCorrect()) + itemFeedback.join('') + explanationRule(),
    feedback: withFeedback.map((i) => modal(qtiName('i-', i.id), i.feedback!)),
  };
}

function numericParts(q: Question & { type: 'numeric' }): ItemParts {
  const tolerance = num(q.tolerance);
  const response = `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${num(q.answer)}</value></correctResponse></responseDeclaration>`;
  const width = Math.max(8, num(q.answer).length + 2);
  const body = `<div><p>${html(q.prompt)}</p></div><div><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${width}"/> ${xmlText(q.unit)}</p></div>`;
  const processing =
    `<responseCondition><responseIf><equal toleranceMode="absolute" tolerance="${tolerance} ${tolerance}" includeLowerBound="true" includeUpperBound="true"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>${setScore('1')}</responseIf><responseElse>${setScore('0')}${
      q.feedback ? addFeedback(WRONG_ID) : ''
    }</responseElse></responseCondition>` + explanationRule();
  return { response, body, processing, feedback: q.feedback ? [modal(WRONG_ID, q.feedback)] : [] };
}

function partsOf(q: Question): ItemParts {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choiceParts(q);
    case 'true-false':
      return trueFalseParts(q);
    case 'order':
      return orderParts(q);
    case 'categorise':
      return categoriseParts(q);
    case 'numeric':
      return numericParts(q);
  }
}

/** One question as a QTI 2.1 `assessmentItem` document. */
export function qti21Item(q: Question): string {
  const parts = partsOf(q);
  return (
    HEAD +
    `<assessmentItem xmlns="${QTI21_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI21_NS} ${QTI21_XSD}" identifier="${itemIdentifier(q.id)}" title="${xmlAttr(q.id)}" adaptive="false" timeDependent="false">\n` +
    `${parts.response}\n` +
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMinimum="0" normalMaximum="1"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n` +
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>1</value></defaultValue></outcomeDeclaration>\n` +
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>\n` +
    `<itemBody>${parts.body}</itemBody>\n` +
    `<responseProcessing>${parts.processing}</responseProcessing>\n` +
    parts.feedback.map((f) => `${f}\n`).join('') +
    modal(EXPLANATION_ID, q.explanation) +
    '\n</assessmentItem>\n'
  );
}

/** The `assessmentTest`: one section per lesson that has questions in the package, items in authored order. */
export function qti21Test(source: ExportSource, placed: readonly Placed[]): string {
  const sections = placed
    .filter((p) => p.questions.length > 0)
    .map(
      (p) =>
        `<assessmentSection identifier="${qtiName('section-', p.group.id)}" title="${xmlAttr(p.group.title)}" visible="true">\n${p.questions
          .map((q) => `<assessmentItemRef identifier="${itemIdentifier(q.id)}" href="${itemPath(q.id)}"/>\n`)
          .join('')}</assessmentSection>\n`,
    )
    .join('');
  return (
    HEAD +
    `<assessmentTest xmlns="${QTI21_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI21_NS} ${QTI21_XSD}" identifier="${qtiName('test-', source.slug)}" title="${xmlAttr(source.title)}">\n` +
    `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n` +
    `<testPart identifier="part-1" navigationMode="nonlinear" submissionMode="simultaneous">\n${sections}</testPart>\n` +
    `<outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>\n` +
    '</assessmentTest>\n'
  );
}

/** The IMS CP 1.1 manifest: the test (depending on every item) and one resource per item. */
export function qti21Manifest(source: ExportSource, questions: readonly Question[]): string {
  const items = questions.map((q) => {
    const id = qtiName('item-', itemIdentifier(q.id));
    return {
      id,
      xml: `<resource identifier="${id}" type="imsqti_item_xmlv2p1" href="${itemPath(q.id)}"><file href="${itemPath(q.id)}"/></resource>\n`,
    };
  });
  const test =
    questions.length === 0
      ? ''
      : `<resource identifier="test" type="imsqti_test_xmlv2p1" href="${TEST_PATH}"><file href="${TEST_PATH}"/>${items
          .map((i) => `<dependency identifierref="${i.id}"/>`)
          .join('')}</resource>\n`;
  return (
    HEAD +
    `<manifest xmlns="${IMSCP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${IMSCP_NS} ${IMSCP_XSD}" identifier="${qtiName('manifest-', source.slug)}">\n` +
    `<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n` +
    `<organizations/>\n` +
    `<resources>\n${test}${items.map((i) => i.xml).join('')}</resources>\n` +
    '</manifest>\n'
  );
}

/** The QTI 2.1 package of a source: every question type goes in. */
export const exportQti21: Exporter = (source): ExportResult => {
  const { placed, skipped } = placeQuestions(source, () => null, itemIdentifier);
  const questions = placed.flatMap((p) => p.questions);
  const files: ZipEntry[] = [{ path: 'imsmanifest.xml', data: qti21Manifest(source, questions) }];
  if (questions.length > 0) files.push({ path: TEST_PATH, data: qti21Test(source, placed) });
  for (const q of questions) files.push({ path: itemPath(q.id), data: qti21Item(q) });
  return {
    format: 'qti21',
    file: { name: exportFileName(source.slug, 'qti21'), mime: FORMAT_INFO.qti21.mime, data: zipFiles(files) },
    exported: questions.length,
    skipped,
  };
};
