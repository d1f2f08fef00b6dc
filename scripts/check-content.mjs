#!/usr/bin/env node
/**
 * The content check (part of `npm test`): what the schema cannot see. Every lesson has objectives, sources,
 * key takeaways and a knowledge check of 8–12 questions in at least two types; lessons are 1,200–2,500 words;
 * every glossary term and internal link resolves; no two questions are the same; the path uses every
 * question type; no two questions share a short key (the 5 characters a classroom set link lists them by);
 * spelling passes cspell with the project word list; no wording-only strategy (longest option, no reason clause,
 * always False … see src/lib/quiz-wording.ts) beats chance by more than 10 points overall, and no bank's keys are
 * lopsided (true/false 40–60% True; multiple-choice right counts that vary). Prints the lesson table and the
 * strategy table; fails naming the file and the problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { loadTs } from './load-ts.mjs';

const { countWords } = await loadTs('src/lib/reading-time.ts');
const { keyClashes, questionKey } = await loadTs('src/lib/teach/question-key.ts');
const wording = await loadTs('src/lib/quiz-wording.ts');
const { questionSchema } = await loadTs('src/schemas/quiz-bank.ts');
const { canHaveShortForm, gameForm } = await loadTs('src/lib/short-form.ts');
const { kahootRow } = await loadTs('src/lib/export/kahoot.ts');
const WORDS = { min: 1200, max: 2500 };
const QUESTIONS = { min: 8, max: 12 };
const MIN_GLOSSARY = 60;
const TYPES = ['single', 'multiple', 'true-false', 'categorise', 'order', 'numeric'];
const PAGES = [
  'glossary',
  'tools',
  'tools/error-budget',
  'learn',
  'practice',
  'progress',
  'compare',
  'certificate',
  'decide',
];

const problems = [];
const fail = (file, what) => problems.push(`${file}: ${what}`);

function files(dir, ext) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

const glossary = new Set(files('content/glossary', '.yaml').map((f) => basename(f, '.yaml')));
if (glossary.size < MIN_GLOSSARY)
  fail('content/glossary', `${glossary.size} terms; the glossary needs at least ${MIN_GLOSSARY}`);

const lessons = files('content/lessons', '.mdx').map((file) => {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  return { file, id: basename(file, '.mdx').replace(/^\d+-/, ''), data: m ? parse(m[1]) : {}, body: m ? m[2] : text };
});
const lessonIds = new Set(lessons.map((l) => l.id));
const seenPrompts = new Map();
/** Question id → its bank file, for the short-key check. */
const questionBank = new Map();
const typeCount = Object.fromEntries(TYPES.map((t) => [t, 0]));
const rows = [];
/** Bank id → its questions with the schema's defaults, for the wording-only strategies. */
const banks = new Map();
/**
 * A question as the site's build reads it: the bank schema's own parse, so its defaults (`correct`, `scoring`) are
 * the ones grading sees. A question the schema refuses is named with the schema's words, and left out of the scores.
 */
const asBuilt = (bankFile) => (q) => {
  const parsed = questionSchema.safeParse(q);
  if (parsed.success) return [parsed.data];
  for (const issue of parsed.error.issues)
    fail(bankFile, `question "${q.id}", at ${issue.path.join('.') || 'its root'}: ${issue.message}`);
  return [];
};

for (const { file, id, data, body } of lessons) {
  const objectives = data.objectives ?? [];
  if (objectives.length < 3 || objectives.length > 5)
    fail(file, `has ${objectives.length} objectives; it needs 3 to 5`);
  if (!(data.sources?.length > 0)) fail(file, 'lists no sources');
  if (!/^## Key takeaways\s*$/m.test(body)) fail(file, 'has no "## Key takeaways" section');
  const words = countWords(body);
  if (words < WORDS.min || words > WORDS.max)
    fail(file, `has ${words} words; lessons need ${WORDS.min} to ${WORDS.max}`);

  const terms = new Set(data.terms ?? []);
  for (const t of terms)
    if (!glossary.has(t)) fail(file, `frontmatter "terms" names "${t}", which is not in content/glossary/`);
  for (const [, t] of body.matchAll(/<Term id="([^"]+)"/g)) {
    if (!glossary.has(t)) fail(file, `<Term id="${t}"> is not in the glossary`);
    else if (!terms.has(t)) fail(file, `<Term id="${t}"> is used but not listed in frontmatter "terms"`);
  }
  for (const [, target] of body.matchAll(/\]\((\.\.\/[^)\s]*)\)/g)) {
    const [path, hash] = target.split('#');
    const glossaryLink = /^\.\.\/\.\.\/glossary\/?$/.test(path);
    if (glossaryLink) {
      if (hash && !glossary.has(hash)) fail(file, `link ${target}: no glossary term "${hash}"`);
      continue;
    }
    const lessonLink = /^\.\.\/([a-z0-9-]+)\/?$/.exec(path);
    const pageLink = /^\.\.\/\.\.\/([a-z0-9/-]+?)\/?(\?.*)?$/.exec(path);
    if (lessonLink && !lessonIds.has(lessonLink[1])) fail(file, `link ${target}: no lesson "${lessonLink[1]}"`);
    else if (!lessonLink && !(pageLink && PAGES.includes(pageLink[1])))
      fail(file, `link ${target} does not resolve to a page of the site`);
  }

  const bankFile = `content/quizzes/${data.quiz}.yaml`;
  if (!existsSync(bankFile)) {
    fail(file, `its knowledge check ${bankFile} does not exist`);
    continue;
  }
  const bank = parse(readFileSync(bankFile, 'utf8'));
  const questions = bank.questions ?? [];
  const types = new Set(questions.map((q) => q.type));
  if (questions.length < QUESTIONS.min || questions.length > QUESTIONS.max) {
    fail(bankFile, `has ${questions.length} questions; a knowledge check needs ${QUESTIONS.min} to ${QUESTIONS.max}`);
  }
  if (types.size < 2) fail(bankFile, 'uses one question type; a knowledge check needs at least two');
  banks.set(data.quiz, questions.flatMap(asBuilt(bankFile)));
  for (const p of wording.bankKeyProblems(banks.get(data.quiz))) fail(bankFile, p);
  for (const q of questions) {
    typeCount[q.type] = (typeCount[q.type] ?? 0) + 1;
    if (!questionBank.has(q.id)) questionBank.set(q.id, bankFile);
    const key = String(q.prompt)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const earlier = seenPrompts.get(key);
    if (earlier) fail(bankFile, `question "${q.id}" repeats the prompt of "${earlier}"`);
    seenPrompts.set(key, q.id);
  }
  rows.push({ id, track: data.track, words, questions: questions.length, types: [...types].join(', ') });
}

// Set links list questions by a 5-character key derived from the id; two ids with one key cannot both be linked.
for (const [a, b] of keyClashes(questionBank.keys())) {
  fail(
    questionBank.get(b),
    `question "${b}" has the same short key (${questionKey(b)}) as question "${a}" in ${questionBank.get(a)}; change one of the two ids (before the site is published, while no progress is stored under it)`,
  );
}

for (const t of TYPES) if (!typeCount[t]) fail('content/quizzes', `no question of type "${t}" anywhere on the path`);

// Spelling: cspell over lessons, banks and glossary with the project's word list.
const spell = spawnSync(
  process.execPath,
  [join('node_modules', 'cspell', 'bin.mjs'), '--no-progress', '--no-summary', '--no-color', 'content/**/*.{mdx,yaml}'],
  { encoding: 'utf8' },
);
for (const line of (spell.stdout ?? '').split('\n').filter(Boolean)) problems.push(`spelling: ${line.trim()}`);
if (spell.status !== 0 && !spell.stdout) problems.push(`spelling: cspell failed to run: ${spell.stderr}`);

// Questions that can be answered without reading them (issue 12): what wording-only strategies would score.
const allQuestions = [...banks.values()].flat();
for (const p of wording.strategyProblems(allQuestions)) fail('content/quizzes', p);
for (const p of wording.siteKeyProblems(allQuestions)) fail('content/quizzes', p);

// Games (issue 13): every choice and true/false question goes into the Kahoot file, in its short form where the
// full one is too long; the short forms are held to the same wording rules, since a game is played on them too.
/** Bank id → its questions as a game shows them (short forms), for the ones that fit the game. */
const gameBanks = new Map();
const gameMisfits = [];
for (const [bankId, questions] of banks) {
  const fitting = [];
  for (const q of questions.filter(canHaveShortForm)) {
    const row = kahootRow(q);
    if ('reason' in row) gameMisfits.push({ bankId, id: q.id, reason: row.reason });
    else fitting.push(gameForm(q));
  }
  gameBanks.set(bankId, fitting);
}
for (const m of gameMisfits) {
  fail(
    `content/quizzes/${m.bankId}.yaml`,
    `question "${m.id}" does not fit a Kahoot game: ${m.reason}; give it a "short:" form (README, "Using the questions in your LMS")`,
  );
}
const allGameQuestions = [...gameBanks.values()].flat();
for (const p of wording.strategyProblems(allGameQuestions)) fail('content/quizzes (short forms)', p);
for (const p of wording.siteKeyProblems(allGameQuestions)) fail('content/quizzes (short forms)', p);

const total = rows.reduce((n, r) => n + r.questions, 0);
console.log('| lesson | track | words | questions | types |\n|---|---|---|---|---|');
for (const r of rows.sort((a, b) => a.track.localeCompare(b.track) || a.id.localeCompare(b.id))) {
  console.log(`| ${r.id} | ${r.track} | ${r.words} | ${r.questions} | ${r.types} |`);
}
console.log(
  `\n${rows.length} lessons, ${total} questions (${TYPES.map((t) => `${t} ${typeCount[t]}`).join(', ')}), ${glossary.size} glossary terms.`,
);
printWordingTable('Wording-only strategies', banks);
const playable = allQuestions.filter(canHaveShortForm).length;
console.log(
  `\nGames: ${allGameQuestions.length} of ${playable} choice and true/false questions fit Kahoot (${allQuestions.filter((q) => q.short).length} by a short form); ${gameMisfits.length} do not.`,
);
printWordingTable('Short forms for games: wording-only strategies', gameBanks);
if (problems.length) {
  console.error(`\nContent problems:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Content check passed.');

/** The wording-only strategy table: points above chance per bank and overall (— where a bank has no question the strategy plays). */
function printWordingTable(title, bankMap) {
  const everyQuestion = [...bankMap.values()].flat();
  const cell = (r) => (r.questions === 0 ? '—' : `${r.advantage >= 0 ? '+' : ''}${r.advantage.toFixed(1)}`);
  const head = ['bank', 'T/F true', 'MC right counts', ...wording.STRATEGIES];
  console.log(`\n${title}: points above chance (the gate fails above +${wording.MAX_ADVANTAGE} overall)`);
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  const line = (name, questions, histogram = false) => {
    const { trueFalse, rightCounts } = wording.keyShape(questions);
    const tf = trueFalse.total ? `${trueFalse.keyedTrue}/${trueFalse.total}` : '—';
    const byRight = Map.groupBy(rightCounts, (c) => c.right);
    const mc = histogram
      ? [...byRight.keys()]
          .sort()
          .map((k) => `${k} right: ${byRight.get(k).length}`)
          .join(', ')
      : rightCounts.map((c) => `${c.right}/${c.options}`).join(' ') || '—';
    const cells = wording.STRATEGIES.map((s) => cell(wording.scoreStrategy(s, questions)));
    console.log(`| ${name} | ${tf} | ${mc} | ${cells.join(' | ')} |`);
  };
  for (const [id, questions] of [...bankMap].sort(([a], [b]) => a.localeCompare(b))) line(id, questions);
  line('**all banks**', everyQuestion, true);
  const overall = wording.STRATEGIES.map((s) => {
    const r = wording.scoreStrategy(s, everyQuestion);
    return `${s} ${(r.score * 100).toFixed(1)}% vs chance ${(r.chance * 100).toFixed(1)}% over ${r.questions}`;
  });
  console.log(`\nOverall: ${overall.join('; ')}.`);
  const t = wording.tellRates(everyQuestion);
  const pct = (x) => `${Math.round(x * 100)}%`;
  console.log(
    `Reason clauses on right / wrong options: ${pct(t.reason.right)} / ${pct(t.reason.wrong)}; absolute words: ${pct(t.absolute.right)} / ${pct(t.absolute.wrong)}.`,
  );
}
