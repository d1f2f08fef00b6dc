/**
 * CONTENT.md's "facts that must be right", checked where each topic comes up: a lesson that covers a topic
 * must state its figures, and no lesson may state a known wrong version of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../content/lessons/', import.meta.url).pathname;
const lessons = new Map(
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [
      f
        .split('/')
        .pop()!
        .replace(/^\d+-/, '')
        .replace(/\.mdx$/, ''),
      readFileSync(join(root, f), 'utf8'),
    ]),
);
const text = (id: string) => {
  const t = lessons.get(id);
  if (!t) throw new Error(`lesson ${id} is missing`);
  return t.replace(/\s+/g, ' ');
};

describe('facts where the topic comes up', () => {
  it('the nines over 30 and 28 days', () => {
    const t = text('slis-slos-slas');
    for (const figure of ['43 min 12 s', '40 min 19.2 s', '4 min 19.2 s', '21 min 36 s']) expect(t).toContain(figure);
  });

  it('error budget, burn rate and time to exhaustion', () => {
    const t = text('error-budgets');
    expect(t).toMatch(/\(1 − SLO\) × (the )?window|\(1 − SLO\) × window/);
    expect(t).toMatch(/burn rate/i);
    expect(t).toContain('43 min 12 s');
    expect(t).toMatch(/window ÷ burn rate|window \/ burn rate/);
  });

  it('the multi-window, multi-burn-rate table of the SRE Workbook', () => {
    const t = text('alerting-on-slos');
    for (const f of ['14.4', '5 min', '30 min', '2 h', '6 h', '2%', '5%', '10%']) expect(t).toContain(f);
    expect(t).toMatch(/page/);
    expect(t).toMatch(/ticket/);
  });

  it('the four golden signals', () => {
    const t = text('monitoring-and-observability').toLowerCase();
    for (const s of ['latency', 'traffic', 'errors', 'saturation']) expect(t).toContain(s);
  });

  it("toil's six properties and the 50% cap", () => {
    const t = text('toil-and-automation').toLowerCase();
    for (const p of ['manual', 'repetitive', 'automatable', 'tactical', 'enduring value', 'linearly'])
      expect(t).toContain(p);
    expect(t).toContain('50%');
  });

  it("DORA's metrics with their 2023 and 2024 changes", () => {
    const t = text('measuring-delivery');
    for (const m of [
      'deployment frequency',
      'lead time for changes',
      'change failure rate',
      'failed deployment recovery time',
      'rework rate',
    ]) {
      expect(t.toLowerCase()).toContain(m);
    }
    expect(t).toContain('2023');
    expect(t).toContain('2024');
    expect(t.toLowerCase()).toMatch(/time to restore service/);
  });

  it('no lesson states a wrong budget figure', () => {
    for (const [id, body] of lessons) {
      expect(body, id).not.toMatch(/99\.9% (over|in|for) (a |one )?30[- ]days?[^.]{0,40}43\.8|43 min 49/);
      expect(body, id).not.toMatch(/four golden signals[^.]{0,80}\b(availability|throughput)\b/i);
    }
  });
});
