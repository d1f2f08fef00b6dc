/**
 * Migrations of the stored progress document, one per version step. Each takes the raw data of its version
 * (already checked to be an object) and returns the raw data of the next; the current version's decoder then
 * validates the result. Fixtures of every released version live in `tests/fixtures/` and are migrated by a
 * unit test.
 */
import { isIsoDate, isKey, isRecord, ShapeError } from './guards';

type Raw = Record<string, unknown>;

/** Version 1 → 2: answers become the current attempt; the last and best scores become attempt history; wrong answers become review items. */
function v1ToV2(data: Raw): Raw {
  const lessons: Raw = {};
  const reviews: Raw = {};
  const source = data['lessons'];
  if (!isRecord(source)) throw new ShapeError('lessons', 'expected an object');
  for (const [lessonId, raw] of Object.entries(source)) {
    if (!isKey(lessonId)) throw new ShapeError('lessons', `"${lessonId.slice(0, 40)}" is not a valid id`);
    if (!isRecord(raw)) throw new ShapeError(`lessons.${lessonId}`, 'expected a lesson');
    const lesson: Raw = { attempts: [] };
    if (raw['readAt'] !== undefined) lesson['readAt'] = raw['readAt'];
    const answers = raw['answers'] ?? {};
    if (!isRecord(answers)) throw new ShapeError(`lessons.${lessonId}.answers`, 'expected an object');
    const converted: Raw = {};
    let startedAt: string | undefined;
    for (const [qid, a] of Object.entries(answers)) {
      if (!isKey(qid)) throw new ShapeError(`lessons.${lessonId}.answers`, `"${qid.slice(0, 40)}" is not a valid id`);
      if (!isRecord(a) || !isIsoDate(a['at']) || typeof a['correct'] !== 'boolean') {
        throw new ShapeError(`lessons.${lessonId}.answers.${qid}`, 'expected an answer');
      }
      converted[qid] = { response: a['selected'], correct: a['correct'], credit: a['correct'] ? 1 : 0, at: a['at'] };
      if (!startedAt || a['at'] < startedAt) startedAt = a['at'];
      if (!a['correct']) {
        reviews[qid] = { lessonId, step: 0, due: a['at'].slice(0, 10), lastAt: a['at'], lapses: 1 };
      }
    }
    if (startedAt) lesson['current'] = { seed: 0, startedAt, answers: converted };
    const attempts: Raw[] = [];
    for (const key of ['bestScore', 'lastScore']) {
      const s = raw[key];
      if (s === undefined) continue;
      if (!isRecord(s) || typeof s['correct'] !== 'number' || typeof s['total'] !== 'number' || !isIsoDate(s['at'])) {
        throw new ShapeError(`lessons.${lessonId}.${key}`, 'expected a score');
      }
      if (attempts.some((x) => x['finishedAt'] === s['at'])) continue;
      const total = s['total'];
      attempts.push({
        startedAt: s['at'],
        finishedAt: s['at'],
        seed: 0,
        points: s['correct'],
        total,
        percent: total > 0 ? Math.round((s['correct'] / total) * 100) : 0,
        outcomes: {},
      });
    }
    lesson['attempts'] = attempts.sort((x, y) => String(x['finishedAt']).localeCompare(String(y['finishedAt'])));
    lessons[lessonId] = lesson;
  }
  return { version: 2, lessons, reviews };
}

const STEPS: Record<number, (data: Raw) => Raw> = { 1: v1ToV2 };

/** Runs every migration from `version` up to the current version. Throws ShapeError on data it cannot read. */
export function migrateToCurrent(data: Raw, version: number): Raw {
  let current = data;
  for (let v = version; STEPS[v]; v++) current = STEPS[v]!(current);
  return current;
}
