/**
 * The Decide questionnaire at build time: read from content/decide/questionnaire.yaml, validated, and handed to
 * pages, which pass it to islands as a prop. Node only (it reads the file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Questionnaire } from '../lib/decide/model';
import { withBase } from '../lib/paths';
import { questionnaireSchema, questionnaireSchemaFor } from '../schemas/decide';

/** Where the questionnaire lives, from the project root. */
export const QUESTIONNAIRE_FILE = 'content/decide/questionnaire.yaml';

type Issue = { path: PropertyKey[]; message: string };

/** Turns a zod path into words a content author can find: `question "lead-time", options[2].reason`. */
function where(data: unknown, path: PropertyKey[]): string {
  if (path[0] === 'questions' && typeof path[1] === 'number') {
    const questions = (data as { questions?: { id?: unknown }[] }).questions;
    const id = questions?.[path[1]]?.id;
    const name = typeof id === 'string' ? `question "${id}"` : `question ${path[1] + 1}`;
    const rest = path.slice(2);
    if (rest[0] === 'options' && typeof rest[1] === 'number') {
      const option = (questions?.[path[1]] as { options?: { id?: unknown }[] } | undefined)?.options?.[rest[1]];
      const oid = typeof option?.id === 'string' ? `option "${option.id}"` : `option ${rest[1] + 1}`;
      const tail = rest.slice(2).map(String).join('.');
      return `${name}, ${oid}${tail ? `, field "${tail}"` : ''}`;
    }
    return rest.length ? `${name}, field "${rest.map(String).join('.')}"` : name;
  }
  return path.length ? `field "${path.map(String).join('.')}"` : 'the file';
}

/** Sentences naming the file and the place of each problem. */
export function describeIssues(data: unknown, issues: readonly Issue[], file = QUESTIONNAIRE_FILE): string[] {
  return issues.map((i) => {
    const place = where(data, i.path);
    // Cross-field messages already name their question; do not say it twice.
    return i.message.startsWith('question "') || i.message.startsWith('dimension "') || i.message.startsWith('advice "')
      ? `${file}: ${i.message}`
      : `${file}: ${place}: ${i.message}`;
  });
}

/**
 * Parses and validates questionnaire text; throws an Error whose message lists every problem in plain words,
 * naming the file and the question. `lessons` replaces the lesson ids on disk (tests).
 */
export function parseQuestionnaire(
  text: string,
  file = QUESTIONNAIRE_FILE,
  lessons?: ReadonlySet<string>,
): Questionnaire {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const schema = lessons ? questionnaireSchemaFor(lessons) : questionnaireSchema;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = describeIssues(data, parsed.error.issues);
    throw new Error(`${file} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n- ${lines.join('\n- ')}`);
  }
  return parsed.data as Questionnaire;
}

let cached: Questionnaire | undefined;

/** Reads content/decide/questionnaire.yaml, validates it and returns it (once per build). */
export function loadQuestionnaire(): Questionnaire {
  if (cached) return cached;
  const path = join(process.cwd(), QUESTIONNAIRE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${QUESTIONNAIRE_FILE} could not be read: ${(error as Error).message}`, { cause: error });
  }
  cached = parseQuestionnaire(text);
  return cached;
}

/** What both Decide pages give their island: the questionnaire, lesson titles by id, and the pages' links. */
export async function decidePageProps(base: string) {
  // Imported here: the unit tests load this file without Astro's content layer, which curriculum.ts needs.
  const { getLearningPath } = await import('./curriculum');
  const path = await getLearningPath();
  return {
    q: loadQuestionnaire(),
    lessons: Object.fromEntries(path.map((l) => [l.id, l.title])),
    learnHref: withBase(base, 'learn/'),
    decideHref: withBase(base, 'decide/'),
    teamHref: withBase(base, 'decide/team/'),
  };
}
