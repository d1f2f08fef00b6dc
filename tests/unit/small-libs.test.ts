import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content-integrity';
import { splitExcerpt } from '../../src/lib/excerpt';
import { lessonPath, termPath, withBase } from '../../src/lib/paths';
import { emptyProgress, markRead, recordAnswer } from '../../src/lib/progress';
import { completionDate, describeLesson, hasCompletedPath, summarise } from '../../src/lib/progress-summary';
import { passes } from '../../src/lib/quiz';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('paths', () => {
  it('builds links under the root and under a sub-path', () => {
    expect(withBase('/')).toBe('/');
    expect(withBase('/', 'learn')).toBe('/learn/');
    expect(withBase('/guide/', '/learn/')).toBe('/guide/learn/');
    expect(withBase('/guide', 'favicon.svg')).toBe('/guide/favicon.svg');
    expect(lessonPath('/guide/', 'what-is-sre')).toBe('/guide/learn/what-is-sre/');
    expect(termPath('/', 'slo')).toBe('/glossary/#slo');
    expect(withBase('/guide/', 'learn/#sre')).toBe('/guide/learn/#sre');
  });
});

describe('content integrity', () => {
  const lesson = (id: string, over = {}) => ({
    id,
    file: `${id}.mdx`,
    track: 'sre',
    order: 1,
    quiz: id,
    terms: ['slo'],
    ...over,
  });
  const terms = ['slo'];
  const bank = (id: string, questionIds: string[]) => ({ id, file: `${id}.yaml`, questionIds });

  it('passes consistent content', () => {
    expect(findContentProblems([lesson('a')], [bank('a', ['q1'])], terms)).toEqual([]);
  });

  it('names both files when a question id is used twice', () => {
    const problems = findContentProblems(
      [lesson('a'), lesson('b', { order: 2 })],
      [bank('a', ['q1']), bank('b', ['q1'])],
      terms,
    );
    expect(problems).toEqual([expect.stringMatching(/^b\.yaml: question id "q1" is already used in a\.yaml/)]);
  });

  it('names a lesson whose quiz bank does not exist, or repeats a slot', () => {
    const problems = findContentProblems(
      [lesson('a', { quiz: 'nope' }), lesson('b', { terms: ['slo', 'sloo'] })],
      [bank('b', ['q'])],
      terms,
    );
    expect(problems.join('\n')).toContain('a.mdx: field "quiz" names "nope"');
    expect(problems.join('\n')).toContain('b.mdx: field "order" is 1, the same as a.mdx');
    expect(problems.join('\n')).toContain('b.mdx: field "terms" names "sloo"');
  });
});

describe('excerpts', () => {
  it('splits marks and decodes entities without producing HTML', () => {
    expect(splitExcerpt('a &lt;b&gt; <mark>toil</mark> &amp; more')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'toil', mark: true },
      { text: ' & more', mark: false },
    ]);
    expect(splitExcerpt('<img src=x onerror=alert(1)>text')).toEqual([{ text: 'text', mark: false }]);
  });
});

describe('reading time', () => {
  it('counts words and ignores markup', () => {
    expect(countWords('## Heading\n\nSome <Term id="slo">SLO</Term> text [link](https://x.y/z).')).toBe(5);
    expect(readingMinutes('word '.repeat(660))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('progress summary', () => {
  const AT = new Date('2026-11-25T10:00:00.000Z');
  const ans = (correct: boolean) => ({ response: ['x'], correct, credit: correct ? 1 : 0 });

  it('describes each state of a lesson', () => {
    let doc = emptyProgress();
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'new', text: 'Not started' });
    doc = markRead(doc, 'l', AT);
    expect(describeLesson(doc, 'l', 2).state).toBe('read');
    doc = recordAnswer(doc, 'l', ['a', 'b'], 'a', ans(true), AT);
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'in-progress', text: 'In progress · 1 of 2 answered' });
    doc = recordAnswer(doc, 'l', ['a', 'b'], 'b', ans(true), AT);
    expect(describeLesson(doc, 'l', 2)).toEqual({ state: 'passed', text: 'Passed · 100%' });
    expect(summarise(doc, ['l', 'm'], AT)).toEqual({ lessons: 2, read: 1, checksPassed: 1, due: 0, completion: 50 });
    expect(hasCompletedPath(doc, ['l'])).toBe(true);
    expect(hasCompletedPath(doc, ['l', 'm'])).toBe(false);
    expect(completionDate(doc, ['l'])).toBe(AT.toISOString());
  });

  it('counts questions due for review', () => {
    const doc = recordAnswer(emptyProgress(), 'l', ['a', 'b'], 'a', ans(false), AT);
    expect(summarise(doc, ['l'], AT).due).toBe(1);
    expect(summarise(doc, ['other'], AT).due).toBe(0);
  });

  it('passes at 80%', () => {
    expect(passes(80)).toBe(true);
    expect(passes(79)).toBe(false);
  });
});
