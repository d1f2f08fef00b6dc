/**
 * GIFT export: every exported question parsed back with gift-pegjs (a maintained GIFT parser that follows
 * Moodle's importer) and compared with the source: name, ID number, tags, stem, options, weights, feedback,
 * numeric answer and tolerance, matching pairs, general feedback. The hostile bank round-trips exactly.
 */
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, test } from 'vitest';
import { exportGift, giftEscape, multipleWeights, plainNumber } from '../../src/lib/export/gift';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { allQuestions, CURRICULUM_TIMEOUT, curriculumSource, hostileSource } from '../fixtures/export/sources';

/**
 * What gift-pegjs gives back for a plain text: trimmed, and runs of two or more white-space characters (other
 * than an escaped line break) made one space. Moodle keeps such runs, and HTML shows them as one space anyway.
 */
const asParsed = (text: string) =>
  text
    .trim()
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s\s+/g, ' '))
    .join('\n');

/** gift-pegjs leaves its escape placeholders in a matching answer (Moodle decodes them); decode them here. */
const decodeAnswer = (text: string) =>
  text
    .replace(/&&092;/g, '\\')
    .replace(/&&058;/g, ':')
    .replace(/&&035;/g, '#')
    .replace(/&&061;/g, '=')
    .replace(/&&123;/g, '{')
    .replace(/&&125;/g, '}')
    .replace(/&&126;/g, '~')
    .replace(/&&010/g, '\n');

function parsedBack(source: ExportSource) {
  const result = exportGift(source);
  const parsed = parse(result.file.data as string);
  return { result, parsed };
}

type Parsed = Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>;

/** Compares one parsed question with its source question. */
function expectSame(p: Parsed, q: Question) {
  expect(p.title).toBe(q.id);
  expect(p.id).toBe(q.id);
  expect(p.tags ?? []).toEqual(q.topics);
  expect(p.stem).toEqual({ format: 'plain', text: asParsed(q.prompt) });
  expect(p.globalFeedback?.text).toBe(asParsed(q.explanation));
  const fb = (text: string | undefined) => (text ? asParsed(text) : null);
  switch (q.type) {
    case 'single':
      expect(p.type).toBe('MC');
      if (p.type !== 'MC') return;
      expect(p.choices.map((c) => [c.isCorrect, c.weight ?? 0, c.text.text, c.feedback?.text ?? null])).toEqual(
        q.options.map((o) => [o.correct, 0, asParsed(o.text), fb(o.feedback)]),
      );
      return;
    case 'multiple': {
      expect(p.type).toBe('MC');
      if (p.type !== 'MC') return;
      const weights = multipleWeights(q);
      expect(p.choices.map((c) => [c.isCorrect, c.text.text, c.feedback?.text ?? null])).toEqual(
        q.options.map((o) => [false, asParsed(o.text), fb(o.feedback)]),
      );
      p.choices.forEach((c, i) => expect(c.weight).toBeCloseTo(weights[i]!, 4));
      const positive = p.choices.reduce((n, c) => n + Math.max(0, c.weight!), 0);
      expect(positive).toBeCloseTo(100, 3);
      return;
    }
    case 'true-false':
      expect(p.type).toBe('TF');
      if (p.type !== 'TF') return;
      expect(p.isTrue).toBe(q.answer);
      // Moodle's order: the first feedback is shown for the wrong value (gift-pegjs calls it trueFeedback).
      expect(p.trueFeedback?.text).toBe(asParsed(q.feedback));
      expect(p.falseFeedback).toBeNull();
      return;
    case 'numeric': {
      expect(p.type).toBe('Numerical');
      if (p.type !== 'Numerical' || !Array.isArray(p.choices)) throw new Error('numeric choices expected');
      const [right, ...rest] = p.choices;
      expect(right!.isCorrect).toBe(true);
      expect(right!.text).toEqual({ type: 'range', number: q.answer, range: q.tolerance });
      if (q.feedback) {
        expect(rest).toHaveLength(1);
        expect(rest[0]!.isCorrect).toBe(false);
        expect(rest[0]!.feedback?.text).toBe(asParsed(q.feedback));
      } else expect(rest).toHaveLength(0);
      return;
    }
    case 'categorise': {
      expect(p.type).toBe('Matching');
      if (p.type !== 'Matching') return;
      const label = (id: string) => q.buckets.find((b) => b.id === id)!.label;
      const unused = q.buckets.filter((b) => !q.items.some((i) => i.bucket === b.id));
      expect(p.matchPairs.map((m) => [m.subquestion.text, decodeAnswer(m.subanswer)])).toEqual([
        ...q.items.map((i) => [asParsed(i.text), asParsed(label(i.bucket))]),
        ...unused.map((b) => ['', asParsed(b.label)]),
      ]);
      expect(p.matchPairs.filter((m) => m.subquestion.text !== '').length).toBeGreaterThanOrEqual(2);
      return;
    }
    case 'order':
      throw new Error('order questions are not in GIFT');
  }
}

function expectRoundTrip(source: ExportSource) {
  const { result, parsed } = parsedBack(source);
  const categories = parsed.filter((p) => p.type === 'Category');
  expect(categories.map((c) => c.title.replace(/\/\//g, '/'))).toEqual(source.groups.map((g) => g.title));
  const questions = parsed.filter((p): p is Parsed => p.type !== 'Category' && p.type !== 'Description');
  const expected = allQuestions(source).filter(({ q }) => !result.skipped.some((s) => s.questionId === q.id));
  expect(questions).toHaveLength(expected.length);
  expect(result.exported).toBe(expected.length);
  questions.forEach((p, i) => expectSame(p, expected[i]!.q));
  return result;
}

describe('GIFT export', () => {
  test('the hostile bank parses back to the same questions; order and "->" items are skipped with reasons', () => {
    const result = expectRoundTrip(hostileSource());
    expect(result.file.name).toBe('hostile.gift.txt');
    expect(result.skipped).toEqual([
      { questionId: 'hostile-categorise-arrow', group: 'hostile', reason: expect.stringContaining('"->"') },
      { questionId: 'hostile-order', group: 'hostile', reason: expect.stringContaining('GIFT has no ordering') },
      { questionId: 'hostile-order-aon', group: 'hostile', reason: expect.stringContaining('Moodle XML') },
    ]);
  });

  test('hostile texts come back character for character (escapes, line breaks, scripts, emoji)', () => {
    const { parsed } = parsedBack(hostileSource());
    const single = parsed.find((p) => p.type === 'MC' && p.id === 'hostile-single');
    if (single?.type !== 'MC') throw new Error('single question missing');
    const q = hostileSource().groups[0]!.questions[0]!;
    if (q.type !== 'single') throw new Error('fixture order changed');
    // No run of white space in these: exact.
    expect(single.choices[0]!.text.text).toBe(q.options[0]!.text);
    expect(single.choices[0]!.feedback!.text).toBe(q.options[0]!.feedback);
    expect(single.choices[1]!.text.text).toBe(q.options[1]!.text);
    expect(single.choices[2]!.text.text).toBe(q.options[2]!.text);
    expect(single.globalFeedback!.text).toBe(q.explanation);
    expect(single.stem.text).toBe(q.prompt.replace(/\r\n/g, '\n'));
    expect(single.stem.text).toContain('<script>');
    expect(single.stem.text).toContain('\nnew line\nCRLF');
    expect(single.stem.text).toContain('👩🏽‍💻');
  });

  test(
    'the whole curriculum parses back; only order questions are skipped',
    () => {
      const source = curriculumSource();
      const result = expectRoundTrip(source);
      const orders = allQuestions(source).filter(({ q }) => q.type === 'order');
      expect(result.skipped.map((s) => s.questionId)).toEqual(orders.map(({ q }) => q.id));
      expect(result.exported + result.skipped.length).toBe(allQuestions(source).length);
    },
    CURRICULUM_TIMEOUT,
  );

  test(
    'same input, same bytes',
    () => {
      expect(exportGift(curriculumSource()).file.data).toBe(exportGift(curriculumSource()).file.data);
    },
    CURRICULUM_TIMEOUT,
  );

  test('escaping follows Moodle: backslash first, control characters, line breaks', () => {
    expect(giftEscape(' a\\b ~=#{}: \r\nc\rd ')).toBe('a\\\\b \\~\\=\\#\\{\\}\\: \\nc\\nd');
  });

  test('numbers never use exponents', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-2.5e-8)).toBe('-0.000000025');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(43.2)).toBe('43.2');
  });

  test('multiple-answer weights: right options share 100%; wrong ones cancel a share (partial) or all (all-or-nothing)', () => {
    const base = {
      id: 'm',
      prompt: 'p',
      explanation: 'e',
      topics: [],
      difficulty: 2 as const,
      type: 'multiple' as const,
    };
    const options = [
      { id: 'a', text: 'a', correct: true },
      { id: 'b', text: 'b', correct: true },
      { id: 'c', text: 'c', correct: false, feedback: 'no' },
    ];
    expect(multipleWeights({ ...base, scoring: 'partial', options })).toEqual([50, 50, -50]);
    expect(multipleWeights({ ...base, scoring: 'all-or-nothing', options })).toEqual([50, 50, -100]);
  });
});
