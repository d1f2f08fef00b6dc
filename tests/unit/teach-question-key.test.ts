import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/lib/random';
import { CROCKFORD, decodeCanonical, encodeFixed, symbolValue } from '../../src/lib/teach/crockford';
import { keyClashes, keyIndex, questionKey } from '../../src/lib/teach/question-key';
import { realQuestionData } from './real-question-data';

describe('Crockford Base32', () => {
  it('has 32 symbols without I, L, O and U', () => {
    expect(new Set(CROCKFORD).size).toBe(32);
    expect(CROCKFORD).not.toMatch(/[ILOU]/);
  });

  it('reads any case, I and L as 1, O as 0, and refuses the rest', () => {
    expect(['a', 'A', 'i', 'L', 'o', 'z', 'U', '*', '', 'AB'].map(symbolValue)).toEqual([
      10, 10, 1, 1, 0, 31, -1, -1, -1, -1,
    ]);
  });

  it('writes fixed-width values and reads them back; canonical reading refuses aliases', () => {
    expect(encodeFixed(0, 3)).toBe('000');
    expect(encodeFixed(0xffffffff, 7)).toBe('3ZZZZZZ');
    expect(decodeCanonical('3ZZZZZZ')).toBe(0xffffffff);
    expect(decodeCanonical('1O')).toBeNaN();
  });
});

describe('questionKey', () => {
  it('is the top 25 bits of the FNV-1a hash of the id, as 5 Crockford characters', () => {
    const key = questionKey('sre-error-budget-basics');
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(decodeCanonical(key)).toBe(hashString('sre-error-budget-basics') >>> 7);
    expect(questionKey('a')).toBe(questionKey('a'));
    expect(questionKey('a')).not.toBe(questionKey('b'));
  });

  it('keyIndex maps keys to ids; on a clash the first id keeps the key', () => {
    const index = keyIndex(['one', 'two']);
    expect(index.get(questionKey('one'))).toBe('one');
    expect(index.get(questionKey('two'))).toBe('two');
    // Find two ids that share a key to see how a clash is handled.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const id = `q-${i}`;
      const earlier = seen.get(questionKey(id));
      if (earlier) pair = [earlier, id];
      else seen.set(questionKey(id), id);
    }
    expect(keyIndex([pair[0], pair[1]]).get(questionKey(pair[0]))).toBe(pair[0]);
    expect(keyClashes(['x', pair[0], 'y', pair[1]])).toEqual([pair]);
    expect(keyClashes(['x', 'x'])).toEqual([]);
  });

  it('no two questions of the real banks share a key', () => {
    const ids = realQuestionData().index.banks.flatMap((b) => b.questions);
    expect(ids.length).toBeGreaterThan(100);
    expect(keyClashes(ids)).toEqual([]);
    expect(keyIndex(ids).size).toBe(new Set(ids).size);
  });
});
