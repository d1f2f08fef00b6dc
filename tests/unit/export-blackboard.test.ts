/**
 * Blackboard upload file: every line read back (split on tabs) as Blackboard's upload reads it, compared with the
 * source; one record a line whatever the text holds.
 */
import { describe, expect, test } from 'vitest';
import { blackboardField, exportBlackboard } from '../../src/lib/export/blackboard';
import type { ExportSource } from '../../src/lib/export/types';
import type { Question } from '../../src/lib/quiz';
import { allQuestions, CURRICULUM_TIMEOUT, curriculumSource, hostileSource } from '../fixtures/export/sources';

/** What a learner reads of a field read as HTML: `&lt;` and `&amp;` shown as `<` and `&`. */
const shown = (field: string) => field.replace(/&(lt|amp);/g, (_, name: string) => (name === 'lt' ? '<' : '&'));
/** The source text as one field can hold it: tabs and line breaks as spaces. */
const oneLine = (text: string) => text.trim().replace(/\r\n|[\t\n\r]/g, ' ');

function expectLine(fields: string[], q: Question) {
  const [type, prompt, ...rest] = fields;
  expect(shown(prompt!)).toBe(oneLine(q.prompt));
  switch (q.type) {
    case 'single':
    case 'multiple':
      expect(type).toBe(q.type === 'single' ? 'MC' : 'MA');
      expect(rest.map((f, i) => (i % 2 ? f : shown(f)))).toEqual(
        q.options.flatMap((o) => [oneLine(o.text), o.correct ? 'correct' : 'incorrect']),
      );
      return;
    case 'true-false':
      expect([type, ...rest]).toEqual(['TF', String(q.answer)]);
      return;
    case 'numeric':
      expect(type).toBe('NUM');
      expect(rest.map(Number)).toEqual([q.answer, q.tolerance]);
      expect(rest.join(' ')).not.toMatch(/e/i);
      return;
    case 'order':
      expect(type).toBe('ORD');
      expect(rest.map(shown)).toEqual(q.items.map((i) => oneLine(i.text)));
      return;
    case 'categorise': {
      expect(type).toBe('MAT');
      const label = (id: string) => q.buckets.find((b) => b.id === id)!.label;
      expect(rest.map(shown)).toEqual(q.items.flatMap((i) => [oneLine(i.text), oneLine(label(i.bucket))]));
      return;
    }
  }
}

function expectRoundTrip(source: ExportSource) {
  const result = exportBlackboard(source);
  const data = result.file.data as string;
  expect(data.endsWith('\n')).toBe(true);
  const lines = data.slice(0, -1).split('\n');
  expect(lines.every((l) => l.trim() !== '')).toBe(true);
  expect(data).not.toContain('\r');
  const expected = allQuestions(source).filter(({ q }) => !result.skipped.some((s) => s.questionId === q.id));
  expect(lines).toHaveLength(expected.length);
  expect(result.exported).toBe(expected.length);
  lines.forEach((line, i) => expectLine(line.split('\t'), expected[i]!.q));
  return { result, lines };
}

describe('Blackboard export', () => {
  test('the hostile bank reads back one line a question; many-to-one categorise is skipped', () => {
    const { result, lines } = expectRoundTrip(hostileSource());
    expect(result.file.name).toBe('hostile.blackboard.txt');
    expect(result.skipped.map((s) => s.questionId)).toEqual(['hostile-categorise', 'hostile-categorise-arrow']);
    expect(result.skipped[0]!.reason).toContain("Blackboard's matching pairs one item with one answer");
    expect(lines.join('\n')).not.toMatch(/<script/);
  });

  test(
    'the whole curriculum reads back, in one file under Blackboard’s 500-record guideline',
    () => {
      const source = curriculumSource();
      const { result, lines } = expectRoundTrip(source);
      expect(lines.length).toBeLessThan(500);
      const byId = new Map(allQuestions(source).map(({ q }) => [q.id, q]));
      for (const s of result.skipped) expect(byId.get(s.questionId)!.type).toBe('categorise');
    },
    CURRICULUM_TIMEOUT,
  );

  test('fields: one line, tag-like < escaped, other text kept', () => {
    expect(blackboardField(' a\tb\nc\r\nd ')).toBe('a b c d');
    expect(blackboardField('<script>x</script> a < b, 2<3')).toBe('&lt;script>x&lt;/script> a < b, 2<3');
    expect(blackboardField('R&D &amp; &#60; & co')).toBe('R&D &amp;amp; &amp;#60; & co');
  });

  test(
    'same input, same bytes',
    () => {
      expect(exportBlackboard(curriculumSource()).file.data).toBe(exportBlackboard(curriculumSource()).file.data);
    },
    CURRICULUM_TIMEOUT,
  );
});
