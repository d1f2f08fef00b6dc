#!/usr/bin/env node
/**
 * Benchmark of the error-budget simulation: a 90-day window at one-minute steps (129,600 points), 10
 * incidents and the 4 Workbook rules, plus the chart series (≤ 2,000 points). Prints the median and spread of
 * several runs; the target is a median of at most 50 ms. Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { loadTs } from './load-ts.mjs';

const TARGET_MS = 50;
const RUNS = 25;
const WARMUP = 5;

// The model as the browser gets it (minified).
const { simulate, chartSeries, WORKBOOK_RULES } = await loadTs('src/lib/simulation.ts', { minify: true });

const windowDays = 90;
const incidents = Array.from({ length: 10 }, (_, i) => ({
  startMinute: 3000 + i * 12_000,
  durationMinutes: 30 + i * 90,
  errorPercent: [100, 2, 0.3, 50, 5, 0.15, 25, 1, 10, 0.5][i],
}));
const input = { sloPercent: 99.9, windowDays, incidents, rules: WORKBOOK_RULES };

const times = [];
let points = 0;
let chart = 0;
for (let i = 0; i < WARMUP + RUNS; i++) {
  const t0 = performance.now();
  const sim = simulate(input);
  const series = chartSeries(sim);
  const t1 = performance.now();
  if (i >= WARMUP) times.push(t1 - t0);
  points = sim.minutes;
  chart = series.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const fmt = (n) => `${n.toFixed(2)} ms`;
console.log(
  `Simulation: ${points.toLocaleString('en')} one-minute points, ${incidents.length} incidents, ${WORKBOOK_RULES.length} rules, chart of ${chart} points`,
);
console.log(
  `${RUNS} runs after ${WARMUP} warm-up: median ${fmt(median)}, min ${fmt(times[0])}, max ${fmt(times.at(-1))} (target: median ≤ ${TARGET_MS} ms)`,
);
if (median > TARGET_MS) {
  console.error(`Median ${fmt(median)} is over the ${TARGET_MS} ms target.`);
  process.exit(1);
}
