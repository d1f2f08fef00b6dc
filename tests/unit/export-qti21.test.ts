/**
 * QTI 2.1 package: every item, the test and the manifest validate against 1EdTech's schemas (vendored in
 * tests/fixtures/xsd/, checked with xmllint-wasm, offline); the rules Canvas's importer applies hold (a correct
 * response in every item, at least two choices, no script, no `../` paths); and what is read back from each item
 * is the source question: text, options, right answers, scoring, feedback, tolerance.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import {
  EXPLANATION_ID,
  exportQti21,
  itemIdentifier,
  itemPath,
  qti21Item,
  qtiName,
  TEST_PATH,
  WRONG_ID,
} from '../../src/lib/export/qti21';
import { grade, type Question } from '../../src/lib/quiz';
import { curriculumSource } from '../fixtures/export/pack-curriculum';
import { HOSTILE_QUESTIONS, HOSTILE_SOURCE } from '../fixtures/export/pack-hostile';

const XSD_ROOT = fileURLToPath(new URL('../fixtures/xsd/qti/', import.meta.url));

function xsdFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? xsdFiles(join(dir, e.name)) : e.name.endsWith('.xsd') ? [join(dir, e.name)] : [],
  );
}

const ALL_XSD = xsdFiles(XSD_ROOT).map((path) => ({
  fileName: relative(XSD_ROOT, path).split('\\').join('/'),
  contents: readFileSync(path, 'utf8'),
}));

/** Validates documents against one of the vendored schemas; returns the error messages (none when valid). */
async function validate(docs: { name: string; xml: string }[], schema: string): Promise<string[]> {
  const main = ALL_XSD.find((f) => f.fileName === schema)!;
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name.replaceAll('/', '_'), contents: d.xml })),
    schema: main,
    preload: ALL_XSD.filter((f) => f !== main),
    maxMemoryPages: 16384,
  });
  return result.errors.map((e) => e.rawMessage);
}

function unpack(data: string | Uint8Array): Map<string, string> {
  expect(data).toBeInstanceOf(Uint8Array);
  const files = unzipSync(data as Uint8Array);
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) =>
    [
      'simpleChoice',
      'simpleAssociableChoice',
      'simpleMatchSet',
      'value',
      'mapEntry',
      'modalFeedback',
      'assessmentSection',
      'assessmentItemRef',
      'resource',
      'dependency',
      'file',
    ].includes(name),
});

/** Escaped XHTML text back to the plain text it came from: `<br />` to a line break, entities decoded. */
function innerText(xml: string): string {
  return xml
    .replace(/<br \/>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The plain text of every first capture of `re`. */
function pick(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => innerText(m[1]!));
}

const choiceTexts = (xml: string) =>
  new Map(
    [
      ...xml.matchAll(/<simple(?:Associable)?Choice identifier="([^"]+)"[^>]*>(.*?)<\/simple(?:Associable)?Choice>/g),
    ].map((m) => [m[1]!, innerText(m[2]!)]),
  );
const feedbackTexts = (xml: string) =>
  new Map(
    [
      ...xml.matchAll(
        /<modalFeedback outcomeIdentifier="FEEDBACK" identifier="([^"]+)" showHide="show"><div><p>(.*?)<\/p><\/div><\/modalFeedback>/g,
      ),
    ].map((m) => [m[1]!, innerText(m[2]!)]),
  );
const promptOf = (xml: string) => pick(xml, /<itemBody><div><p>(.*?)<\/p><\/div>/g)[0];

describe('exportQti21', () => {
  const hostile = exportQti21(HOSTILE_SOURCE);
  const files = unpack(hostile.file.data);

  it('names the file and counts every question: all six types go in', () => {
    expect(hostile.format).toBe('qti21');
    expect(hostile.file.name).toBe('hostile.qti21.zip');
    expect(hostile.file.mime).toBe('application/zip');
    expect(hostile.exported).toBe(HOSTILE_QUESTIONS.length);
    expect(hostile.skipped).toEqual([]);
  });

  it('packs the manifest first, the test, and one item per question, with safe relative paths', () => {
    const names = [...files.keys()];
    expect(names[0]).toBe('imsmanifest.xml');
    expect(names).toContain(TEST_PATH);
    expect(names.filter((n) => n.startsWith('items/')).sort()).toEqual(
      HOSTILE_QUESTIONS.map((q) => itemPath(q.id)).sort(),
    );
    for (const name of names) {
      expect(name).not.toMatch(/(^|\/)\.\.(\/|$)|^\/|\\/);
    }
  });

  it('is deterministic: the same source gives the same bytes', () => {
    expect(exportQti21(HOSTILE_SOURCE).file.data).toEqual(hostile.file.data);
  });

  it('validates every item and the test against the QTI 2.1 schema, and the manifest against IMS CP 1.1', async () => {
    const docs = [...files].filter(([n]) => n !== 'imsmanifest.xml').map(([name, xml]) => ({ name, xml }));
    expect(await validate(docs, 'qtiv2p1/imsqti_v2p1.xsd')).toEqual([]);
    expect(await validate([{ name: 'imsmanifest.xml', xml: files.get('imsmanifest.xml')! }], 'imscp_v1p1.xsd')).toEqual(
      [],
    );
  }, 60_000);

  it('the schema check is real: a broken item fails it', async () => {
    const broken = files.get(itemPath('hostile-single'))!.replace(' identifier="hostile-single"', '');
    const errors = await validate([{ name: 'broken.xml', xml: broken }], 'qtiv2p1/imsqti_v2p1.xsd');
    expect(errors.join('\n')).toMatch(/identifier/);
  }, 60_000);

  it('the manifest lists every file in the package and each resource points at a file that is there', () => {
    const manifest = parser.parse(files.get('imsmanifest.xml')!).manifest;
    const resources = manifest.resources.resource as {
      '@identifier': string;
      '@type': string;
      '@href': string;
      file: { '@href': string }[];
      dependency?: { '@identifierref': string }[];
    }[];
    const hrefs = resources.flatMap((r) => r.file.map((f) => f['@href']));
    expect(new Set(hrefs)).toEqual(new Set([...files.keys()].filter((n) => n !== 'imsmanifest.xml')));
    const test = resources.find((r) => r['@type'] === 'imsqti_test_xmlv2p1')!;
    expect(test['@href']).toBe(TEST_PATH);
    const items = resources.filter((r) => r['@type'] === 'imsqti_item_xmlv2p1');
    expect(items).toHaveLength(HOSTILE_QUESTIONS.length);
    expect(test.dependency!.map((d) => d['@identifierref']).sort()).toEqual(items.map((r) => r['@identifier']).sort());
    expect(new Set(resources.map((r) => r['@identifier'])).size).toBe(resources.length);
  });

  it('the test has one section per lesson, with its items in authored order', () => {
    const test = parser.parse(files.get(TEST_PATH)!).assessmentTest;
    const sections = test.testPart.assessmentSection as {
      '@title': string;
      assessmentItemRef: { '@identifier': string; '@href': string }[];
    }[];
    expect(sections.map((s) => s['@title'])).toEqual(HOSTILE_SOURCE.groups.map((g) => g.title));
    sections.forEach((s, i) => {
      const group = HOSTILE_SOURCE.groups[i]!;
      expect(s.assessmentItemRef.map((r) => r['@identifier'])).toEqual(
        group.questions.map((q) => itemIdentifier(q.id)),
      );
      for (const ref of s.assessmentItemRef) expect(files.has(ref['@href'])).toBe(true);
    });
  });

  describe('what Canvas’s importer checks', () => {
    const items = [...files].filter(([n]) => n.startsWith('items/'));

    it('every item has a correct response', () => {
      for (const [, xml] of items) expect(xml).toMatch(/<correctResponse><value>/);
    });

    it('every choice-type interaction has at least two choices', () => {
      for (const [name, xml] of items) {
        const item = parser.parse(xml).assessmentItem;
        const body = item.itemBody;
        const interaction = body.choiceInteraction ?? body.orderInteraction;
        if (interaction) expect(interaction.simpleChoice.length, name).toBeGreaterThanOrEqual(2);
        if (body.matchInteraction) {
          for (const set of body.matchInteraction.simpleMatchSet)
            expect(set.simpleAssociableChoice.length).toBeGreaterThanOrEqual(2);
        }
      }
    });

    it('no file holds a script element or a javascript: link, however hostile the text', () => {
      for (const [, xml] of files) {
        expect(xml).not.toMatch(/<script/i);
        expect(xml).not.toMatch(/href="javascript:/i);
        expect(xml).toContain('<?xml version="1.0" encoding="UTF-8"?>');
      }
      expect(files.get(itemPath('hostile-single'))).toContain('&lt;script&gt;');
    });

    it('no path climbs out of the package', () => {
      for (const [, xml] of files) expect(xml).not.toMatch(/href="[^"]*\.\.\//);
    });

    it('ids that are not XML names get a prefix; the rest are the question ids', () => {
      expect(itemIdentifier('hostile-single')).toBe('hostile-single');
      expect(itemIdentifier('9-starts-with-digit')).toBe('q-9-starts-with-digit');
      expect(files.get(itemPath('9-starts-with-digit'))).toContain('identifier="q-9-starts-with-digit"');
    });
  });

  describe('each item reads back as its question', () => {
    const itemOf = (q: Question) => files.get(itemPath(q.id))!;

    it.each(HOSTILE_QUESTIONS.map((q) => [q.id, q] as const))('%s: prompt, explanation and feedback', (_, q) => {
      const xml = itemOf(q);
      expect(promptOf(xml)).toBe(q.prompt);
      const feedback = feedbackTexts(xml);
      expect(feedback.get(EXPLANATION_ID)).toBe(q.explanation);
      if (q.type === 'single' || q.type === 'multiple') {
        for (const o of q.options) expect(feedback.get(qtiName('o-', o.id))).toBe(o.feedback);
      }
      if (q.type === 'true-false') expect(feedback.get(q.answer ? 'false' : 'true')).toBe(q.feedback);
      if (q.type === 'categorise') {
        for (const i of q.items) expect(feedback.get(qtiName('i-', i.id))).toBe(i.feedback);
      }
      if (q.type === 'numeric') expect(feedback.get(WRONG_ID)).toBe(q.feedback);
    });

    it.each(HOSTILE_QUESTIONS.map((q) => [q.id, q] as const))('%s: choices and the correct response', (_, q) => {
      const xml = itemOf(q);
      const item = parser.parse(xml).assessmentItem;
      const correct = (item.responseDeclaration.correctResponse.value as string[]).map(String);
      const choices = choiceTexts(xml);
      switch (q.type) {
        case 'single':
        case 'multiple':
          expect([...choices]).toEqual(q.options.map((o) => [qtiName('o-', o.id), o.text]));
          expect(correct).toEqual(q.options.filter((o) => o.correct).map((o) => qtiName('o-', o.id)));
          expect(item.responseDeclaration['@cardinality']).toBe(q.type === 'single' ? 'single' : 'multiple');
          break;
        case 'true-false':
          expect([...choices]).toEqual([
            ['true', 'True'],
            ['false', 'False'],
          ]);
          expect(correct).toEqual([String(q.answer)]);
          break;
        case 'order':
          expect([...choices]).toEqual(q.items.map((i) => [qtiName('o-', i.id), i.text]));
          expect(correct).toEqual(q.items.map((i) => qtiName('o-', i.id)));
          expect(item.responseDeclaration['@cardinality']).toBe('ordered');
          break;
        case 'categorise':
          expect([...choices]).toEqual([
            ...q.items.map((i) => [qtiName('i-', i.id), i.text]),
            ...q.buckets.map((b) => [qtiName('g-', b.id), b.label]),
          ]);
          expect(correct).toEqual(q.items.map((i) => `${qtiName('i-', i.id)} ${qtiName('g-', i.bucket)}`));
          break;
        case 'numeric': {
          expect(correct).toEqual([String(q.answer)]);
          expect(item.responseDeclaration['@baseType']).toBe('float');
          expect(xml).toContain(`<equal toleranceMode="absolute" tolerance="${q.tolerance} ${q.tolerance}"`);
          expect(
            innerText(/<\/textEntryInteraction>|\/> (.*?)<\/p>/.exec(xml.split('<textEntryInteraction')[1]!)![1]!),
          ).toBe(q.unit);
          break;
        }
      }
    });
  });

  describe('scoring matches the site', () => {
    /** A scorer for an item's mapping (mapResponse: distinct keys' values summed, clamped to the bounds). */
    function mapping(xml: string): (keys: string[]) => number {
      const m = parser.parse(xml).assessmentItem.responseDeclaration.mapping;
      const entries = m.mapEntry as { '@mapKey': string; '@mappedValue': string }[];
      const values = new Map(entries.map((e) => [e['@mapKey'], Number(e['@mappedValue'])]));
      return (keys) => {
        const sum = [...new Set(keys)].reduce((n, k) => n + (values.get(k) ?? Number(m['@defaultValue'])), 0);
        return Math.min(Number(m['@upperBound']), Math.max(Number(m['@lowerBound']), sum));
      };
    }

    const real = curriculumSource().groups.flatMap((g) => g.questions);

    it('partial multiple choice: every subset of options scores as the site grades it', () => {
      const multiple = [...HOSTILE_QUESTIONS, ...real].filter((q) => q.type === 'multiple' && q.scoring === 'partial');
      expect(multiple.length).toBeGreaterThan(1);
      for (const q of multiple) {
        if (q.type !== 'multiple') continue;
        const score = mapping(qti21Item(q));
        for (let mask = 1; mask < 1 << q.options.length; mask++) {
          const picked = q.options.filter((_, i) => mask & (1 << i)).map((o) => o.id);
          expect(score(picked.map((id) => qtiName('o-', id)))).toBeCloseTo(grade(q, picked).credit, 9);
        }
      }
    });

    it('partial categorise: any placement scores as the site grades it', () => {
      const q = HOSTILE_QUESTIONS.find((x) => x.type === 'categorise')!;
      if (q.type !== 'categorise') throw new Error('fixture');
      const score = mapping(files.get(itemPath(q.id))!);
      const placements = [
        q.items.map((i) => [i.id, i.bucket]),
        q.items.map((i) => [i.id, q.buckets[0]!.id]),
        q.items.map((i) => [i.id, q.buckets[1]!.id]),
      ];
      for (const p of placements) {
        const site = grade(
          q,
          p.map(([i, b]) => `${i}=${b}`),
        ).credit;
        expect(score(p.map(([i, b]) => `${qtiName('i-', i!)} ${qtiName('g-', b!)}`))).toBeCloseTo(site, 9);
      }
    });

    it('all-or-nothing questions use the match-correct rule', () => {
      for (const q of HOSTILE_QUESTIONS.filter((x) => 'scoring' in x && x.scoring === 'all-or-nothing')) {
        const xml = files.get(itemPath(q.id))!;
        expect(xml).toContain('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>');
        expect(xml).not.toContain('<mapping');
      }
    });
  });

  describe('the whole curriculum', () => {
    const source = curriculumSource();
    const all = source.groups.flatMap((g) => g.questions);
    const result = exportQti21(source);
    const pack = unpack(result.file.data);

    it('exports every question, one section per lesson', () => {
      expect(result.exported).toBe(all.length);
      expect(result.skipped).toEqual([]);
      expect([...pack.keys()].filter((n) => n.startsWith('items/'))).toHaveLength(all.length);
      const sections = parser.parse(pack.get(TEST_PATH)!).assessmentTest.testPart.assessmentSection;
      expect(sections).toHaveLength(source.groups.filter((g) => g.questions.length > 0).length);
    });

    it('validates against the schemas (every item, the test, the manifest)', async () => {
      const docs = [...pack].filter(([n]) => n !== 'imsmanifest.xml').map(([name, xml]) => ({ name, xml }));
      expect(await validate(docs, 'qtiv2p1/imsqti_v2p1.xsd')).toEqual([]);
      expect(
        await validate([{ name: 'imsmanifest.xml', xml: pack.get('imsmanifest.xml')! }], 'imscp_v1p1.xsd'),
      ).toEqual([]);
    }, 120_000);

    it('every prompt reads back exactly', () => {
      for (const q of all) expect(promptOf(pack.get(itemPath(q.id))!)).toBe(q.prompt);
    });
  });

  it('a repeated id is skipped with its reason (the file cannot hold two items of one name)', () => {
    const single = HOSTILE_QUESTIONS[0]!;
    const result = exportQti21({
      slug: 'odd',
      title: 'Odd',
      groups: [
        { id: 'a', title: 'A', questions: [single] },
        { id: 'b', title: 'B', questions: [single] },
      ],
    });
    expect(result.exported).toBe(1);
    expect(result.skipped).toEqual([
      { questionId: single.id, group: 'b', reason: 'the same question id is already in the file' },
    ]);
  });

  it('an empty source gives a valid manifest and no test', async () => {
    const files = unpack(exportQti21({ slug: 'empty', title: 'Empty', groups: [] }).file.data);
    expect([...files.keys()]).toEqual(['imsmanifest.xml']);
    expect(await validate([{ name: 'imsmanifest.xml', xml: files.get('imsmanifest.xml')! }], 'imscp_v1p1.xsd')).toEqual(
      [],
    );
  }, 60_000);
});
