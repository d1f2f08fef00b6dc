import type { APIRoute } from 'astro';
import { jsonResponse, questionData } from './_question-data';

/** Every lesson with its bank, and every bank with its question ids: what practice and import need to know first. */
export const GET: APIRoute = async () => jsonResponse((await questionData()).index);
