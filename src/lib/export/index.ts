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
  /**
   * In the browser: the address of `short-forms.json` (question-data.ts). The question files a set is read from do
   * not carry the questions' short forms for games, so Kahoot fetches them from it first. At build time the
   * questions come from the content with their short forms, and none is needed.
   */
  shortForms?: string;
}

/** A file an exporter needs could not be loaded; the message says so in words a trainer can act on. */
export class ExportLoadError extends Error {}

/** The short forms from their file, or an ExportLoadError. */
async function fetchShortForms(url: string) {
  const { decodeShortForms } = await import('../short-form');
  let data: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    data = await response.json();
  } catch {
    throw new ExportLoadError(
      'The short wordings Kahoot needs could not be loaded. Check the connection and try again.',
    );
  }
  try {
    return decodeShortForms(data);
  } catch {
    throw new ExportLoadError(
      'The short wordings Kahoot needs are damaged on this copy of the site. Reload the page and try again.',
    );
  }
}

const LOADERS: Record<FormatId, (options: ExportOptions) => Promise<Exporter>> = {
  gift: () => import('./gift').then((m) => m.exportGift),
  'moodle-xml': () => import('./moodle-xml').then((m) => m.exportMoodleXml),
  qti21: () => import('./qti21').then((m) => m.exportQti21),
  qti12: () => import('./qti12').then((m) => m.exportQti12),
  kahoot: async ({ timer, shortForms }) => {
    const [m, forms, { withShortForms }] = await Promise.all([
      import('./kahoot'),
      shortForms ? fetchShortForms(shortForms) : null,
      import('../short-form'),
    ]);
    return (source) => {
      const shown = forms
        ? { ...source, groups: source.groups.map((g) => ({ ...g, questions: withShortForms(g.questions, forms) })) }
        : source;
      return timer ? m.exportKahootWith(shown, { timeLimit: timer }) : m.exportKahoot(shown);
    };
  },
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
