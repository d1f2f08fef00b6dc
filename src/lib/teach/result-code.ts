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
  return resultReader(set, questions)(code);
}

/**
 * A reader of result codes for one set: decodeResult with the set's layout and id worked out once, for reading a
 * whole class's codes.
 */
export function resultReader(set: QuizSet, questions: readonly Question[]): (code: string) => ResultDecode {
  const l = layout(questions);
  const id = setId(set);
  const crcOfId = crcBits(0xffff, BigInt(id >>> 0), 32);
  return (code) => readCode(code, l, id, crcOfId, questions.length);
}

/** Bits per limb when dividing the answers: small enough that limb × state count stays an exact number. */
const LIMB_BITS = 15;

/** `count` (≤ 31) bits of a code's symbols from bit `start` (0 = the first symbol's top bit), as a number. */
function bitsAt(values: readonly number[], start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 2 + ((values[(i / 5) | 0]! >> (4 - (i % 5))) & 1);
  return n;
}

/** crcBits over `count` bits of a code's symbols from bit `start`. */
function crcOver(crc: number, values: readonly number[], start: number, count: number): number {
  let c = crc;
  for (let i = start; i < start + count; i++) {
    const top = ((c >> 15) & 1) ^ ((values[(i / 5) | 0]! >> (4 - (i % 5))) & 1);
    c = (c << 1) & 0xffff;
    if (top) c ^= 0x1021;
  }
  return c;
}

function readCode(code: string, l: Layout, id: number, crcOfId: number, questionCount: number): ResultDecode {
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
  if (values.length !== l.chars) {
    // The version bits 001 follow at most 4 padding zeros, so in a code of any length the set tag is the 10 bits
    // after the first 1 bit: a code of another set is named as such, not as mistyped.
    const value = values.reduce((n, v) => n * 32n + BigInt(v), 0n);
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
  // Read straight from the symbols with plain numbers (no BigInt): a class's codes are read at every keystroke.
  if (bitsAt(values, 0, l.pad) !== 0) return mistyped('does not check out (its first character is wrong).');
  const tagAt = l.pad + VERSION_BITS;
  const learnerAt = tagAt + SET_TAG_BITS;
  const answersAt = learnerAt + LEARNER_TAG_BITS;
  const crcAt = answersAt + l.answerBits;
  const version = bitsAt(values, l.pad, VERSION_BITS);
  if (version === RESULT_VERSION && bitsAt(values, tagAt, SET_TAG_BITS) !== setTag(id)) return otherSet();
  if (bitsAt(values, crcAt, CRC_BITS) !== crcOver(crcOfId, values, l.pad, crcAt - l.pad)) {
    return mistyped('does not check out: a character is wrong or two are swapped.');
  }
  if (version !== RESULT_VERSION) return mistyped('was made by a different version of this site.');
  const learnerTag = bitsAt(values, learnerAt, LEARNER_TAG_BITS);
  // The answers as base-2^15 limbs, most significant first, divided by each question's state count in turn.
  const limbs: number[] = [];
  for (let at = answersAt, left = l.answerBits; left > 0;) {
    const take = left % LIMB_BITS || LIMB_BITS;
    limbs.push(bitsAt(values, at, take));
    at += take;
    left -= take;
  }
  const states = new Array<number>(questionCount);
  for (let i = questionCount - 1; i >= 0; i--) {
    const c = l.counts[i]!;
    let r = 0;
    for (let k = 0; k < limbs.length; k++) {
      const cur = r * 2 ** LIMB_BITS + limbs[k]!;
      limbs[k] = Math.floor(cur / c);
      r = cur % c;
    }
    states[i] = r;
  }
  if (limbs.some((x) => x !== 0)) return mistyped('does not check out (its answers are out of range).');
  const canonical = values.map((v) => CROCKFORD[v]!).join('');
  return { ok: true, learnerTag, states, canonical };
}
