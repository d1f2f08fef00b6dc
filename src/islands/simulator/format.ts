import { MINUTES_PER_DAY } from '../../lib/error-budget';

const two = (n: number) => String(n).padStart(2, '0');

/** Minute of the window for people: 600 → "day 1, 10:00". */
export function minuteLabel(minute: number): string {
  const day = Math.floor(minute / MINUTES_PER_DAY) + 1;
  const m = minute % MINUTES_PER_DAY;
  return `day ${day}, ${two(Math.floor(m / 60))}:${two(m % 60)}`;
}
