/**
 * The shareable result: the answers in the URL fragment, `v=<questionnaire version>&a=<one character per
 * question>`. Fragments never reach a server. Decoding accepts only exactly valid links and says what is wrong
 * in plain words; it never throws and never guesses, so a damaged link cannot show a wrong result.
 */
import { UNKNOWN, type Answers, type Questionnaire } from './model';

/** Longest link or fragment accepted, in characters. */
export const MAX_LINK_LENGTH = 2000;

/** Not answered. */
const OPEN = '0';
/** "Don't know". */
const DONT_KNOW = 'x';
/** Options 1–9: the first option is '1'. */
const OPTION_DIGITS = '123456789';

/** The fragment (without '#') that carries these answers. */
export function encodeAnswers(q: Questionnaire, answers: Answers): string {
  const letters = q.questions.map((question) => {
    if (!Object.hasOwn(answers, question.id)) return OPEN;
    const id = answers[question.id];
    if (id === UNKNOWN) return DONT_KNOW;
    const index = question.options.findIndex((o) => o.id === id);
    return index >= 0 && index < OPTION_DIGITS.length ? OPTION_DIGITS[index]! : OPEN;
  });
  return `v=${q.version}&a=${letters.join('')}`;
}

export type DecodedLink = { ok: true; answers: Answers } | { ok: false; problem: string };

const fail = (problem: string): DecodedLink => ({ ok: false, problem });

/** Accepts a whole URL, or a fragment with or without '#'. Never throws; rejects anything not exactly valid. */
export function decodeAnswers(q: Questionnaire, linkOrFragment: string): DecodedLink {
  if (typeof linkOrFragment !== 'string') return fail('This is not a result link.');
  if (linkOrFragment.length > MAX_LINK_LENGTH) {
    return fail(
      `This link is too long (${linkOrFragment.length.toLocaleString('en')} characters; a result link has under ${MAX_LINK_LENGTH.toLocaleString('en')}). It is not a link this site made.`,
    );
  }
  const text = linkOrFragment.trim();
  if (text === '') return fail('The link is empty.');
  const hash = text.indexOf('#');
  let fragment: string;
  if (hash >= 0) fragment = text.slice(hash + 1);
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/')) {
    return fail('This link has no answers in it: a result link ends with "#v=…&a=…". Copy the whole link again.');
  } else fragment = text;
  if (fragment === '') return fail('This link has no answers in it: the part after "#" is empty.');
  if (!/^[A-Za-z0-9=&]*$/.test(fragment)) {
    return fail(
      'This link contains characters a result link never has. It may have been changed or damaged; copy it again from the result page.',
    );
  }

  const params = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return fail('This link is damaged: a part of it has no name or no value.');
    const name = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (name !== 'v' && name !== 'a')
      return fail(`This link has a part this site does not know ("${name.slice(0, 20)}").`);
    if (params.has(name)) return fail(`This link gives "${name}" twice, so it is not clear which to use.`);
    if (value.includes('=')) return fail('This link is damaged: one of its parts has two "=" signs.');
    params.set(name, value);
  }
  const v = params.get('v');
  const a = params.get('a');
  if (v === undefined) return fail('This link does not say which version of the questionnaire it was made with.');
  if (!/^[1-9][0-9]{0,5}$/.test(v)) return fail('The version number in this link is not a number this site writes.');
  const version = Number(v);
  if (version > q.version) {
    return fail(
      `This link was made by a newer version of the questionnaire (version ${version}; this site has version ${q.version}). Reload the page to get the newest site, or start over.`,
    );
  }
  if (version < q.version) {
    return fail(
      `This link was made with an earlier version of the questionnaire (version ${version}; now ${q.version}). The questions have changed since, so its answers cannot be shown; please start over.`,
    );
  }
  if (a === undefined) return fail('This link has no answers in it.');
  const total = q.questions.length;
  if (a.length < total) {
    return fail(
      `This link is cut short: it has answers for ${a.length} of the ${total} questions. Copy the whole link again.`,
    );
  }
  if (a.length > total) return fail(`This link has ${a.length} answers, but the questionnaire has ${total} questions.`);

  const answers: Answers = {};
  for (let i = 0; i < total; i++) {
    const question = q.questions[i]!;
    const letter = a[i]!;
    if (letter === OPEN) continue;
    if (letter === DONT_KNOW) {
      answers[question.id] = UNKNOWN;
      continue;
    }
    const index = OPTION_DIGITS.indexOf(letter);
    if (index < 0 || index >= question.options.length) {
      return fail(
        `Answer ${i + 1} in this link is not one of that question's options. The link may have been changed.`,
      );
    }
    answers[question.id] = question.options[index]!.id;
  }
  if (Object.keys(answers).length === 0) return fail('This link has no answers in it: every question is left open.');
  return { ok: true, answers };
}
