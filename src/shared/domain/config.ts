/**
 * Programme rules that change with policy, in one place. Change them here (or pass another
 * config to the functions that take one); nothing else hard-codes these numbers.
 */
export type ProgrammeConfig = {
  /** Share of eligible residents with a complete primary series needed for herd immunity. */
  herdImmunityTarget: number;
  /** Youngest age (years) eligible for the primary series (dosis 1 and 2). */
  primaryMinAgeYears: number;
  /** Youngest age (years) eligible for a booster. */
  boosterMinAgeYears: number;
  /** Days of self-isolation when no end date is given. */
  isomanDays: number;
  /** First day of the national COVID-19 vaccination programme; no dose can be earlier. */
  programmeStart: string;
};

export const DEFAULT_CONFIG: ProgrammeConfig = {
  herdImmunityTarget: 0.7,
  primaryMinAgeYears: 6,
  boosterMinAgeYears: 18,
  isomanDays: 10,
  programmeStart: '2021-01-13',
};
