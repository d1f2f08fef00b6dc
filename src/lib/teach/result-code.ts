/**
 * A learner's result code: what they hand to the trainer at the end of a class quiz, as text (read aloud, typed,
 * pasted) and as a QR code. Bits, most significant first:
 *
 *   [zero padding to a multiple of 5][version 3][set tag 10][learner tag LEARNER_TAG_BITS]
 *   [answers: mixed radix over the questions' state counts][CRC-16/CCITT over (set id 32 ‖ all preceding bits)]
 *
 * written in Crockford Base32 and shown in groups of 4 separated by `-`. The set tag (low bits of the set id)
 * tells a code for another set from a mistyped one; the CRC, which also covers the full set id, catches every
 * single-character substitution and every swap of two neighbouring characters (both change at most 10
 * consecutive bits, and CRC-16 detects every burst of 16 or fewer). Decoding needs the set: its questions' state
 * counts give the exact length.
 */
import type { Question } from '../quiz';
import { isState, stateCount } from './answer-state';
import { CROCKFORD, symbolValue } from './crockford';
import { setId, type QuizSet } from './set-link';

/** The format's version; 3 bits, so that a version-1 code starts, after its padding, with bits 001. */
export const RESULT_VERSION = 1;
const VERSION_BITS = 3;
const SET_TAG_BITS = 10;
/** Random per learner and set, so that two codes of the same learner are recognised. */
export const LEARNER_TAG_BITS = 12;
const CRC_BITS = 16;
/** Characters per group when a code is shown. */
export const GROUP = 4;

export interface ResultInput {
  set: QuizSet;
  /** The set's questions as resolved on this site, in the set's order (the content's questions, not reordered). */
  questions: readonly Question[];
  /** One answer state per question (answer-state.ts). */
  states: readonly number[];
  /** 0 .. 2^LEARNER_TAG_BITS − 1. */
  learnerTag: number;
}

export type ResultDecode =
  | { ok: true; learnerTag: number; states: number[]; canonical: string }
  | { ok: false; problem: 'mistyped' | 'other-set' | 'empty'; message: string };

interface Layout {
  counts: number[];
  answerBits: number;
  /** Bits before the padding: version to CRC. */
  bits: number;
  pad: number;
  chars: number;
}

const bitLength = (n: bigint): number => (n === 0n ? 0 : n.toString(2).length);

function layout(questions: readonly Question[]): Layout {
  const counts = questions.map(stateCount);
  const product = counts.reduce((p, c) => p * BigInt(c), 1n);
  const answerBits = bitLength(product - 1n);
  const bits = VERSION_BITS + SET_TAG_BITS + LEARNER_TAG_BITS + answerBits + CRC_BITS;
  const pad = (5 - (bits % 5)) % 5;
  return { counts, answerBits, bits, pad, chars: (bits + pad) / 5 };
}

/** The code's length in characters (without dashes) for these questions. */
export const resultCodeLength = (questions: readonly Question[]): number => layout(questions).chars;

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over `count` bits of `value`, most significant first. */
function crcBits(crc: number, value: bigint, count: number): number {
  const text = count === 0 ? '' : value.toString(2).padStart(count, '0');
  let c = crc;
  for (let i = 0; i < text.length; i++) {
    const top = ((c >> 15) & 1) ^ (text.charCodeAt(i) - 48);
    c = (c << 1) & 0xffff;
    if (top) c ^= 0x1021;
  }
  return c;
}

const checksum = (id: number, body: bigint, bodyBits: number) =>
  crcBits(crcBits(0xffff, BigInt(id >>> 0), 32), body, bodyBits);

const setTag = (id: number) => id & ((1 << SET_TAG_BITS) - 1);

/** A code without dashes, in groups of 4 separated by `-`. */
export const groupCode = (canonical: string): string =>
  canonical.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';

/** The result code of a learner's answer states, with dashes. Throws on states the questions cannot have. */
export function encodeResult({ set, questions, states, learnerTag }: ResultInput): string {
  const l = layout(questions);
  if (states.length !== questions.length) throw new RangeError('one answer state per question is needed');
  states.forEach((s, i) => {
    if (!isState(questions[i]!, s)) throw new RangeError(`answer state ${s} is out of range for question ${i + 1}`);
  });
  if (!Number.isInteger(learnerTag) || learnerTag < 0 || learnerTag >= 2 ** LEARNER_TAG_BITS) {
    throw new RangeError('learner tag out of range');
  }
  const id = setId(set);
  let answers = 0n;
  states.forEach((s, i) => {
    answers = answers * BigInt(l.counts[i]!) + BigInt(s);
  });
  const bodyBits = l.bits - CRC_BITS;
  const body =
    (BigInt(RESULT_VERSION) << BigInt(SET_TAG_BITS + LEARNER_TAG_BITS + l.answerBits)) |
    (BigInt(setTag(id)) << BigInt(LEARNER_TAG_BITS + l.answerBits)) |
    (BigInt(learnerTag) << BigInt(l.answerBits)) |
    answers;
  const full = (body << BigInt(CRC_BITS)) | BigInt(checksum(id, body, bodyBits));
  const canonical = [...full.toString(32).padStart(l.chars, '0')].map((d) => CROCKFORD[parseInt(d, 32)]!).join('');
  return groupCode(canonical);
}

/** How a code is quoted in messages: as typed, trimmed and cut short. */
const quote = (code: string) => {
  const t = code.trim().replace(/\s+/g, ' ');
  return `“${t.length > 40 ? `${t.slice(0, 40)}…` : t}”`;
};

/**
 * Reads a result code for `set`, whose resolved questions are `questions`. Dashes, spaces and case do not
 * matter; I and L read as 1, O as 0. Never throws.
 */
export function decodeResult(code: string, set: QuizSet, questions: readonly Question[]): ResultDecode {
  const typed = String(code);
  const compact = typed.slice(0, 400).replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, problem: 'empty', message: 'No code was given.' };
  const mistyped = (why: string): ResultDecode => ({
    ok: false,
    problem: 'mistyped',
    message: `The code ${quote(typed)} ${why} Check it with the learner and type it again.`,
  });
  const otherSet = (): ResultDecode => ({
    ok: false,
    problem: 'other-set',
    message: `The code ${quote(typed)} is for another quiz set, not this one.`,
  });
  if (typed.length > 400) return mistyped('is far too long to be a result code.');
  const values: number[] = [];
  for (const ch of compact) {
    const v = symbolValue(ch);
    if (v < 0) return mistyped(`contains “${ch}”, which is not used in result codes.`);
    values.push(v);
  }
  const value = values.reduce((n, v) => n * 32n + BigInt(v), 0n);
  const l = layout(questions);
  const id = setId(set);

  if (values.length !== l.chars) {
    // The version bits 001 follow at most 4 padding zeros, so in a code of any length the set tag is the 10 bits
    // after the first 1 bit: a code of another set is named as such, not as mistyped.
    const high = bitLength(value);
    const leading = values.length * 5 - high;
    if (leading >= 2 && leading <= 6 && high - 1 >= SET_TAG_BITS) {
      const tag = Number((value >> BigInt(high - 1 - SET_TAG_BITS)) & BigInt((1 << SET_TAG_BITS) - 1));
      if (tag !== setTag(id)) return otherSet();
    }
    return mistyped(
      values.length < l.chars
        ? `is too short: codes for this set have ${l.chars} characters, it has ${values.length}.`
        : `is too long: codes for this set have ${l.chars} characters, it has ${values.length}.`,
    );
  }
  if (value >> BigInt(l.bits) !== 0n) return mistyped('does not check out (its first character is wrong).');
  const tagShift = BigInt(LEARNER_TAG_BITS + l.answerBits + CRC_BITS);
  const version = Number(value >> (tagShift + BigInt(SET_TAG_BITS)));
  const tag = Number((value >> tagShift) & BigInt((1 << SET_TAG_BITS) - 1));
  if (version === RESULT_VERSION && tag !== setTag(id)) return otherSet();
  const body = value >> BigInt(CRC_BITS);
  if (Number(value & 0xffffn) !== checksum(id, body, l.bits - CRC_BITS)) {
    return mistyped('does not check out: a character is wrong or two are swapped.');
  }
  if (version !== RESULT_VERSION) return mistyped('was made by a different version of this site.');
  const learnerTag = Number((body >> BigInt(l.answerBits)) & BigInt(2 ** LEARNER_TAG_BITS - 1));
  let answers = body & ((1n << BigInt(l.answerBits)) - 1n);
  const states = new Array<number>(questions.length);
  for (let i = questions.length - 1; i >= 0; i--) {
    const c = BigInt(l.counts[i]!);
    states[i] = Number(answers % c);
    answers /= c;
  }
  if (answers !== 0n) return mistyped('does not check out (its answers are out of range).');
  const canonical = [...value.toString(32).padStart(l.chars, '0')].map((d) => CROCKFORD[parseInt(d, 32)]!).join('');
  return { ok: true, learnerTag, states, canonical };
}
