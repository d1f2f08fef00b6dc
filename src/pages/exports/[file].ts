import type { APIRoute, GetStaticPaths } from 'astro';
import { skippedFileName, skippedText } from '../../lib/export/skipped';
import type { ExportFile } from '../../lib/export/types';
import { buildExports } from './_exports';

/**
 * The downloadable files of /exports/: each lesson and the whole curriculum in every format
 * (`error-budgets.gift.txt`, `all-lessons.qti21.zip`, …), each with its skipped list beside it
 * (`error-budgets.gift.txt-skipped.txt`).
 */
export const getStaticPaths = (async () => {
  const { lessons, curriculum } = await buildExports();
  return [...lessons, curriculum].flatMap((s) =>
    s.results.flatMap((r) => [
      { params: { file: r.file.name }, props: { file: r.file } },
      {
        params: { file: skippedFileName(r.file.name) },
        props: {
          file: { name: skippedFileName(r.file.name), mime: 'text/plain; charset=utf-8', data: skippedText(r) },
        },
      },
    ]),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ExportFile }> = ({ props }) =>
  new Response(props.file.data as BodyInit, { headers: { 'content-type': props.file.mime } });
