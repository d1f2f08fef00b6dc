import type { APIRoute, GetStaticPaths } from 'astro';
import type { QuestionBankFile } from '../../../lib/question-data';
import { jsonResponse, questionData } from './_question-data';

/** One file per bank, so a page downloads only the banks it needs. */
export const getStaticPaths = (async () => {
  const { files } = await questionData();
  return files.map((file) => ({ params: { bank: file.id }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: QuestionBankFile }> = ({ props }) => jsonResponse(props.file);
