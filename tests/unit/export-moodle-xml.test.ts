/**
 * Moodle XML export: the file is well-formed (libxml2), every question read back with fast-xml-parser has the source's
 * fields (name, ID number, texts, fractions, feedback, tolerance and unit, matching pairs, ordering positions and
 * grading, tags), and each type has the elements, in the order and nesting, of Moodle's own fixtures.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { multipleWeights } from '../../src/lib/export/gift';
import { exportMoodleXml } from '../../src/lib/export/moodle-xml';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { allQuestions, CURRICULUM_TIMEOUT, curriculumSource, hostileSource } from '../fixtures/export/sources';

/**
 * The child elements of each question type, in order, as Moodle writes them. From Moodle's fixtures
 * (moodle/moodle question/type/multichoice|truefalse|match|numerical/tests/fixtures/testquestion.moodle.xml and
 * question/type/ordering/tests/fixtures/testexport.moodle.xml): the common header (name … hidden), `idnumber`
 * after `hidden` (ordering fixture, question/format/xml/tests/fixtures/export_category.xml), no hints (we write
 * none), `tags` last (where qformat_xml writes them). Numerical adds the unit elements qformat_xml writes after
 * the answers (units, unitgradingtype, unitpenalty, showunits, unitsleft). `answer+` means one or more.
 */
const HEAD = ['name', 'questiontext', 'generalfeedback', 'defaultgrade', 'penalty', 'hidden', 'idnumber'];
const COMBINED = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback', 'shownumcorrect'];
const STRUCTURE: Record<string, string[]> = {
  multichoice: [
    ...HEAD,
    'single',
    'shuffleanswers',
    'answernumbering',
    'showstandardinstruction',
    ...COMBINED,
    'answer+',
  ],
  truefalse: [...HEAD, 'answer', 'answer'],
  numerical: [...HEAD, 'answer+', 'units', 'unitgradingtype', 'unitpenalty', 'showunits', 'unitsleft'],
  matching: [...HEAD, 'shuffleanswers', ...COMBINED, 'subquestion+'],
  ordering: [
    ...HEAD,
    'layouttype',
    'selecttype',
    'selectcount',
    'gradingtype',
    'showgrading',
    'numberingstyle',
    ...COMBINED,
    'answer+',
  ],
};
/** Inside an answer / subquestion, as in the fixtures. */
const ANSWER_CHILDREN: Record<string, string[][]> = {
  multichoice: [['text', 'feedback']],
  truefalse: [['text', 'feedback']],
  numerical: [['text', 'feedback', 'tolerance']],
  ordering: [['text'], ['text', 'feedback']],
  matching: [['text', 'answer']],
};

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const nameOf = (node: Ordered) => Object.keys(node).find((k) => k !== ':@')!;
const childrenOf = (node: Ordered) => node[nameOf(node)] as Ordered[];

/** Collapses `answer, answer, …` to `answer+` to compare with STRUCTURE. */
function collapse(names: string[], repeatable: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const plus = `${name}+`;
    if (repeatable.includes(plus)) {
      if (out.at(-1) !== plus) out.push(plus);
    } else out.push(name);
  }
  return out;
}

/** The HTML text Moodle stores, back to the plain text (`plainToHtml` reversed). */
const fromHtml = (text: string) =>
  text
    .replace(/<br \/>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The source text as it can be in XML 1.0: control characters dropped, CRLF as LF. */
// eslint-disable-next-line no-control-regex -- control characters are what XML 1.0 drops
const inXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/\r\n/g, '\n');

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});
const orderedParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: true });

interface Text {
  text: string;
}
type MoodleQuestion = Record<string, unknown> & {
  '@_type': string;
  name: Text;
  questiontext: Text;
  generalfeedback: Text;
  idnumber: string;
  answer?: (Text & { '@_fraction': string; feedback?: Text; tolerance?: string })[];
  subquestion?: (Text & { answer: Text[] })[];
  tags?: { tag: Text[] };
  category?: Text;
};

function readBack(source: ExportSource) {
  const result = exportMoodleXml(source);
  const xml = result.file.data as string;
  const quiz = (parser.parse(xml) as { quiz: { question: MoodleQuestion[] } }).quiz.question;
  const ordered = childrenOf((orderedParser.parse(xml) as Ordered[]).find((n) => nameOf(n) === 'quiz')!).filter(
    (n) => nameOf(n) === 'question',
  );
  return { result, quiz, ordered };
}

const text = (t: Text | undefined) => fromHtml(String(t?.text ?? ''));

function expectSame(m: MoodleQuestion, q: Question) {
  expect(m.name.text).toBe(q.id);
  expect(m.idnumber).toBe(q.id);
  expect(m.questiontext['@_format' as never]).toBe('html');
  expect(text(m.questiontext)).toBe(inXml(q.prompt));
  expect(text(m.generalfeedback)).toBe(inXml(q.explanation));
  expect((m.tags?.tag ?? []).map((t) => t.text)).toEqual(q.topics);
  const answers = m.answer ?? [];
  switch (q.type) {
    case 'single':
    case 'multiple': {
      expect(m['@_type']).toBe('multichoice');
      expect(m.single).toBe(String(q.type === 'single'));
      const weights = q.type === 'multiple' ? multipleWeights(q) : q.options.map((o) => (o.correct ? 100 : 0));
      expect(answers.map((a) => [text(a), text(a.feedback)])).toEqual(
        q.options.map((o) => [inXml(o.text), inXml(o.feedback ?? '')]),
      );
      answers.forEach((a, i) => expect(Number(a['@_fraction'])).toBeCloseTo(weights[i]!, 4));
      return;
    }
    case 'true-false':
      expect(m['@_type']).toBe('truefalse');
      expect(answers.map((a) => [a.text, a['@_fraction'], text(a.feedback)])).toEqual([
        ['true', q.answer ? '100' : '0', q.answer ? '' : inXml(q.feedback)],
        ['false', q.answer ? '0' : '100', q.answer ? inXml(q.feedback) : ''],
      ]);
      return;
    case 'numeric': {
      expect(m['@_type']).toBe('numerical');
      const [right, ...rest] = answers;
      expect(Number(right!.text)).toBe(q.answer);
      expect(Number(right!.tolerance)).toBe(q.tolerance);
      expect(right!['@_fraction']).toBe('100');
      expect(rest.map((a) => [a.text, a['@_fraction'], text(a.feedback)])).toEqual(
        q.feedback ? [['*', '0', inXml(q.feedback)]] : [],
      );
      const units = m.units as { unit: { unit_name: string; multiplier: string } };
      expect([units.unit.multiplier, units.unit.unit_name]).toEqual(['1', inXml(q.unit)]);
      return;
    }
    case 'categorise': {
      expect(m['@_type']).toBe('matching');
      const label = (id: string) => q.buckets.find((b) => b.id === id)!.label;
      const unused = q.buckets.filter((b) => !q.items.some((i) => i.bucket === b.id));
      expect(m.subquestion!.map((s) => [text(s), String(s.answer[0]!.text)])).toEqual([
        ...q.items.map((i) => [inXml(i.text), inXml(label(i.bucket))]),
        ...unused.map((b) => ['', inXml(b.label)]),
      ]);
      return;
    }
    case 'order':
      expect(m['@_type']).toBe('ordering');
      expect(m.selecttype).toBe('ALL');
      expect(m.gradingtype).toBe(q.scoring === 'partial' ? 'RELATIVE_ALL_PREVIOUS_AND_NEXT' : 'ALL_OR_NOTHING');
      expect(answers.map((a) => [a['@_fraction'], text(a)])).toEqual(
        q.items.map((i, n) => [String(n + 1), inXml(i.text)]),
      );
      return;
  }
}

function expectRoundTrip(source: ExportSource) {
  const { result, quiz, ordered } = readBack(source);
  const categories = quiz.filter((m) => m['@_type'] === 'category');
  expect(categories.map((c) => String(c.category!.text).replace(/\/\//g, '/'))).toEqual(
    source.groups.map((g) => inXml(g.title)),
  );
  expect(categories.map((c) => c.idnumber)).toEqual(source.groups.map((g) => g.id));
  const questions = quiz.filter((m) => m['@_type'] !== 'category');
  const expected = allQuestions(source);
  expect(result.exported).toBe(expected.length);
  expect(result.skipped).toEqual([]);
  expect(questions).toHaveLength(expected.length);
  questions.forEach((m, i) => expectSame(m, expected[i]!.q));
  // Structure per type, as in Moodle's fixtures.
  for (const node of ordered) {
    const type = node[':@']!['@_type']!;
    if (type === 'category') continue;
    const children = childrenOf(node).filter((c) => nameOf(c) !== '#text');
    const names = children.map(nameOf).filter((n) => n !== 'tags');
    expect(collapse(names, STRUCTURE[type]!), type).toEqual(STRUCTURE[type]);
    for (const child of children.filter((c) => ['answer', 'subquestion'].includes(nameOf(c)))) {
      expect(ANSWER_CHILDREN[type]).toContainEqual(childrenOf(child).map(nameOf));
    }
  }
  return result;
}

describe('Moodle XML export', () => {
  test('the hostile bank reads back field for field, every type, nothing skipped', () => {
    const result = expectRoundTrip(hostileSource());
    expect(result.file.name).toBe('hostile.moodle.xml');
    const xml = result.file.data as string;
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&amp;lt;script&amp;gt;');
  });

  test(
    'the whole curriculum reads back, with the structure of Moodle’s fixtures for every type',
    () => {
      const source = curriculumSource();
      expectRoundTrip(source);
      const types = new Set(allQuestions(source).map(({ q }) => q.type));
      expect(types.size).toBe(6);
    },
    CURRICULUM_TIMEOUT,
  );

  test(
    'the files are well-formed XML for libxml2 (xmllint-wasm)',
    async () => {
      for (const source of [hostileSource(), curriculumSource()]) {
        const contents = exportMoodleXml(source).file.data as string;
        const result = await validateXML({ xml: [{ fileName: 'quiz.xml', contents }], normalization: 'c14n' });
        expect(result.errors).toEqual([]);
        expect(result.valid).toBe(true);
      }
    },
    CURRICULUM_TIMEOUT,
  );

  test(
    'same input, same bytes',
    () => {
      expect(exportMoodleXml(curriculumSource()).file.data).toBe(exportMoodleXml(curriculumSource()).file.data);
    },
    CURRICULUM_TIMEOUT,
  );
});
