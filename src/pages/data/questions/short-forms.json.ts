import type { APIRoute } from 'astro';
import { jsonResponse, questionData } from './_question-data';

/** Every question's short form for games, by question id: what a set's Kahoot file needs (src/lib/short-form.ts). */
export const GET: APIRoute = async () => jsonResponse((await questionData()).shortForms);
