/**
 * Scenarios to learn from. Each is a link state: the same query string a learner could share.
 */
import { MINUTES_PER_DAY } from './error-budget';
import type { Incident } from './simulation';

export interface Preset {
  id: string;
  title: string;
  /** What to notice, in one or two sentences. */
  lesson: string;
  sloPercent: number;
  windowDays: number;
  incidents: Incident[];
}

const at = (day: number, hour: number, minute = 0) => (day - 1) * MINUTES_PER_DAY + hour * 60 + minute;

export const PRESETS: readonly Preset[] = [
  {
    id: 'short-outage',
    title: 'A short full outage',
    lesson:
      'A bad configuration push takes the service down for 20 minutes: 46% of a 99.9% budget in one go. The 1h/5m page fires in the first minute; every other rule fires too, because the outage burns far more than their share.',
    sloPercent: 99.9,
    windowDays: 30,
    incidents: [{ startMinute: at(10, 14), durationMinutes: 20, errorPercent: 100 }],
  },
  {
    id: 'slow-burn',
    title: 'A slow burn',
    lesson:
      'A leak makes 0.2% of requests fail for five days: a burn rate of 2. No page fires. The 3d/6h ticket fires after a day and a half, with 10% of the budget gone; by the end a third is gone.',
    sloPercent: 99.9,
    windowDays: 30,
    incidents: [{ startMinute: at(4, 9), durationMinutes: 5 * MINUTES_PER_DAY, errorPercent: 0.2 }],
  },
  {
    id: 'peak-sale',
    title: 'A peak-sale spike',
    lesson:
      'On the busiest evening of the year a checkout dependency fails 30% of requests for 45 minutes, then 5% for three hours while it recovers. Both pages fire; the budget does not survive.',
    sloPercent: 99.95,
    windowDays: 28,
    incidents: [
      { startMinute: at(24, 19), durationMinutes: 45, errorPercent: 30 },
      { startMinute: at(24, 19, 45), durationMinutes: 180, errorPercent: 5 },
    ],
  },
  {
    id: 'flapping-dependency',
    title: 'A flapping dependency',
    lesson:
      'A flaky dependency fails a quarter of the requests for 5 minutes every three hours for two days. The fast page fires and resets with every burst; only the 3d/6h ticket stays on.',
    sloPercent: 99.9,
    windowDays: 30,
    incidents: Array.from({ length: 16 }, (_, i) => ({
      startMinute: at(15, 0) + i * 180,
      durationMinutes: 5,
      errorPercent: 25,
    })),
  },
];

export const presetById = (id: string) => PRESETS.find((p) => p.id === id);
