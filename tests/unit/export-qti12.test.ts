/**
 * QTI 1.2 for Canvas Classic Quizzes: every file is well-formed; each question type has exactly the element
 * structure Canvas writes and reads back (written out below from canvas-lms `lib/cc/qti/qti_items.rb` and
 * gpoore/text2qti `text2qti/xml_assessment.py`, `xml_imsmanifest.py`); and what is read back is the source:
 * text, options, the right answer, numeric range, matching pairs, feedback. Order questions are skipped.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assessmentIdent, CANVAS_TYPES, exportQti12, numericRange, ORDER_REASON } from '../../src/lib/export/qti12';
import type { Question } from '../../src/lib/quiz';
import { curriculumSource } from '../fixtures/export/pack-curriculum';
import { HOSTILE_QUESTIONS, HOSTILE_SOURCE } from '../fixtures/export/pack-hostile';

function unpack(data: string | Uint8Array): Map<string, string> {
  expect(data).toBeInstanceOf(Uint8Array);
  return new Map(Object.entries(unzipSync(data as Uint8Array)).map(([n, b]) => [n, strFromU8(b)]));
}

/** Ordered parse: every element with its children, so structure and order can be compared. */
const ordered = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: Node) => (n[tagOf(n)] as Node[]) ?? [];
const attr = (n: Node, name: string) => n[':@']?.[`@${name}`];
const elements = (n: Node) => kids(n).filter((k) => tagOf(k) !== '#text');
const child = (n: Node, tag: string) => elements(n).find((k) => tagOf(k) === tag);
const all = (n: Node, tag: string) => elements(n).filter((k) => tagOf(k) === tag);
const text = (n: Node) =>
  kids(n)
    .filter((k) => tagOf(k) === '#text')
    .map((k) => String(k['#text']))
    .join('');

/** Every element path under a node (`presentation/response_lid/render_choice/…`), as a sorted set. */
function paths(n: Node, prefix = ''): string[] {
  const out = new Set<string>();
  for (const k of elements(n)) {
    const p = prefix ? `${prefix}/${tagOf(k)}` : tagOf(k);
    out.add(p);
    for (const q of paths(k, p)) out.add(q);
  }
  return [...out].sort();
}

/** Canvas's HTML mattext back to plain text: the XML is already decoded; strip the `<div>`, `<br />` to newlines. */
function plain(html: string): string {
  return html
    .replace(/^<div>|<\/div>$/g, '')
    .replace(/<br \/>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text of a node's `material/mattext`, checked to be HTML. */
function matText(n: Node): string {
  const mattext = child(child(n, 'material')!, 'mattext')!;
  expect(attr(mattext, 'texttype')).toBe('text/html');
  return plain(text(mattext));
}

const META = [
  'itemmetadata',
  'itemmetadata/qtimetadata',
  'itemmetadata/qtimetadata/qtimetadatafield',
  'itemmetadata/qtimetadata/qtimetadatafield/fieldentry',
  'itemmetadata/qtimetadata/qtimetadatafield/fieldlabel',
];
const FEEDBACK = [
  'itemfeedback',
  'itemfeedback/flow_mat',
  'itemfeedback/flow_mat/material',
  'itemfeedback/flow_mat/material/mattext',
];
const PROCESSING = [
  'resprocessing',
  'resprocessing/outcomes',
  'resprocessing/outcomes/decvar',
  'resprocessing/respcondition',
  'resprocessing/respcondition/conditionvar',
  'resprocessing/respcondition/conditionvar/other',
  'resprocessing/respcondition/displayfeedback',
  'resprocessing/respcondition/setvar',
];
const CHOICE_PRESENTATION = [
  'presentation',
  'presentation/material',
  'presentation/material/mattext',
  'presentation/response_lid',
  'presentation/response_lid/render_choice',
  'presentation/response_lid/render_choice/response_label',
  'presentation/response_lid/render_choice/response_label/material',
  'presentation/response_lid/render_choice/response_label/material/mattext',
];

/**
 * The element structure of each Canvas question type, as Canvas exports it (qti_items.rb: `add_question`,
 * `multiple_choice_response_str`, `matching_response_lid`, `calculated_response_str`, `*_resprocessing`,
 * `item_feedback`) and text2qti writes it (ITEM_METADATA_*, ITEM_PRESENTATION_*, ITEM_RESPROCESSING_*,
 * ITEM_FEEDBACK_*): the set of element paths under `item`.
 */
const EXPECTED: Record<string, string[]> = {
  multiple_choice_question: [
    ...META,
    ...CHOICE_PRESENTATION,
    ...PROCESSING,
    'resprocessing/respcondition/conditionvar/varequal',
    ...FEEDBACK,
  ],
  true_false_question: [
    ...META,
    ...CHOICE_PRESENTATION,
    ...PROCESSING,
    'resprocessing/respcondition/conditionvar/varequal',
    ...FEEDBACK,
  ],
  multiple_answers_question: [
    ...META,
    ...CHOICE_PRESENTATION,
    ...PROCESSING,
    'resprocessing/respcondition/conditionvar/varequal',
    'resprocessing/respcondition/conditionvar/and',
    'resprocessing/respcondition/conditionvar/and/varequal',
    'resprocessing/respcondition/conditionvar/and/not',
    'resprocessing/respcondition/conditionvar/and/not/varequal',
    ...FEEDBACK,
  ],
  numerical_question: [
    ...META,
    'presentation',
    'presentation/material',
    'presentation/material/mattext',
    'presentation/response_str',
    'presentation/response_str/render_fib',
    'presentation/response_str/render_fib/response_label',
    ...PROCESSING,
    'resprocessing/respcondition/conditionvar/or',
    'resprocessing/respcondition/conditionvar/or/varequal',
    'resprocessing/respcondition/conditionvar/or/and',
    'resprocessing/respcondition/conditionvar/or/and/vargte',
    'resprocessing/respcondition/conditionvar/or/and/varlte',
    ...FEEDBACK,
  ],
  matching_question: [
    ...META,
    'presentation',
    'presentation/material',
    'presentation/material/mattext',
    'presentation/response_lid',
    'presentation/response_lid/material',
    'presentation/response_lid/material/mattext',
    'presentation/response_lid/render_choice',
    'presentation/response_lid/render_choice/response_label',
    'presentation/response_lid/render_choice/response_label/material',
    'presentation/response_lid/render_choice/response_label/material/mattext',
    ...PROCESSING,
    'resprocessing/respcondition/conditionvar/varequal',
    'resprocessing/respcondition/conditionvar/not',
    'resprocessing/respcondition/conditionvar/not/varequal',
    ...FEEDBACK,
  ],
};

/** The items of a quiz file, with the section (lesson) each is in. */
function itemsOf(xml: string): { section: Node; item: Node }[] {
  const doc = ordered.parse(xml) as Node[];
  const root = doc.find((n) => tagOf(n) === 'questestinterop')!;
  const assessment = child(root, 'assessment')!;
  const rootSection = child(assessment, 'section')!;
  expect(attr(rootSection, 'ident')).toBe('root_section');
  return all(rootSection, 'section').flatMap((section) => all(section, 'item').map((item) => ({ section, item })));
}

const metaOf = (item: Node) =>
  new Map(
    all(child(child(item, 'itemmetadata')!, 'qtimetadata')!, 'qtimetadatafield').map((f) => [
      text(child(f, 'fieldlabel')!),
      text(child(f, 'fieldentry')!),
    ]),
  );

const feedbackOf = (item: Node) =>
  new Map(all(item, 'itemfeedback').map((f) => [attr(f, 'ident')!, matText(child(f, 'flow_mat')!)]));

describe('exportQti12', () => {
  const result = exportQti12(HOSTILE_SOURCE);
  const files = unpack(result.file.data);
  const id = assessmentIdent('hostile');
  const quiz = files.get(`${id}/${id}.xml`)!;
  const items = itemsOf(quiz);
  const byId = new Map(items.map((x) => [attr(x.item, 'ident')!, x]));

  it('puts every type but order in, and skips order questions with the reason', () => {
    const order = HOSTILE_QUESTIONS.filter((q) => q.type === 'order');
    expect(result.format).toBe('qti12');
    expect(result.file.name).toBe('hostile.qti12.zip');
    expect(result.exported).toBe(HOSTILE_QUESTIONS.length - order.length);
    expect(result.skipped).toEqual(order.map((q) => ({ questionId: q.id, group: 'hostile-b', reason: ORDER_REASON })));
    expect(ORDER_REASON).toMatch(/Canvas Classic Quizzes have no ordering question/);
  });

  it('packs the manifest, the quiz and its settings, as text2qti does; every file is well-formed XML', () => {
    expect([...files.keys()]).toEqual(['imsmanifest.xml', `${id}/${id}.xml`, `${id}/assessment_meta.xml`]);
    for (const [name, xml] of files) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(exportQti12(HOSTILE_SOURCE).file.data).toEqual(result.file.data);
  });

  it('the manifest names the quiz as an imsqti_xmlv1p2 resource that depends on its settings file', () => {
    const manifest = ordered.parse(files.get('imsmanifest.xml')!) as Node[];
    const root = manifest.find((n) => tagOf(n) === 'manifest')!;
    expect(attr(root, 'xmlns')).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
    const resources = all(child(root, 'resources')!, 'resource');
    expect(resources.map((r) => attr(r, 'type'))).toEqual([
      'imsqti_xmlv1p2',
      'associatedcontent/imscc_xmlv1p1/learning-application-resource',
    ]);
    expect(attr(child(resources[0]!, 'file')!, 'href')).toBe(`${id}/${id}.xml`);
    expect(attr(child(resources[0]!, 'dependency')!, 'identifierref')).toBe(attr(resources[1]!, 'identifier'));
    expect(attr(child(resources[1]!, 'file')!, 'href')).toBe(`${id}/assessment_meta.xml`);
    for (const r of resources) expect(files.has(attr(child(r, 'file')!, 'href')!)).toBe(true);
  });

  it('the settings file is Canvas’s quiz: title, practice quiz, points = questions', () => {
    const meta = ordered.parse(files.get(`${id}/assessment_meta.xml`)!) as Node[];
    const quizNode = meta.find((n) => tagOf(n) === 'quiz')!;
    expect(attr(quizNode, 'identifier')).toBe(id);
    expect(text(child(quizNode, 'title')!)).toBe(HOSTILE_SOURCE.title);
    expect(text(child(quizNode, 'quiz_type')!)).toBe('practice_quiz');
    expect(text(child(quizNode, 'points_possible')!)).toBe(`${result.exported}.0`);
  });

  it('one section per lesson, a group that picks all its questions at 1 point each', () => {
    const sections = [...new Set(items.map((x) => x.section))];
    expect(sections.map((s) => attr(s, 'title'))).toEqual(HOSTILE_SOURCE.groups.map((g) => g.title));
    for (const s of sections) {
      const selection = child(child(s, 'selection_ordering')!, 'selection')!;
      expect(Number(text(child(selection, 'selection_number')!))).toBe(all(s, 'item').length);
    }
  });

  it.each(Object.entries(EXPECTED))('%s has the structure Canvas writes', (type, expected) => {
    const ofType = items.filter((x) => metaOf(x.item).get('question_type') === type);
    expect(ofType.length, type).toBeGreaterThan(0);
    for (const { item } of ofType) expect(paths(item)).toEqual([...new Set(expected)].sort());
  });

  it('item metadata: Canvas question type, 1 point, answer ids, and the question id as ident', () => {
    for (const q of HOSTILE_QUESTIONS) {
      if (q.type === 'order') {
        expect(byId.has(q.id)).toBe(false);
        continue;
      }
      const { item } = byId.get(q.id)!;
      const meta = metaOf(item);
      expect(meta.get('question_type')).toBe(CANVAS_TYPES[q.type]);
      expect(meta.get('points_possible')).toBe('1.0');
      expect(meta.get('original_answer_ids')!.split(',').length).toBeGreaterThan(0);
    }
  });

  describe('each item reads back as its question', () => {
    const writable = HOSTILE_QUESTIONS.filter((q) => q.type !== 'order');

    it.each(writable.map((q) => [q.id, q] as const))('%s', (_, q: Question) => {
      const { item } = byId.get(q.id)!;
      const presentation = child(item, 'presentation')!;
      const feedback = feedbackOf(item);
      expect(feedback.get('general_fb')).toBe(q.explanation);
      const conditions = all(child(item, 'resprocessing')!, 'respcondition');
      const scoring = conditions.filter((c) => child(c, 'setvar'));
      switch (q.type) {
        case 'single':
        case 'multiple':
        case 'true-false': {
          expect(matText(presentation)).toBe(q.prompt);
          const lid = child(presentation, 'response_lid')!;
          expect(attr(lid, 'rcardinality')).toBe(q.type === 'multiple' ? 'Multiple' : 'Single');
          const labels = all(child(lid, 'render_choice')!, 'response_label');
          const options =
            q.type === 'true-false'
              ? [
                  { text: 'True', correct: q.answer, feedback: q.answer ? undefined : q.feedback },
                  { text: 'False', correct: !q.answer, feedback: q.answer ? q.feedback : undefined },
                ]
              : q.options;
          expect(labels.map(matText)).toEqual(options.map((o) => o.text));
          const idents = labels.map((l) => attr(l, 'ident')!);
          options.forEach((o, i) => expect(feedback.get(`${idents[i]}_fb`)).toBe(o.feedback));
          // The one condition that sets the score names exactly the right options (and, for several, not the wrong).
          expect(scoring).toHaveLength(1);
          const cond = child(scoring[0]!, 'conditionvar')!;
          const and = child(cond, 'and');
          const right = (and ? all(and, 'varequal') : all(cond, 'varequal')).map(text);
          expect(right).toEqual(idents.filter((_, i) => options[i]!.correct));
          if (and)
            expect(all(and, 'not').map((n) => text(child(n, 'varequal')!))).toEqual(
              idents.filter((_, i) => !options[i]!.correct),
            );
          expect(text(child(scoring[0]!, 'setvar')!)).toBe('100');
          break;
        }
        case 'numeric': {
          expect(matText(presentation)).toBe(`${q.prompt}\n\nUnit: ${q.unit}`);
          const or = child(child(scoring[0]!, 'conditionvar')!, 'or')!;
          expect(Number(text(child(or, 'varequal')!))).toBe(q.answer);
          const and = child(or, 'and')!;
          expect(Number(text(child(and, 'vargte')!))).toBeCloseTo(q.answer - q.tolerance, 12);
          expect(Number(text(child(and, 'varlte')!))).toBeCloseTo(q.answer + q.tolerance, 12);
          expect(feedback.get('general_incorrect_fb')).toBe(q.feedback);
          break;
        }
        case 'categorise': {
          expect(matText(presentation)).toBe(q.prompt);
          const lids = all(presentation, 'response_lid');
          expect(lids.map(matText)).toEqual(q.items.map((i) => i.text));
          for (const [i, lid] of lids.entries()) {
            const labels = all(child(lid, 'render_choice')!, 'response_label');
            expect(labels.map(matText)).toEqual(q.buckets.map((b) => b.label));
            const right = labels[q.buckets.findIndex((b) => b.id === q.items[i]!.bucket)]!;
            const add = scoring.find(
              (c) => attr(child(child(c, 'conditionvar')!, 'varequal')!, 'respident') === attr(lid, 'ident'),
            );
            expect(text(child(child(add!, 'conditionvar')!, 'varequal')!)).toBe(attr(right, 'ident'));
            expect(attr(child(add!, 'setvar')!, 'action')).toBe('Add');
            const itemIdent = attr(lid, 'ident')!.replace(/^response_/, '');
            expect(feedback.get(`${itemIdent}_fb`)).toBe(q.items[i]!.feedback);
          }
          const total = scoring.reduce((n, c) => n + Number(text(child(c, 'setvar')!)), 0);
          expect(total).toBeCloseTo(100, 1);
          break;
        }
      }
    });
  });

  it('hostile text stays text: no script element, markup escaped twice', () => {
    expect(quiz).not.toMatch(/<script/i);
    expect(quiz).toContain('&amp;lt;script&amp;gt;');
  });

  it('numeric ranges are written without binary noise', () => {
    expect(numericRange(43.2, 0.1)).toEqual({ low: '43.1', high: '43.3', exact: '43.2' });
    expect(numericRange(99.9, 0)).toEqual({ low: '99.9', high: '99.9', exact: '99.9' });
    expect(numericRange(5, 0.05)).toEqual({ low: '4.95', high: '5.05', exact: '5.00' });
    expect(numericRange(1e-7, 0)).toEqual({ low: '0.0000001', high: '0.0000001', exact: '0.0000001' });
  });

  it('the whole curriculum: every non-order question goes in, each well-formed with its type’s structure', () => {
    const source = curriculumSource();
    const questions = source.groups.flatMap((g) => g.questions);
    const out = exportQti12(source);
    const order = questions.filter((q) => q.type === 'order');
    expect(out.exported).toBe(questions.length - order.length);
    expect(out.skipped.map((s) => s.questionId)).toEqual(order.map((q) => q.id));
    const pack = unpack(out.file.data);
    const aid = assessmentIdent(source.slug);
    const xml = pack.get(`${aid}/${aid}.xml`)!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const unexpected = itemsOf(xml).flatMap(({ item }) => {
      const allowed = new Set(EXPECTED[metaOf(item).get('question_type')!]);
      // A question without per-option feedback may lack some paths; every path present must be expected.
      return paths(item)
        .filter((p) => !allowed.has(p))
        .map((p) => `${attr(item, 'ident')}: ${p}`);
    });
    expect(unexpected).toEqual([]);
  }, 60_000);
});
