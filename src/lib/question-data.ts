import type { Question } from './quiz';

/** The shape of `/data/questions.json`, built from the quiz banks at build time. */
export interface QuestionBankData {
  lessons: { id: string; title: string; track: string }[];
  questions: { lessonId: string; question: Question }[];
}
