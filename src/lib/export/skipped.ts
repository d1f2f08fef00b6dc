import type { ExportResult } from './types';
import { FORMAT_INFO } from './formats';

/** The skipped list written beside a file (`<file>-skipped.txt`): every question not in it, and why. */
export function skippedText(result: ExportResult): string {
  const info = FORMAT_INFO[result.format];
  const head = `${result.file.name} (${info.label}): ${result.exported} question${result.exported === 1 ? '' : 's'} exported, ${result.skipped.length} skipped.`;
  if (result.skipped.length === 0) return `${head}\nNothing was skipped.\n`;
  const lines = result.skipped.map((s) => `- ${s.group} / ${s.questionId}: ${s.reason}`);
  return `${head}\n\n${lines.join('\n')}\n`;
}

/** The skipped list's file name, beside the export. */
export const skippedFileName = (fileName: string) => `${fileName}-skipped.txt`;
