/**
 * Kahoot spreadsheet: read back with exceljs (as Excel would open it): the template's heading row 8, one question
 * per row from row 9 with its text, answers, an allowed time limit and the right answer numbers; every length
 * limit holds; whatever does not fit is skipped with its reason, never cut.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exportKahoot,
  exportKahootWith,
  KAHOOT_HEADER_ROW,
  KAHOOT_HEADERS,
  KAHOOT_MAX_ANSWER,
  KAHOOT_MAX_QUESTION,
  KAHOOT_TIME_LIMITS,
  kahootRow,
  kahootTimeLimit,
} from '../../src/lib/export/kahoot';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { canHaveShortForm } from '../../src/lib/short-form';
import { curriculumSource } from '../fixtures/export/pack-curriculum';
import { HOSTILE_QUESTIONS, HOSTILE_SOURCE, NASTY } from '../fixtures/export/pack-hostile';

interface ReadRow {
  number: unknown;
  question: string;
  answers: string[];
  time: unknown;
  correct: string;
}

async function read(data: string | Uint8Array): Promise<{ sheet: ExcelJS.Worksheet; rows: ReadRow[] }> {
  expect(data).toBeInstanceOf(Uint8Array);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((data as Uint8Array).buffer.slice(0) as ArrayBuffer);
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0]!;
  const rows: ReadRow[] = [];
  for (let r = KAHOOT_HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (c: number) => row.getCell(c).value;
    rows.push({
      number: cell(1),
      question: String(cell(2)),
      answers: [3, 4, 5, 6]
        .map((c) => cell(c))
        .filter((v) => v !== null && v !== undefined)
        .map(String),
      time: cell(7),
      correct: String(cell(8)),
    });
  }
  return { sheet, rows };
}

const sourceOf = (questions: Question[]): ExportSource => ({
  slug: 'k',
  title: 'K',
  groups: [{ id: 'g', title: 'G', questions }],
});

const single = (id: string, prompt: string, texts: string[]): Question => ({
  id,
  type: 'single',
  prompt,
  explanation: 'Because.',
  topics: [],
  difficulty: 2,
  options: texts.map((text, i) => ({ id: `o${i}`, text, correct: i === 0, feedback: i === 0 ? undefined : 'No.' })),
});

describe('exportKahoot', () => {
  it('is a workbook with the template’s heading row 8', async () => {
    const result = exportKahoot(HOSTILE_SOURCE);
    expect(result.format).toBe('kahoot');
    expect(result.file.name).toBe('hostile.kahoot.xlsx');
    expect(result.file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { sheet } = await read(result.file.data);
    const header = sheet.getRow(KAHOOT_HEADER_ROW);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => header.getCell(c).value ?? '')).toEqual([...KAHOOT_HEADERS]);
    expect(header.getCell(2).value).toBe('Question - max 120 characters');
    expect(header.getCell(3).value).toBe('Answer 1 - max 75 characters');
    expect(header.getCell(6).value).toBe('Answer 4 - max 75 characters');
    expect(header.getCell(7).value).toBe('Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs');
    expect(header.getCell(8).value).toBe('Correct answer(s) - choose at least one');
    expect(sheet.getRow(2).getCell(2).value).toBe('Quiz template');
    expect(exportKahoot(HOSTILE_SOURCE).file.data).toEqual(result.file.data);
  });

  it('single, multiple and true/false go in with their answers and right answer numbers; hostile text reads back exactly', async () => {
    const result = exportKahoot(HOSTILE_SOURCE);
    const { rows } = await read(result.file.data);
    const expected = HOSTILE_QUESTIONS.map(kahootRow).filter((r) => !('reason' in r));
    expect(rows).toHaveLength(result.exported);
    expect(result.exported + result.skipped.length).toBe(HOSTILE_QUESTIONS.length);
    rows.forEach((row, i) => {
      const want = expected[i]!;
      if ('reason' in want) throw new Error('filtered');
      expect(row.number).toBe(i + 1);
      expect(row.question).toBe(want.question);
      expect(row.answers).toEqual(want.answers);
      expect(row.correct).toBe(want.correct.join(','));
      expect(row.time).toBe(60);
    });
    // The short ones are in; the hostile prompts (over 120 characters) are skipped with their length.
    const tf: Question = { ...HOSTILE_QUESTIONS.find((q) => q.type === 'true-false')!, prompt: 'Is it false?' };
    const multi = HOSTILE_QUESTIONS.find((q) => q.id === 'hostile-multiple-strict')!;
    const both = await read(
      exportKahoot(sourceOf([tf, multi, single('s', `${NASTY.slice(0, 60)} _x0041_`, ['Yes 🚀', 'No <b>'])])).file.data,
    );
    // Answers in the shuffled order the site shows for seed 0; the right numbers follow them.
    const rightOf = (r: ReadRow) => r.correct.split(',').map((n) => r.answers[Number(n) - 1]);
    expect(both.rows.map((r) => [r.question, [...r.answers].sort(), rightOf(r).sort()])).toEqual([
      ['Is it false?', ['False', 'True'], ['False']],
      [multi.prompt, ['Also yes', 'No', 'Nor this', 'Yes'], ['Also yes', 'Yes']],
      [`${NASTY.slice(0, 60)} _x0041_`, ['No <b>', 'Yes 🚀'], ['Yes 🚀']],
    ]);
    expect(both.rows[0]!.answers).toEqual(['True', 'False']);
  });

  it('skips order, categorise and numeric questions with the reason', () => {
    const result = exportKahoot(HOSTILE_SOURCE);
    const reasons = new Map(result.skipped.map((s) => [s.questionId, s.reason]));
    expect(reasons.get('hostile-order')).toMatch(/no ordering/);
    expect(reasons.get('hostile-categorise')).toMatch(/no sorting or matching/);
    expect(reasons.get('hostile-numeric')).toMatch(/answered with a number/);
    expect(result.skipped.find((s) => s.questionId === 'hostile-order')!.group).toBe('hostile-b');
  });

  it('skips, never cuts, a question over 120 characters, an answer over 75, or more than four options', () => {
    const ok = single('ok', 'q'.repeat(KAHOOT_MAX_QUESTION), ['a'.repeat(KAHOOT_MAX_ANSWER), 'b']);
    const longQ = single('long-q', 'q'.repeat(164), ['a', 'b']);
    const longA = single('long-a', 'Fine?', ['a', 'b'.repeat(80)]);
    const five = single('five', 'Five?', ['a', 'b', 'c', 'd', 'e']);
    const manyLong = single('many-long', 'Long?', ['a'.repeat(76), 'b', 'c'.repeat(90), 'd'.repeat(80)]);
    // An emoji is two UTF-16 units, as Excel's LEN counts: 119 letters + 1 emoji = 121.
    const emoji = single('emoji', `${'q'.repeat(119)}🚀`, ['a', 'b']);
    const result = exportKahoot(sourceOf([ok, longQ, longA, five, manyLong, emoji]));
    expect(result.exported).toBe(1);
    const none = ' (it has no short form for games)';
    expect(result.skipped).toEqual([
      { questionId: 'long-q', group: 'g', reason: `the question is 164 characters; Kahoot allows 120${none}` },
      { questionId: 'long-a', group: 'g', reason: `option 2 is 80 characters; Kahoot allows 75${none}` },
      { questionId: 'five', group: 'g', reason: `it has 5 options; Kahoot allows 4${none}` },
      {
        questionId: 'many-long',
        group: 'g',
        reason: `options 1, 3 and 4 are longer than 75 characters (up to 90); Kahoot allows 75${none}`,
      },
      { questionId: 'emoji', group: 'g', reason: `the question is 121 characters; Kahoot allows 120${none}` },
    ]);
  });

  it('a question too long for Kahoot goes in by its short form: short texts, the full question’s key', async () => {
    const full = single('full', 'q'.repeat(200), ['right '.repeat(20), 'w1 '.repeat(30), 'w2', 'w3', 'w4']);
    const withShort: Question = {
      ...full,
      short: {
        prompt: 'Short?',
        options: [
          { id: 'o3', text: 'W3' },
          { id: 'o0', text: 'Right' },
          { id: 'o1', text: 'W1' },
        ],
      },
    } as Question;
    const tf: Question = {
      id: 'tf',
      type: 'true-false',
      prompt: 't'.repeat(130),
      explanation: 'E.',
      topics: [],
      difficulty: 2,
      answer: false,
      feedback: 'F.',
      short: { prompt: 'Short T/F?' },
    };
    const result = exportKahoot(sourceOf([withShort, full, tf]));
    expect(result.exported).toBe(2);
    expect(result.skipped.map((s) => s.questionId)).toEqual(['full']);
    const { rows } = await read(result.file.data);
    expect(rows[0]!.question).toBe('Short?');
    expect([...rows[0]!.answers].sort()).toEqual(['Right', 'W1', 'W3']);
    expect(rows[0]!.correct).toBe(String(rows[0]!.answers.indexOf('Right') + 1));
    expect(rows[1]).toMatchObject({ question: 'Short T/F?', answers: ['True', 'False'], correct: '2' });
  });

  it('shuffles answers per question, never in the authored order every time (where the right one sits first)', () => {
    const questions = Array.from({ length: 40 }, (_, i) => single(`q${i}`, `Q${i}?`, ['r', 'w1', 'w2', 'w3']));
    const places = questions.map((q) => {
      const row = kahootRow(q);
      if ('reason' in row) throw new Error(row.reason);
      return row.correct[0]!;
    });
    // Authored, the right option is first in all 40; shuffled, each of the four places holds it at least 4 times.
    for (const place of [1, 2, 3, 4]) expect(places.filter((p) => p === place).length).toBeGreaterThanOrEqual(4);
    // The same in every build.
    expect(questions.map((q) => kahootRow(q))).toEqual(questions.map((q) => kahootRow(q)));
  });

  it('time limits: only Kahoot’s values; a set’s timer maps to the nearest (halfway: the longer)', async () => {
    expect(kahootTimeLimit()).toBe(60);
    expect(kahootTimeLimit(0)).toBe(60);
    expect(kahootTimeLimit(Number.NaN)).toBe(60);
    expect(kahootTimeLimit(10)).toBe(10);
    expect(kahootTimeLimit(45)).toBe(60);
    expect(kahootTimeLimit(25)).toBe(30);
    expect(kahootTimeLimit(100)).toBe(90);
    expect(kahootTimeLimit(1000)).toBe(240);
    for (const t of [0, 10, 20, 30, 45, 60, 90, 120]) expect(KAHOOT_TIME_LIMITS).toContain(kahootTimeLimit(t));
    const { rows } = await read(
      exportKahootWith(sourceOf([single('s', 'Q?', ['a', 'b'])]), { timeLimit: 45 }).file.data,
    );
    expect(rows[0]!.time).toBe(60);
  });

  it('the whole curriculum: every row within the limits, an allowed time, right answers among the answers', async () => {
    const source = curriculumSource();
    const all = source.groups.flatMap((g) => g.questions);
    const result = exportKahoot(source);
    expect(result.exported + result.skipped.length).toBe(all.length);
    // A skipped choice or true/false question says why, with the real length; each that fits meets every limit.
    const byId = new Map(all.map((q) => [q.id, q]));
    for (const s of result.skipped) {
      const q = byId.get(s.questionId)!;
      const quiz = q.type === 'single' || q.type === 'multiple' || q.type === 'true-false';
      if (quiz && q.short === undefined && q.prompt.length > KAHOOT_MAX_QUESTION)
        expect(s.reason).toContain(`the question is ${q.prompt.length} characters`);
    }
    // Every choice and true/false question goes in (by its short form; the content check requires one), and only those.
    const playable = all.filter(canHaveShortForm);
    expect(result.exported).toBe(playable.length);
    expect(result.skipped.map((s) => byId.get(s.questionId)!.type).sort()).toEqual(
      all
        .filter((q) => !canHaveShortForm(q))
        .map((q) => q.type)
        .sort(),
    );
    const { rows } = await read(result.file.data);
    expect(rows).toHaveLength(result.exported);
    // The right answer sits in each place of four-answer rows about as often: never where the authored order put it.
    const places = [1, 2, 3, 4].map(
      (p) => rows.filter((r) => r.answers.length === 4 && r.correct.split(',').includes(String(p))).length,
    );
    for (const n of places) expect(n).toBeGreaterThan(Math.max(...places) / 2);
    for (const row of rows) {
      expect(row.question.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
      expect(row.answers.length).toBeGreaterThanOrEqual(2);
      expect(row.answers.length).toBeLessThanOrEqual(4);
      for (const a of row.answers) expect(a.length).toBeLessThanOrEqual(KAHOOT_MAX_ANSWER);
      expect(KAHOOT_TIME_LIMITS).toContain(row.time);
      const numbers = row.correct.split(',').map(Number);
      expect(numbers.length).toBeGreaterThanOrEqual(1);
      for (const n of numbers) expect(n >= 1 && n <= row.answers.length).toBe(true);
    }
    for (const s of result.skipped) expect(s.reason).toMatch(/Kahoot/);
  });
});
