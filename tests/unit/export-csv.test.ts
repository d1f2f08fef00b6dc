/**
 * CSV of everything: read back with a strict RFC 4180 reader, one row per question with the source's fields in
 * their columns; UTF-8 byte-order mark; formula-safe cells.
 */
import { describe, expect, test } from 'vitest';
import { csvCell } from '../../src/lib/csv';
import { exportCsv } from '../../src/lib/export/csv';
import type { ExportSource } from '../../src/lib/export/types';
import { rightAnswerLines } from '../../src/lib/teach/right-answer';
import { allQuestions, CURRICULUM_TIMEOUT, curriculumSource, hostileSource } from '../fixtures/export/sources';
import { parseCsv } from '../fixtures/export/rfc4180';

/** A cell as written, back to the text: the formula guard's ' removed. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function expectRoundTrip(source: ExportSource) {
  const result = exportCsv(source);
  const data = result.file.data as string;
  expect(data.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(data.slice(1));
  const questions = allQuestions(source);
  expect(rows).toHaveLength(questions.length);
  expect(result.exported).toBe(questions.length);
  expect(result.skipped).toEqual([]);
  const col = (name: string) => header!.indexOf(name);
  const width = header!.filter((h) => /^Option \d+$/.test(h)).length;
  for (const r of rows) expect(r).toHaveLength(header!.length);
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  rows.forEach((r, n) => {
    const { group, q } = questions[n]!;
    const get = (name: string) => unguard(r[col(name)]!);
    expect(get('Lesson')).toBe(source.groups.find((g) => g.id === group)!.title);
    expect([get('Question id'), get('Type'), get('Prompt'), get('Explanation')]).toEqual([
      q.id,
      q.type,
      q.prompt,
      q.explanation,
    ]);
    expect(get('Topics')).toBe(q.topics.join(' '));
    expect(get('Difficulty')).toBe(String(q.difficulty));
    expect(get('Right answer')).toBe(rightAnswerLines(q, q).join('\n'));
    const options = Array.from({ length: width }, (_, i) => get(`Option ${i + 1}`));
    const feedback = Array.from({ length: width }, (_, i) => get(`Feedback ${i + 1}`));
    const pad = (values: string[]) => [...values, ...Array.from({ length: width - values.length }, () => '')];
    switch (q.type) {
      case 'single':
      case 'multiple':
        expect(options).toEqual(pad(q.options.map((o) => o.text)));
        expect(feedback).toEqual(pad(q.options.map((o) => o.feedback ?? '')));
        expect(get('Scoring')).toBe(q.type === 'multiple' ? q.scoring : '');
        break;
      case 'true-false':
        expect(options).toEqual(pad(['True', 'False']));
        expect(get('Feedback on a wrong answer')).toBe(q.feedback);
        break;
      case 'numeric':
        expect(options).toEqual(pad([]));
        expect([get('Unit'), Number(get('Tolerance')), get('Feedback on a wrong answer')]).toEqual([
          q.unit,
          q.tolerance,
          q.feedback ?? '',
        ]);
        break;
      case 'categorise':
        expect(options).toEqual(pad(q.items.map((i) => i.text)));
        expect(feedback).toEqual(pad(q.items.map((i) => i.feedback ?? '')));
        expect(get('Scoring')).toBe(q.scoring);
        break;
      case 'order':
        expect(options).toEqual(pad(q.items.map((i) => i.text)));
        expect(get('Scoring')).toBe(q.scoring);
        break;
    }
  });
}

describe('CSV export', () => {
  test('the hostile bank reads back cell for cell', () => {
    expectRoundTrip(hostileSource());
    expect(exportCsv(hostileSource()).file.name).toBe('hostile.questions.csv');
  });

  test('the whole curriculum reads back', () => expectRoundTrip(curriculumSource()), CURRICULUM_TIMEOUT);

  test('cells: quoted when needed, formula-safe', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
    expect(csvCell('=a', false)).toBe('=a');
  });

  test(
    'same input, same bytes',
    () => {
      expect(exportCsv(curriculumSource()).file.data).toBe(exportCsv(curriculumSource()).file.data);
    },
    CURRICULUM_TIMEOUT,
  );
});
