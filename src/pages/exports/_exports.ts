/**
 * The build's exports (the `_` keeps this file out of the routes): every lesson and the whole curriculum in every
 * format, with their skipped lists, computed once per build and shared by the download endpoint and /exports/.
 * How long the whole-curriculum files took is kept too (issue 13 asks for under 2 s); the build logs it.
 */
import { getLearningPath } from '../../data/curriculum';
import { exportFileName, FORMATS } from '../../lib/export/formats';
import { loadExporter } from '../../lib/export/index';
import { curriculumSource, lessonSource } from '../../lib/export/sources';
import type { ExportResult, ExportSource, FormatId } from '../../lib/export/types';

export interface SourceExports {
  source: ExportSource;
  /** Lesson id, or empty for the whole curriculum. */
  lesson: string;
  questions: number;
  results: ExportResult[];
}

export interface BuildExports {
  lessons: SourceExports[];
  curriculum: SourceExports;
  /** Milliseconds the whole-curriculum files took, per format. */
  curriculumMs: Record<FormatId, number>;
}

let cached: Promise<BuildExports> | undefined;

/** Every export of the build (computed on first call). Fails the build if an exporter names a file unexpectedly. */
export function buildExports(): Promise<BuildExports> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<BuildExports> {
  const path = await getLearningPath();
  const exporters = await Promise.all(FORMATS.map(async (f) => [f.id, await loadExporter(f.id)] as const));
  const run = (source: ExportSource, lesson: string, times?: Partial<Record<FormatId, number>>): SourceExports => ({
    source,
    lesson,
    questions: source.groups.reduce((n, g) => n + g.questions.length, 0),
    results: exporters.map(([format, exporter]) => {
      const start = performance.now();
      const result = exporter(source);
      if (times) times[format] = performance.now() - start;
      const expected = exportFileName(source.slug, format);
      if (result.file.name !== expected) {
        throw new Error(`The ${format} exporter named its file ${result.file.name}; /exports/ links ${expected}.`);
      }
      return result;
    }),
  });
  const times: Partial<Record<FormatId, number>> = {};
  const lessons = path.map((l) => run(lessonSource(l), l.id));
  const curriculum = run(curriculumSource(path), '', times);
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  const each = FORMATS.map((f) => `${f.id} ${times[f.id]!.toFixed(0)}`).join(', ');
  console.info(`[exports] whole curriculum in ${FORMATS.length} formats: ${total.toFixed(0)} ms (${each})`);
  return { lessons, curriculum, curriculumMs: times as Record<FormatId, number> };
}
