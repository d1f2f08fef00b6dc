/** Geometry of the design system's progress ring, shared by islands/ProgressRing.tsx and the page scripts that update a ring. */

/** The ring's circle: radius 52 in a 120-unit box, so the stroke (10) fits inside. */
export const RING_RADIUS = 52;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/** The `stroke-dasharray` that draws `percent` (0–100) of the progress ring's circle. */
export function ringDash(percent: number): string {
  const p = Math.max(0, Math.min(100, percent));
  return `${((p / 100) * RING_LENGTH).toFixed(2)} ${RING_LENGTH.toFixed(2)}`;
}
