/**
 * A classroom quiz set, carried whole in a link's fragment (never sent to a server):
 * `#s=1.<seed>.<timer>.<feedback>.<keys>`: version 1; the seed as 7 Crockford characters (a uint32); seconds per
 * question from TIMER_CHOICES (0 = no timer); `E` (score at the end) or `Q` (after each question); the questions'
 * 5-character keys, concatenated, 1–50 of them, no repeats. Reading a link validates every part and gives either
 * the whole set or a reason in plain words, never a partial set.
 */
import { hashString, MAX_SEED } from '../random';
import { decodeCanonical, encodeFixed } from './crockford';
import { KEY_LENGTH } from './question-key';

/** Seconds per question a trainer can choose; 0 means no timer. */
export const TIMER_CHOICES = [0, 10, 20, 30, 45, 60, 90, 120] as const;
export type TimerSeconds = (typeof TIMER_CHOICES)[number];

/** The most questions in one set. */
export const MAX_SET_QUESTIONS = 50;

/** The link format's version; a link with a higher one was made by a newer site. */
export const SET_VERSION = 1;

export interface QuizSet {
  version: 1;
  /** Orders options and items on every screen (see option-order.ts). */
  seed: number;
  timer: TimerSeconds;
  /** `end`: the learner sees the score at the end; `each`: after every question. */
  feedback: 'end' | 'each';
  /** Question keys (question-key.ts), in the order the questions are asked. */
  keys: string[];
}

export type SetDecode = { ok: true; set: QuizSet } | { ok: false; reason: string };

const SEED_LENGTH = 7;
/** Longer than any valid fragment with a few extra parameters; longer text is refused before it is read. */
const MAX_FRAGMENT = 1000;
const FEEDBACK_CODE = { end: 'E', each: 'Q' } as const;

/** Whether a number is one of the timer choices. */
export const isTimer = (n: number): n is TimerSeconds => (TIMER_CHOICES as readonly number[]).includes(n);

/** The fragment of a set's link, without `#` (e.g. `s=1.0000000.30.E.ABCDE`). Canonical: one text per set. */
export function encodeSet(set: QuizSet): string {
  return `s=${SET_VERSION}.${encodeFixed(set.seed >>> 0, SEED_LENGTH)}.${set.timer}.${FEEDBACK_CODE[set.feedback]}.${set.keys.join('')}`;
}

const refuse = (reason: string): SetDecode => ({ ok: false, reason });

/**
 * Reads a set from a link's fragment (with or without `#`; other `&`-separated parameters, such as
 * `view=speaker`, are allowed). Never throws, whatever the text; case does not matter.
 */
export function decodeSet(fragment: string): SetDecode {
  if (typeof fragment !== 'string') return refuse('This link has no quiz set in it.');
  if (fragment.length > MAX_FRAGMENT) {
    return refuse(
      `This link is too long to be a quiz set link (${fragment.length.toLocaleString('en')} characters); copy it again from the trainer’s page.`,
    );
  }
  const params = fragment
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p.startsWith('s='));
  if (params.length === 0) return refuse('This link has no quiz set in it: ask for the link or QR code again.');
  if (params.length > 1)
    return refuse('This link names more than one quiz set; copy it again from the trainer’s page.');
  const fields = params[0]!.slice(2).toUpperCase().split('.');
  const [version, seedText, timerText, feedbackText, keysText] = fields;

  if (!/^\d{1,6}$/.test(version ?? '')) return refuse('This is not a quiz set link: its version is missing.');
  if (Number(version) > SET_VERSION) {
    return refuse('This quiz set was made by a newer version of this site. Reload the page to get the latest version.');
  }
  if (Number(version) !== SET_VERSION) return refuse(`This quiz set link has an unknown version (${version}).`);
  if (fields.length !== 5) {
    return refuse(
      fields.length < 5
        ? 'This quiz set link is cut short; copy the whole link again.'
        : 'This quiz set link has extra parts; copy it again from the trainer’s page.',
    );
  }

  const seed = seedText!.length === SEED_LENGTH ? decodeCanonical(seedText!) : Number.NaN;
  if (!Number.isInteger(seed) || seed > MAX_SEED) {
    return refuse('The shuffle code (seed) in this link is damaged; copy the whole link again.');
  }

  const timer = /^(0|[1-9]\d{0,3})$/.test(timerText!) ? Number(timerText) : Number.NaN;
  if (!isTimer(timer)) {
    return refuse(
      `The time per question in this link (${timerText!.slice(0, 12)}) is not one of ${TIMER_CHOICES.join(', ')} seconds.`,
    );
  }

  const feedback = feedbackText === 'E' ? 'end' : feedbackText === 'Q' ? 'each' : null;
  if (!feedback)
    return refuse('The feedback setting in this link must be E (score at the end) or Q (after each question).');

  const keys = keysText!;
  if (keys.length === 0) return refuse('This quiz set has no questions.');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(keys)) {
    return refuse(
      'The question list in this link has characters that cannot be in a question key; copy the whole link again.',
    );
  }
  if (keys.length % KEY_LENGTH !== 0) {
    return refuse('The question list in this link is cut short or has extra characters; copy the whole link again.');
  }
  const count = keys.length / KEY_LENGTH;
  if (count > MAX_SET_QUESTIONS) {
    return refuse(`This quiz set lists ${count} questions; a set has at most ${MAX_SET_QUESTIONS}.`);
  }
  const list = Array.from({ length: count }, (_, i) => keys.slice(i * KEY_LENGTH, (i + 1) * KEY_LENGTH));
  const seen = new Map<string, number>();
  for (const [i, key] of list.entries()) {
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      return refuse(`This quiz set lists the same question twice (${key}, as questions ${earlier + 1} and ${i + 1}).`);
    }
    seen.set(key, i);
  }
  return { ok: true, set: { version: 1, seed, timer, feedback, keys: list } };
}

/** The set's id: FNV-1a-32 of its canonical fragment, so the same set has the same id on every device. */
export function setId(set: QuizSet): number {
  return hashString(encodeSet(set));
}

/** A set id as people read it: 7 Crockford characters, `ABC-DEFG`. */
export function formatSetId(id: number): string {
  const text = encodeFixed(id >>> 0, 7);
  return `${text.slice(0, 3)}-${text.slice(3)}`;
}

/** A key of the set that this build of the site has no question for (position counts from 1). */
export interface MissingKey {
  position: number;
  key: string;
}

/**
 * The set's question ids, in order, from a key → id index (question-key.ts `keyIndex`). Keys the index does not
 * know (a question removed since the link was made) are listed in `missing`, never silently dropped.
 */
export function resolveSet(
  set: QuizSet,
  index: ReadonlyMap<string, string>,
): { questionIds: string[]; missing: MissingKey[] } {
  const questionIds: string[] = [];
  const missing: MissingKey[] = [];
  set.keys.forEach((key, i) => {
    const id = index.get(key);
    if (id === undefined) missing.push({ position: i + 1, key });
    else questionIds.push(id);
  });
  return { questionIds, missing };
}

/** What to tell people about missing keys, e.g. “Question 3 (key ABCDE) of this set is no longer on this site.” */
export function missingMessage(missing: readonly MissingKey[]): string {
  if (missing.length === 0) return '';
  const list = missing.map((m) => `${m.position} (key ${m.key})`);
  const named = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)!}`;
  return missing.length === 1
    ? `Question ${named} of this set is no longer on this site.`
    : `Questions ${named} of this set are no longer on this site.`;
}
