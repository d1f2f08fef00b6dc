/**
 * Brightspace CSV: read back with a strict RFC 4180 reader and walked as D2L's sample lays it out (every row five
 * columns; a block per question from NewQuestion to the empty row), compared with the source.
 */
import { describe, expect, test } from 'vitest';
import { exportBrightspace } from '../../src/lib/export/brightspace';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { allQuestions, CURRICULUM_TIMEOUT, curriculumSource, hostileSource } from '../fixtures/export/sources';
import { parseCsv } from '../fixtures/export/rfc4180';

/** The blocks of the file: rows from `NewQuestion` to the empty row. */
function blocks(rows: string[][]): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | null = null;
  for (const r of rows) {
    if (r[0]!.startsWith('//')) {
      expect(current).toBeNull();
      continue;
    }
    if (r[0] === 'NewQuestion') {
      expect(current).toBeNull();
      current = [r];
    } else if (r.every((c) => c === '')) {
      expect(current).not.toBeNull();
      out.push(current!);
      current = null;
    } else current!.push(r);
  }
  expect(current).toBeNull();
  return out;
}

const TYPES: Record<string, string> = { single: 'MC', multiple: 'MS', 'true-false': 'TF', order: 'O', categorise: 'M' };

function expectBlock(block: string[][], q: Question) {
  const [head, ...rest] = block;
  expect(head).toEqual(['NewQuestion', TYPES[q.type], '', '', '']);
  const key = (k: string) => rest.filter((r) => r[0] === k);
  expect(key('ID')).toEqual([['ID', q.id, '', '', '']]);
  expect(key('Title')).toEqual([['Title', q.id, '', '', '']]);
  expect(key('QuestionText')).toEqual([['QuestionText', q.prompt, '', '', '']]);
  expect(key('Points')).toEqual([['Points', '1', '', '', '']]);
  expect(key('Difficulty')).toEqual([['Difficulty', String(q.difficulty), '', '', '']]);
  expect(rest.at(-1)).toEqual(['Feedback', q.explanation, '', '', '']);
  const scoring = key('Scoring').map((r) => r[1]);
  switch (q.type) {
    case 'single':
      expect(key('Option')).toEqual(
        q.options.map((o) => ['Option', o.correct ? '100' : '0', o.text, '', o.feedback ?? '']),
      );
      expect(scoring).toEqual([]);
      return;
    case 'multiple':
      expect(key('Option')).toEqual(
        q.options.map((o) => ['Option', o.correct ? '1' : '0', o.text, '', o.feedback ?? '']),
      );
      expect(scoring).toEqual([q.scoring === 'partial' ? 'RightMinusWrong' : 'AllOrNothing']);
      return;
    case 'true-false':
      expect([...key('TRUE'), ...key('FALSE')]).toEqual([
        ['TRUE', q.answer ? '100' : '0', q.answer ? '' : q.feedback, '', ''],
        ['FALSE', q.answer ? '0' : '100', q.answer ? q.feedback : '', '', ''],
      ]);
      return;
    case 'order':
      expect(key('Item')).toEqual(q.items.map((i) => ['Item', i.text, 'NOT HTML', '', '']));
      expect(scoring).toEqual([q.scoring === 'partial' ? 'EquallyWeighted' : 'AllOrNothing']);
      return;
    case 'categorise': {
      const choices = key('Choice');
      const matches = key('Match');
      const label = (id: string) => q.buckets.find((b) => b.id === id)!.label;
      // Each match names the choice it pairs with; together they are the source's statement → group pairs.
      const pairs = matches.map((m) => [choices.find((c) => c[1] === m[1])![2], m[2]]);
      expect(pairs).toEqual(q.items.map((i) => [i.text, label(i.bucket)]));
      expect(new Set(matches.map((m) => m[2])).size).toBe(matches.length);
      return;
    }
    case 'numeric':
      throw new Error('numeric questions are not in the Brightspace file');
  }
}

function expectRoundTrip(source: ExportSource) {
  const result = exportBrightspace(source);
  const data = result.file.data as string;
  expect(data.startsWith('\uFEFF')).toBe(false);
  const rows = parseCsv(data);
  for (const r of rows) expect(r).toHaveLength(5);
  const found = blocks(rows);
  const expected = allQuestions(source).filter(({ q }) => !result.skipped.some((s) => s.questionId === q.id));
  expect(found).toHaveLength(expected.length);
  expect(result.exported).toBe(expected.length);
  found.forEach((b, i) => expectBlock(b, expected[i]!.q));
  return result;
}

describe('Brightspace CSV export', () => {
  test('the hostile bank reads back; numeric and many-to-one categorise questions are skipped with reasons', () => {
    const result = expectRoundTrip(hostileSource());
    expect(result.file.name).toBe('hostile.brightspace.csv');
    expect(result.skipped.map((s) => [s.questionId, s.reason.split(' ')[0]])).toEqual([
      ['hostile-numeric', 'Brightspace'],
      ['hostile-numeric-plain', 'Brightspace'],
      ['hostile-categorise', "Brightspace's"],
      ['hostile-categorise-arrow', "Brightspace's"],
    ]);
    expect(result.skipped[0]!.reason).toContain('cannot import arithmetic');
  });

  test(
    'the whole curriculum reads back; what is skipped is numeric or many-to-one categorise',
    () => {
      const source = curriculumSource();
      const result = expectRoundTrip(source);
      const byId = new Map(allQuestions(source).map(({ q }) => [q.id, q]));
      for (const s of result.skipped) expect(['numeric', 'categorise']).toContain(byId.get(s.questionId)!.type);
      expect(result.exported + result.skipped.length).toBe(byId.size);
    },
    CURRICULUM_TIMEOUT,
  );

  test(
    'same input, same bytes',
    () => {
      expect(exportBrightspace(curriculumSource()).file.data).toBe(exportBrightspace(curriculumSource()).file.data);
    },
    CURRICULUM_TIMEOUT,
  );
});
