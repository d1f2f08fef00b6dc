import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems } from '../lib/content-integrity';
import type { Question } from '../lib/quiz';
import { countWords, readingMinutes } from '../lib/reading-time';
import { TRACKS, type TrackId } from '../lib/tracks';

export type Lesson = CollectionEntry<'lessons'>;

export interface PathLesson {
  entry: Lesson;
  id: string;
  title: string;
  description: string;
  track: TrackId;
  minutes: number;
  words: number;
  questions: Question[];
  quizTitle: string;
}

let cached: Promise<PathLesson[]> | undefined;

/**
 * Every lesson in path order (track, then order), with its knowledge check. Fails the build, naming the
 * file, when content breaks a rule that spans files (see `findContentProblems`).
 */
export function getLearningPath(): Promise<PathLesson[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PathLesson[]> {
  const [lessons, banks, glossary] = await Promise.all([
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('glossary'),
  ]);
  const problems = findContentProblems(
    lessons.map((l) => ({
      id: l.id,
      file: l.filePath ?? l.id,
      track: l.data.track,
      order: l.data.order,
      quiz: l.data.quiz.id,
      terms: l.data.terms.map((t) => t.id),
    })),
    banks.map((b) => ({ id: b.id, file: b.filePath ?? b.id, questionIds: b.data.questions.map((q) => q.id) })),
    glossary.map((g) => g.id),
  );
  if (problems.length > 0) throw new Error(`Content problems:\n- ${problems.join('\n- ')}`);

  const bankById = new Map(banks.map((b) => [b.id, b.data]));
  const trackRank = (t: TrackId) => TRACKS.findIndex((x) => x.id === t);
  return lessons
    .sort((a, b) => trackRank(a.data.track) - trackRank(b.data.track) || a.data.order - b.data.order)
    .map((entry) => {
      const bank = bankById.get(entry.data.quiz.id)!;
      const body = entry.body ?? '';
      return {
        entry,
        id: entry.id,
        title: entry.data.title,
        description: entry.data.description,
        track: entry.data.track,
        minutes: readingMinutes(body),
        words: countWords(body),
        questions: bank.questions,
        quizTitle: bank.title,
      };
    });
}
