import type { APIRoute } from 'astro';
import { getLearningPath } from '../../data/curriculum';
import type { QuestionBankData } from '../../lib/question-data';

/** Every knowledge-check question with its lesson, for practice: built once, fetched by the practice page. */
export const GET: APIRoute = async () => {
  const path = await getLearningPath();
  const data: QuestionBankData = {
    lessons: path.map((l) => ({ id: l.id, title: l.title, track: l.track })),
    questions: path.flatMap((l) => l.questions.map((question) => ({ lessonId: l.id, question }))),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
