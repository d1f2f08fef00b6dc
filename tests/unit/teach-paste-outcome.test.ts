import { describe, expect, it } from 'vitest';
import { pasteOutcome } from '../../src/lib/teach/paste-outcome';
import { encodeResult } from '../../src/lib/teach/result-code';
import { ALL_TYPES, setOf } from './teach-fixture';

const set = setOf(ALL_TYPES);
const other = setOf(ALL_TYPES, { seed: set.seed + 1 });
const code = (states: number[], learnerTag: number, s = set) =>
  encodeResult({ set: s, questions: ALL_TYPES, states, learnerTag });
const none = ALL_TYPES.map(() => 0);
const ana = code([2, 3, 2, 0, 0, 0], 1);
const ben = code(none, 2);

describe('codes pasted on the class results page', () => {
  it('keeps the usable codes with their names, and refuses the others naming each, with the line as typed', () => {
    const mistyped = `${ben.slice(0, -1)}${ben.endsWith('7') ? '8' : '7'}`;
    const elsewhere = code(none, 3, other);
    const r = pasteOutcome(
      set,
      ALL_TYPES,
      [{ code: ana, name: 'Ana' }],
      [{ code: ben, name: 'Ben' }, { code: mistyped, name: 'Cy' }, { code: elsewhere }, { code: ana }],
    );
    expect(r.accepted).toEqual([{ code: ben, name: 'Ben' }]);
    expect(r.refused.map((x) => x.text)).toEqual([`Cy: ${mistyped}`, elsewhere, ana]);
    expect(r.refused[0]!.message).toContain(mistyped);
    expect(r.refused[1]!.message).toContain('another quiz set');
    expect(r.refused[2]!.message).toContain('already in the list');
  });

  it('keeps a second code of the same learner (flagged in the table; the later one counts)', () => {
    const again = code([1, 0, 0, 0, 0, 0], 1);
    const r = pasteOutcome(set, ALL_TYPES, [{ code: ana }], [{ code: again }]);
    expect(r.accepted).toEqual([{ code: again }]);
    expect(r.refused).toEqual([]);
  });

  it('refuses the same code twice in one paste, once', () => {
    const r = pasteOutcome(set, ALL_TYPES, [], [{ code: ben }, { code: ben.toLowerCase() }]);
    expect(r.accepted).toEqual([{ code: ben }]);
    expect(r.refused.map((x) => x.code)).toEqual([ben.toLowerCase()]);
  });
});
