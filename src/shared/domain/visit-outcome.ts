import { addDays, type IsoDate } from '../dates';

/**
 * What a visit's outcome means, in one place: the phone's household list, the server's
 * coverage counts and map, and the follow-up candidates all read it from here.
 * No zod: the household list of the first route uses it.
 */
export const VISIT_OUTCOMES = ['ditemui', 'tidak-ada-orang', 'menolak-didata', 'pindah'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, string> = {
  ditemui: 'Ditemui',
  'tidak-ada-orang': 'Tidak ada orang',
  'menolak-didata': 'Menolak didata',
  pindah: 'Pindah / tidak ditemukan',
};

/**
 * A finished visit recorded the household (or found it gone); an unfinished one (nobody home,
 * refused to be recorded) did not, so the household still counts as not visited and needs a
 * revisit.
 */
export const FINISHED_OUTCOMES: ReadonlySet<VisitOutcome> = new Set(['ditemui', 'pindah']);

export function isFinishedVisit(outcome: VisitOutcome): boolean {
  return FINISHED_OUTCOMES.has(outcome);
}

/** Days after an unfinished visit (or one asking for a revisit) that the form proposes. */
export const DEFAULT_REVISIT_DAYS = 3;

export function defaultRevisitDate(visitDay: IsoDate): IsoDate {
  return addDays(visitDay, DEFAULT_REVISIT_DAYS);
}

export type VisitLike = {
  at: string;
  outcome: VisitOutcome;
  revisitNeeded: boolean;
  revisitDate?: IsoDate | null | undefined;
  deleted?: boolean | undefined;
};

/** Where a household stands after its visits. */
export type VisitStanding = {
  /** Some visit finished (the household was recorded): it counts as visited. */
  visited: boolean;
  /** The latest visit was unfinished or asked to come back. */
  revisitNeeded: boolean;
  /** The latest visit's revisit date, when it needs one and gave one. */
  revisitDate: IsoDate | null;
  /** The latest visit by time, or null when never visited. */
  latest: VisitLike | null;
};

export function visitStanding<V extends VisitLike>(
  visits: readonly V[],
): VisitStanding & { latest: V | null } {
  let latest: V | null = null;
  let latestTime = -Infinity;
  let visited = false;
  for (const v of visits) {
    if (v.deleted) continue;
    if (isFinishedVisit(v.outcome)) visited = true;
    // By instant: phones stamp `at` with their own offset.
    const time = Date.parse(v.at);
    if (time > latestTime) [latest, latestTime] = [v, time];
  }
  const revisitNeeded =
    latest !== null && (latest.revisitNeeded || !isFinishedVisit(latest.outcome));
  return {
    visited,
    revisitNeeded,
    revisitDate: revisitNeeded ? (latest?.revisitDate ?? null) : null,
    latest,
  };
}
