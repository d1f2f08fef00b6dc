/**
 * Blackboard Learn "Upload questions" file (issue 13): tab-delimited text, no header, one question per line, the
 * first field its type (help.blackboard.com "Upload Questions"; the Ultra guides of bcm.edu and uu.nl):
 *
 *   MC  prompt  option  correct|incorrect …        MA  the same, several correct
 *   TF  prompt  true|false                          NUM prompt  answer  tolerance
 *   ORD prompt  step … (in the right order)         MAT prompt  statement  answer … (one to one)
 *
 * A line must stay one record, so tabs and line breaks in a text become spaces. Blackboard may read a field as
 * HTML, so a `<` that starts something tag-like (`<script`, `</b`, `<!`) is written `&lt;` and an `&` that starts
 * an entity (`&lt;`, `&#60;`) `&amp;`; other text is kept as it is (a lone `<` or `&` is text in HTML). The format has no place for feedback or the explanation (Blackboard adds them in its editor), and no
 * place for the question id.
 *
 * One file, not split: Blackboard recommends at most 500 records a file (help.blackboard.com; some guides say
 * 250) because of browser time-outs; a lesson has about a dozen and the whole curriculum about two hundred.
 *
 * Skipped: categorise questions where a group holds more than one statement (Blackboard's matching pairs one
 * statement with one answer; repeated answers are marked wrong).
 */
import { isOneToOne } from './brightspace';
import { exportFileName, FORMAT_INFO } from './formats';
import { plainNumber } from './gift';
import { placeQuestions } from './place';
import type { ExportResult, ExportSource, Exporter } from './types';
import type { Question } from '../quiz';

/** A text as one Blackboard field: trimmed, tabs and line breaks as spaces, tag-like `<` escaped. */
export function blackboardField(text: string): string {
  return text
    .trim()
    .replace(/\r\n|[\t\n\r]/g, ' ')
    .replace(/&(?=(?:#\d+|#x[\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

/** Why a question cannot go into the Blackboard file, or null. */
export function blackboardProblem(q: Question): string | null {
  if (q.type === 'categorise' && !isOneToOne(q))
    return "Blackboard's matching pairs one item with one answer; here a group holds several statements";
  return null;
}

/** The fields of one question's line. */
export function blackboardFields(q: Question): string[] {
  const f = blackboardField;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [
        q.type === 'single' ? 'MC' : 'MA',
        f(q.prompt),
        ...q.options.flatMap((o) => [f(o.text), o.correct ? 'correct' : 'incorrect']),
      ];
    case 'true-false':
      return ['TF', f(q.prompt), q.answer ? 'true' : 'false'];
    case 'numeric':
      return ['NUM', f(q.prompt), plainNumber(q.answer), plainNumber(q.tolerance)];
    case 'order':
      return ['ORD', f(q.prompt), ...q.items.map((i) => f(i.text))];
    case 'categorise': {
      const label = (id: string) => q.buckets.find((b) => b.id === id)?.label ?? id;
      return ['MAT', f(q.prompt), ...q.items.flatMap((i) => [f(i.text), f(label(i.bucket))])];
    }
  }
}

/** The Blackboard upload file of a source. */
export const exportBlackboard: Exporter = (source: ExportSource): ExportResult => {
  const { placed, skipped } = placeQuestions(source, blackboardProblem);
  const lines = placed.flatMap((p) => p.questions.map((q) => blackboardFields(q).join('\t')));
  return {
    format: 'blackboard',
    file: {
      name: exportFileName(source.slug, 'blackboard'),
      mime: FORMAT_INFO.blackboard.mime,
      data: lines.length ? `${lines.join('\n')}\n` : '',
    },
    exported: lines.length,
    skipped,
  };
};
