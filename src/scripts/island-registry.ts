/**
 * The islands the site hydrates with its own loader (`src/components/Island.astro`), by name. Each entry is a
 * dynamic import, so a page downloads only the islands it shows, when they come into view (at once for the app
 * pages, whose island is the page).
 */
/** Loads each island by name; the keys are the `name` values `Island.astro` accepts. */
export const ISLANDS = {
  quiz: () => import('../islands/Quiz'),
  simulator: () => import('../islands/simulator/Simulator'),
  'budget-calculator': () => import('../islands/simulator/BudgetCalculator'),
  'toil-calculator': () => import('../islands/figures/ToilCalculator'),
  'dora-check': () => import('../islands/figures/DoraCheck'),
  'rollout-risk': () => import('../islands/figures/RolloutRisk'),
  practice: () => import('../islands/Practice'),
  'progress-page': () => import('../islands/ProgressPage'),
  certificate: () => import('../islands/Certificate'),
  decide: () => import('../islands/decide/Decide'),
  decideTeam: () => import('../islands/decide/DecideTeam'),
};

export type IslandName = keyof typeof ISLANDS;
