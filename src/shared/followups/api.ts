import type { CoverageCounts } from '../domain/coverage';
import type { FollowupKind } from '../domain/followup-status';
import type { NotVaccinatedReason } from '../domain/vaccination';

/**
 * Shapes of the follow-up endpoints (docs/api.md): what the lurah, staf kelurahan or ketua RW
 * sees of an RW to hand out follow-ups, and how they are handed out and cancelled. The
 * follow-ups themselves reach the volunteers' phones through sync (entity `followup`).
 */

/** GET /api/followups/candidates?kelurahan=&rw=[&rt=] */
export type FollowupCandidates = {
  kelurahanCode: string;
  rw: number;
  /** When the answer was computed (ISO 8601), for "data per …" on a kept copy. */
  at: string;
  /** The herd-immunity target the gaps are measured against (share of eligible, e.g. 0.7). */
  target: number;
  rts: RtGap[];
  residents: ResidentCandidate[];
  households: HouseholdCandidate[];
  /** Follow-ups of the area not cancelled, open or done. */
  followups: FollowupSummary[];
  /** Who can be given follow-ups here: active relawan and ketua RW of this RW. */
  volunteers: Assignee[];
};

export type Assignee = { id: string; name: string; role: 'relawan' | 'ketua-rw'; rts: number[] };

/** "Gap to target" of an RT: how many more need a complete series, and why people are unvaccinated. */
export type RtGap = {
  rw: number;
  rt: number;
  eligible: number;
  lengkap: number;
  targetCount: number;
  gapToTarget: number;
  unvaccinatedByReason: CoverageCounts['unvaccinatedByReason'];
};

/** An eligible resident of the area with no dose. */
export type ResidentCandidate = {
  residentId: string;
  householdId: string;
  rw: number;
  rt: number;
  name: string;
  age: number | null;
  reason: NotVaccinatedReason | null;
  address: string;
  headName: string;
  /** An open follow-up already given for this resident. */
  openFollowup: { id: string; assignedToName: string } | null;
};

/** A household whose last visit asked for another, or found nobody home. */
export type HouseholdCandidate = {
  householdId: string;
  rw: number;
  rt: number;
  address: string;
  headName: string;
  lastVisitAt: string;
  why: 'perlu-kunjungan-ulang' | 'tidak-ada-orang';
  revisitDate: string | null;
  openFollowup: { id: string; assignedToName: string } | null;
};

export type FollowupSummary = {
  id: string;
  kind: FollowupKind;
  rw: number;
  rt: number;
  householdId: string;
  residentId: string | null;
  /** The resident's name, or the head of the household for a revisit. */
  name: string;
  address: string;
  assignedTo: string;
  assignedToName: string;
  dueDate: string | null;
  createdAt: string;
  done: boolean;
};

/**
 * POST /api/followups: ids made by the caller (UUID v7), so a retry creates nothing twice.
 * The area comes from the household, the volunteer's name from their account.
 */
export type NewFollowup = {
  id: string;
  kind: FollowupKind;
  householdId: string;
  residentId?: string | null;
  /** A relawan or ketua RW whose area holds the household. */
  assignedTo: string;
  note?: string | null;
  dueDate?: string | null;
};
export type CreateFollowupsRequest = { followups: NewFollowup[] };
/** `created` now, or `existing` (the id was created before: a retry). */
export type CreateFollowupsResponse = {
  results: { id: string; status: 'created' | 'existing' }[];
};

export const MAX_FOLLOWUPS_PER_REQUEST = 500;
