#!/usr/bin/env node
/**
 * Benchmark of the class results page's work: 200 pasted result codes for a 20-question set are read
 * (`parsePasted`) and decoded, and the class table recomputed (`classResults`), with the code minified as the
 * browser gets it. The set is the worst case of the real banks (the 20 questions with the most answer states, so
 * the longest codes) and a set built as a trainer would (`buildSet`, all lessons, 20 questions); the learners'
 * answers come from the site's seeded generator, so every run times the same codes. Prints p50/p90/max
 * milliseconds over RUNS runs; the target is < 50 ms at p90. Also times the CSV. Run with `npm run bench:teach`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { loadTs } from './load-ts.mjs';

const TARGET_MS = 50;
const LEARNERS = 200;
const QUESTIONS = 20;
const RUNS = 200;
const WARMUP = 20;

// The banks as the build reads them: the YAML, through the site's schema (defaults filled in).
const { quizBankSchema } = await loadTs('src/schemas/quiz-bank.ts', { platform: 'node' });
const { classResults, parsePasted, resultsCsv } = await loadTs('src/lib/teach/class-results.ts', { minify: true });
const { encodeResult, resultCodeLength } = await loadTs('src/lib/teach/result-code.ts', { minify: true });
const { stateCount } = await loadTs('src/lib/teach/answer-state.ts', { minify: true });
const { buildSet } = await loadTs('src/lib/teach/build-set.ts', { minify: true });
const { questionKey } = await loadTs('src/lib/teach/question-key.ts', { minify: true });
const { generator } = await loadTs('src/lib/random.ts');

const banks = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    lesson: f.replace(/\.yaml$/, ''),
    bank: quizBankSchema.parse(parse(readFileSync(`content/quizzes/${f}`, 'utf8'))),
  }));
const all = banks.flatMap(({ lesson, bank }) => bank.questions.map((q) => ({ q, lesson })));
const byKey = new Map(all.map(({ q }) => [questionKey(q.id), q]));

const worst = [...all.map((x) => x.q)].sort((a, b) => stateCount(b) - stateCount(a)).slice(0, QUESTIONS);
const built = buildSet(
  all.map(({ q, lesson }) => ({ id: q.id, type: q.type, lesson })),
  {
    lessons: banks.map((b) => b.lesson),
    types: ['single', 'multiple', 'true-false', 'categorise', 'order', 'numeric'],
    count: QUESTIONS,
    timer: 30,
    feedback: 'end',
    seed: 20261201,
  },
).set;
const cases = [
  {
    name: `the ${QUESTIONS} questions with the most answer states`,
    set: { version: 1, seed: 1, timer: 0, feedback: 'end', keys: worst.map((q) => questionKey(q.id)) },
    questions: worst,
  },
  { name: `a set built from every lesson (seed 20261201)`, set: built, questions: built.keys.map((k) => byKey.get(k)) },
];

const random = generator(20261201);
/** A pasted list: one code per learner, random answer states, half of them with a name. */
function pasted({ set, questions }) {
  const lines = [];
  for (let i = 0; i < LEARNERS; i++) {
    const states = questions.map((q) => Math.floor(random() * stateCount(q)));
    const code = encodeResult({ set, questions, states, learnerTag: i });
    lines.push(i % 2 === 0 ? `Learner ${i}: ${code}` : code);
  }
  return lines.join('\n');
}

const pct = (times, p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
const fmt = (ms) => `${ms.toFixed(2)} ms`;
const time = (run) => {
  for (let i = 0; i < WARMUP; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
};
const line = (name, times) =>
  `  ${name}: p50 ${fmt(pct(times, 50))}, p90 ${fmt(pct(times, 90))}, max ${fmt(times.at(-1))}`;

let worstP90 = 0;
console.log(
  `Teach class results: ${LEARNERS} pasted codes, ${QUESTIONS} questions, ${RUNS} runs each (minified, as shipped)`,
);
for (const c of cases) {
  const text = pasted(c);
  const check = classResults(c.set, c.questions, parsePasted(text));
  if (check.learners !== LEARNERS) throw new Error(`expected ${LEARNERS} learners counted, got ${check.learners}`);
  const table = time(() => classResults(c.set, c.questions, parsePasted(text)));
  const csv = time(() => resultsCsv(classResults(c.set, c.questions, parsePasted(text)), c.questions));
  console.log(`${c.name} (codes of ${resultCodeLength(c.questions)} characters):`);
  console.log(line('parse + decode + class table', table));
  console.log(line('… and the CSV', csv));
  worstP90 = Math.max(worstP90, pct(table, 90));
}
if (worstP90 >= TARGET_MS) {
  console.error(
    `Reading ${LEARNERS} codes and recomputing the table took ${fmt(worstP90)} at p90, over the ${TARGET_MS} ms target.`,
  );
  process.exit(1);
}
console.log(
  `Target met: ${LEARNERS} codes read and the table recomputed in under ${TARGET_MS} ms at p90 (slowest set: ${fmt(worstP90)}).`,
);
