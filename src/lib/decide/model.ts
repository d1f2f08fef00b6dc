/**
 * The "DevOps, SRE or both?" questionnaire as the scoring, the result link, the team view and the islands see
 * it. The content lives in `content/decide/questionnaire.yaml`, validated at build time by
 * `src/schemas/decide.ts`; these types carry no zod, so the browser bundle stays small.
 */

export type DimensionId = 'reliability' | 'delivery' | 'operations' | 'organisation' | 'measurement';
export type Approach = 'devops' | 'sre';

/** The five dimensions, in the order the scoring and the schema know them. */
export const DIMENSION_IDS: readonly DimensionId[] = [
  'reliability',
  'delivery',
  'operations',
  'organisation',
  'measurement',
];

/** A link to reading outside this site; https:// only (the schema checks). */
export interface ExternalLink {
  title: string;
  href: string;
}

/** One thing the questionnaire measures, e.g. "Delivery gap". */
export interface Dimension {
  id: DimensionId;
  /** "Reliability stakes", "Delivery gap", "Operational load", ... */
  label: string;
  /** One sentence: what a high score means. */
  summary: string;
  /** Lesson ids of this site to read for this weak spot. */
  lessons: string[];
  /** DORA capability articles, SRE book chapters ... */
  further: ExternalLink[];
}

/** One answer a team can give. */
export interface Option {
  id: string;
  label: string;
  /** Integers, may be negative; {} moves nothing. */
  weights: Partial<Record<DimensionId, number>>;
  /** "You deploy monthly, by hand"; required when weights are not {}. */
  reason?: string;
  /** Ids of the advice this answer triggers. */
  advice: string[];
}

/** One question; "Don't know" is not an option: the UI adds it. */
export interface Question {
  id: string;
  /** The dimension it mainly informs (for grouping and the progress bar). */
  dimension: DimensionId;
  prompt: string;
  /** Why it is asked and how to answer, in plain words. */
  help: string;
  /** 2–7 options. */
  options: Option[];
}

/** A concrete step for the first 30, 60 or 90 days. */
export interface Advice {
  id: string;
  horizon: 30 | 60 | 90;
  dimension: DimensionId;
  title: string;
  /** A concrete first step, e.g. "Agree one user-centred SLO ..." */
  detail: string;
  lessons: string[];
  further: ExternalLink[];
  /** Advice this one makes unnecessary when both are triggered (a more specific step over a general one). */
  replaces?: string[];
}

/** Every number the scoring uses (see the README, "How the Decide scoring works"). */
export interface ScoringRules {
  /** How much each dimension's need counts toward each approach's need (a weighted average). */
  affinity: Record<Approach, Partial<Record<DimensionId, number>>>;
  /**
   * Until a dimension's answered questions could reach this share of its largest possible score, the need is
   * divided by that share of the largest possible score instead: one answer cannot fill a dimension alone.
   */
  evidenceFloor: number;
  /** An approach whose need reaches this (0–100) calls for work; both reaching it gives "both". */
  actAt: number;
  /** What to recommend when neither need reaches `actAt`: the practices everything else rests on. */
  baseline: Approach;
  /** Which to start with when both needs are exactly equal. */
  tieFirst: Approach;
  /** A dimension whose need reaches this (0–100) is a weak spot. */
  weakSpotAt: number;
  /** At most this many steps per horizon (30, 60, 90 days), the most pressing first. */
  maxStepsPerHorizon: number;
  confidence: {
    /** How the needs' distance from the nearest decision threshold counts: this many points = fully clear. */
    clearAtPoints: number;
    /** The share of the percent that does not depend on clarity (the rest does). */
    clarityFloor: number;
    /** Percent at or above which the confidence is medium, and high. */
    mediumAt: number;
    highAt: number;
  };
  /** When at least this share of a dimension's questions is "Don't know", its `unknownAdvice` is given. */
  unknownShare: number;
  /** Steps that find out what the team could not answer, per dimension. */
  unknownAdvice: Partial<Record<DimensionId, string[]>>;
}

/** The questionnaire, as content/decide/questionnaire.yaml holds it. */
export interface Questionnaire {
  /** Bump when questions or options change meaning; links carry it. */
  version: number;
  intro: string;
  dimensions: Dimension[];
  questions: Question[];
  advice: Advice[];
  /** All numbers the scoring uses live here, not in code. */
  scoring: ScoringRules & Record<string, unknown>;
}

/** The "don't know" answer. */
export const UNKNOWN = 'unknown';

/** Question id → option id or UNKNOWN; absent = not answered yet. */
export type Answers = Record<string, string>;

/** What "Don't know" is called wherever it is shown. */
export const UNKNOWN_LABEL = "Don't know";
