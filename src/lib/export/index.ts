/**
 * The exporters by format, each loaded only when asked for: one dynamic import per format module, so the browser
 * downloads the one exporter a trainer clicks (and fflate only for the zip and spreadsheet formats), and the build
 * uses the same modules to write the per-lesson and whole-curriculum files.
 */
import type { Exporter, FormatId } from './types';

/** What a source may ask of the formats that have a setting for it. */
export interface ExportOptions {
  /** Seconds per question (a /teach/ set's timer; 0 or none: no timer). Kahoot maps it to the nearest limit it allows. */
  timer?: number;
}

const LOADERS: Record<FormatId, (options: ExportOptions) => Promise<Exporter>> = {
  gift: () => import('./gift').then((m) => m.exportGift),
  'moodle-xml': () => import('./moodle-xml').then((m) => m.exportMoodleXml),
  qti21: () => import('./qti21').then((m) => m.exportQti21),
  qti12: () => import('./qti12').then((m) => m.exportQti12),
  kahoot: ({ timer }) =>
    import('./kahoot').then((m) =>
      timer ? (source) => m.exportKahootWith(source, { timeLimit: timer }) : m.exportKahoot,
    ),
  blackboard: () => import('./blackboard').then((m) => m.exportBlackboard),
  brightspace: () => import('./brightspace').then((m) => m.exportBrightspace),
  csv: () => import('./csv').then((m) => m.exportCsv),
};

/** Whether a text names one of the formats (a button's data attribute, a file name's part). */
export const isFormatId = (text: string): text is FormatId => Object.hasOwn(LOADERS, text);

/** The exporter of `format`, loading its module (and only its module) the first time. */
export function loadExporter(format: FormatId, options: ExportOptions = {}): Promise<Exporter> {
  return LOADERS[format](options);
}
