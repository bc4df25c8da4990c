import { deriveStatus, type DoseLike } from './vaccination';
import { isFinishedVisit, type VisitOutcome } from './visit-outcome';

// No zod here: the volunteer's list derives what is still open with these rules.

export const FOLLOWUP_KINDS = ['belum-vaksin', 'kunjungan-ulang'] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];
export const FOLLOWUP_KIND_LABELS: Record<FollowupKind, string> = {
  'belum-vaksin': 'Belum vaksin',
  'kunjungan-ulang': 'Perlu kunjungan ulang',
};

/** What the rules read of a follow-up, a dose, a visit (the records have more). */
export type FollowupLike = {
  kind: FollowupKind;
  residentId?: string | null | undefined;
  householdId: string;
  createdAt: string;
  deleted?: boolean | undefined;
};
export type ResidentDose = DoseLike & { residentId: string };
export type TimedVisit = {
  householdId: string;
  at: string;
  outcome?: VisitOutcome | undefined;
  deleted?: boolean | undefined;
};

/** What the device or server knows around one follow-up. */
export type FollowupFacts = {
  /** Doses of the follow-up's resident (others are ignored). */
  doses: readonly ResidentDose[];
  /** Visits of the follow-up's household (others are ignored). */
  visits: readonly TimedVisit[];
  /** The resident (or, for a revisit, the household) was deleted or moved away. */
  gone?: boolean;
};

/**
 * Whether a follow-up is done, from the records on hand (nothing is stored):
 * - `belum-vaksin`: the resident is no longer unvaccinated — a live dose is recorded, on this
 *   phone or synced from elsewhere (a dose given at the puskesmas and told at the revisit
 *   counts as well, whatever its date: the resident was chosen while still unvaccinated);
 * - `kunjungan-ulang`: the household has a finished visit (visit-outcome.ts: not "nobody home")
 *   at or after the moment it was given.
 */
export function isFollowupDone(followup: FollowupLike, facts: FollowupFacts): boolean {
  if (followup.kind === 'kunjungan-ulang') {
    const given = Date.parse(followup.createdAt);
    return facts.visits.some(
      (v) =>
        !v.deleted &&
        v.householdId === followup.householdId &&
        (!v.outcome || isFinishedVisit(v.outcome)) &&
        Date.parse(v.at) >= given,
    );
  }
  const doses = facts.doses.filter((d) => d.residentId === followup.residentId);
  return deriveStatus(doses) !== 'belum';
}

/** Still to work on: not cancelled, its resident or household still there, and not done. */
export function isFollowupOpen(followup: FollowupLike, facts: FollowupFacts): boolean {
  return !followup.deleted && !facts.gone && !isFollowupDone(followup, facts);
}
