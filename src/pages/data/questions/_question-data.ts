import { getLearningPath } from '../../../data/curriculum';
import { buildQuestionData } from '../../../lib/question-data';

/** The question index and bank files for the whole learning path (the `_` keeps this file out of the routes). */
export async function questionData() {
  const path = await getLearningPath();
  return buildQuestionData(
    path.map((l) => ({ id: l.id, title: l.title, track: l.track, bank: l.entry.data.quiz.id, questions: l.questions })),
  );
}

/** A JSON response with the same headers for every question file. */
export const jsonResponse = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
