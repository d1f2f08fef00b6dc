import { describe, expect, it } from 'vitest';
import { readPaper, withPaper } from '../../src/lib/teach/paper';

describe('readPaper', () => {
  it('is A4 with no problem when the link names no paper', () => {
    expect(readPaper('s=abc')).toEqual({ paper: 'a4' });
    expect(readPaper('')).toEqual({ paper: 'a4' });
  });

  it('reads either paper, in any case, with or without the leading #', () => {
    expect(readPaper('s=abc&paper=letter')).toEqual({ paper: 'letter' });
    expect(readPaper('#paper=LETTER&s=abc')).toEqual({ paper: 'letter' });
    expect(readPaper('s=abc&paper=a4')).toEqual({ paper: 'a4' });
    // The same size twice is still one size.
    expect(readPaper('paper=letter&s=abc&paper=letter')).toEqual({ paper: 'letter' });
  });

  it('falls back to A4 and says why for a size it does not know, showing at most 20 characters of it', () => {
    const odd = readPaper('s=abc&paper=legal');
    expect(odd.paper).toBe('a4');
    expect(odd.problem).toContain('(“legal”)');
    const long = readPaper(`s=abc&paper=${'x'.repeat(40)}`);
    expect(long.problem).toContain(`(“${'x'.repeat(20)}…”)`);
  });

  it('shows a crafted size decoded, and a stray % as written', () => {
    expect(readPaper('paper=%3Cb%3E').problem).toContain('(“<b>”)');
    expect(readPaper('paper=%zz').problem).toContain('(“%zz”)');
  });

  it('falls back to A4 when the link names two sizes', () => {
    expect(readPaper('paper=a4&paper=letter')).toEqual({
      paper: 'a4',
      problem: expect.stringContaining('names two paper sizes'),
    });
  });
});

describe('withPaper', () => {
  it('sets the paper, keeps the rest of the fragment and removes any other paper', () => {
    expect(withPaper('#s=abc', 'letter')).toBe('s=abc&paper=letter');
    expect(withPaper('s=abc&paper=legal&paper=a4&t=30', 'letter')).toBe('s=abc&t=30&paper=letter');
    expect(withPaper('', 'a4')).toBe('paper=a4');
  });

  it('round-trips through readPaper', () => {
    for (const paper of ['a4', 'letter'] as const) {
      expect(readPaper(withPaper('s=abc&paper=nonsense', paper))).toEqual({ paper });
    }
  });
});
