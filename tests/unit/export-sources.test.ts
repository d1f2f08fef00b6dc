/**
 * What is exported (src/lib/export/sources.ts) and the registry that loads each exporter (src/lib/export/index.ts):
 * a lesson, the whole path and a /teach/ set become sources with valid file-name stems and every question once;
 * a lesson's print set is a valid set link of its questions; every format's module loads and writes the file
 * /exports/ links; and the whole curriculum is written in every format well under the 2 s issue 13 allows.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName, FORMATS } from '../../src/lib/export/formats';
import { isFormatId, loadExporter } from '../../src/lib/export/index';
import {
  CURRICULUM_SLUG,
  curriculumSource,
  lessonSet,
  lessonSource,
  questionCount,
  setSource,
  slugOf,
} from '../../src/lib/export/sources';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { questionKey } from '../../src/lib/teach/question-key';
import { decodeSet, encodeSet, formatSetId, setId, type QuizSet } from '../../src/lib/teach/set-link';
import { realQuestionData } from './real-question-data';

const real = realQuestionData();
const lessons = real.index.lessons.map((l) => ({
  id: l.id,
  title: l.title,
  questions: real.files.find((f) => f.id === l.bank)!.questions,
}));
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ids = (source: ExportSource) => source.groups.flatMap((g) => g.questions.map((q) => q.id));

describe('sources', () => {
  it('a lesson is one group with its questions in authored order', () => {
    const l = lessons[0]!;
    const source = lessonSource(l);
    expect(source.slug).toBe(l.id);
    expect(source.slug).toMatch(SLUG);
    expect(source.title).toBe(`${l.title}: knowledge check`);
    expect(source.groups).toEqual([{ id: l.id, title: l.title, questions: l.questions }]);
  });

  it('the whole curriculum has every lesson once, in path order', () => {
    const source = curriculumSource(lessons);
    expect(source.slug).toBe(CURRICULUM_SLUG);
    expect(source.groups.map((g) => g.id)).toEqual(lessons.map((l) => l.id));
    expect(questionCount(source)).toBe(lessons.reduce((n, l) => n + l.questions.length, 0));
    expect(new Set(ids(source)).size).toBe(questionCount(source));
  });

  it('a set groups its questions by lesson, each lesson once, in the order the set meets them', () => {
    const [a, b] = [lessons[0]!, lessons[1]!];
    const picked: Question[] = [b.questions[1]!, a.questions[0]!, b.questions[0]!];
    const lessonOf = new Map([
      [picked[0]!.id, { id: b.id, title: b.title }],
      [picked[1]!.id, { id: a.id, title: a.title }],
      [picked[2]!.id, { id: b.id, title: b.title }],
    ]);
    const set: QuizSet = {
      version: 1,
      seed: 9,
      timer: 30,
      feedback: 'end',
      keys: picked.map((q) => questionKey(q.id)),
    };
    const source = setSource(set, picked, lessonOf);
    const idText = formatSetId(setId(set));
    expect(source.slug).toBe(`set-${idText.toLowerCase()}`);
    expect(source.slug).toMatch(SLUG);
    expect(source.title).toBe(`Quiz set ${idText}`);
    expect(source.groups.map((g) => g.id)).toEqual([b.id, a.id]);
    expect(ids(source)).toEqual([picked[0]!.id, picked[2]!.id, picked[1]!.id]);
  });

  it('a question whose lesson is unknown still goes in, in a group named after the set', () => {
    const q = lessons[0]!.questions[0]!;
    const set: QuizSet = { version: 1, seed: 1, timer: 0, feedback: 'each', keys: [questionKey(q.id)] };
    const source = setSource(set, [q], new Map());
    expect(source.groups).toHaveLength(1);
    expect(source.groups[0]!.id).toBe('set');
    expect(ids(source)).toEqual([q.id]);
  });

  it('slugs are lower-case letters, digits and hyphens whatever the text', () => {
    expect(slugOf('ABC-DEFG')).toBe('abc-defg');
    expect(slugOf('  <script>"x"</script> ')).toBe('script-x-script');
    expect(slugOf('∅')).toBe('questions');
  });

  it('a lesson’s print set is a valid set link of its questions, the same every build', () => {
    for (const l of lessons) {
      const set = lessonSet(l.questions);
      const decoded = decodeSet(encodeSet(set));
      expect(decoded.ok).toBe(true);
      expect(set.keys).toEqual(l.questions.slice(0, 50).map((q) => questionKey(q.id)));
      expect(encodeSet(lessonSet(l.questions))).toBe(encodeSet(set));
    }
  });
});

describe('the exporters, loaded by format', () => {
  it('knows the eight formats and nothing else', () => {
    for (const f of FORMATS) expect(isFormatId(f.id)).toBe(true);
    for (const bad of ['', 'toString', '__proto__', 'qti', 'GIFT']) expect(isFormatId(bad)).toBe(false);
  });

  it.each(FORMATS.map((f) => f.id))(
    '%s: writes the file /exports/ links, every question in it or skipped',
    async (format) => {
      const exporter = await loadExporter(format);
      for (const l of lessons) {
        const source = lessonSource(l);
        const result = exporter(source);
        expect(result.format).toBe(format);
        expect(result.file.name).toBe(exportFileName(source.slug, format));
        expect(result.exported + result.skipped.length).toBe(l.questions.length);
        for (const s of result.skipped) {
          expect(l.questions.map((q) => q.id)).toContain(s.questionId);
          expect(s.group).toBe(l.id);
          expect(s.reason.length).toBeGreaterThan(10);
        }
        // Deterministic: the same source gives the same bytes.
        expect(exporter(source).file.data).toEqual(result.file.data);
      }
    },
  );

  it('writes the whole curriculum in all formats in under 2 s', async () => {
    const exporters = await Promise.all(FORMATS.map((f) => loadExporter(f.id)));
    const source = curriculumSource(lessons);
    exporters.forEach((e) => e(lessonSource(lessons[0]!))); // warm up, as the build has by then
    const start = performance.now();
    for (const e of exporters) e(source);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(2000);
  });
});

describe('a set’s timer', () => {
  it('sets the Kahoot time limit (nearest allowed); no timer keeps Kahoot’s default', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const short: Question = {
      id: 'short-one',
      type: 'single',
      prompt: 'Which is a rate?',
      options: [
        { id: 'a', text: 'Errors per second', correct: true },
        { id: 'b', text: 'Errors', correct: false, feedback: 'A count, not a rate.' },
      ],
      explanation: 'A rate is per unit of time.',
      topics: ['rates'],
      difficulty: 1,
    };
    const source = lessonSource({ id: 'short', title: 'Short', questions: [short] });
    const limits = async (timer?: number) => {
      const file = (await loadExporter('kahoot', timer === undefined ? {} : { timer }))(source).file.data as Uint8Array;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const out = new Set<unknown>();
      sheet.eachRow((row, n) => {
        if (n > 8) out.add(row.getCell(7).value);
      });
      return [...out];
    };
    expect(await limits(45)).toEqual([60]);
    expect(await limits(20)).toEqual([20]);
    expect(await limits(0)).toEqual([60]);
    expect(await limits()).toEqual([60]);
  });
});
