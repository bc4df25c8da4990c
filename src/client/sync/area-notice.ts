import type { UserArea } from '@shared/auth/roles';

// What the screens need to know about area changes, apart from the change itself
// (area-change.ts, loaded only when an area changes).

/** The reason shown in "Ditolak" for a change to a record the user may no longer touch. */
export const OUT_OF_AREA_REASON = 'Di luar wilayah Anda sekarang';

export type AreaChangeOutcome = { deletedRecords: number; rejectedChanges: number };

/**
 * Left in `meta` when the area of a phone that already held data changed, so the screens can
 * say what happened (the app shows it until the volunteer closes it).
 */
export const AREA_NOTICE_KEY = 'area-change';
export type AreaNotice = AreaChangeOutcome & { at: number; from: UserArea; to: UserArea };

export function sameArea(a: UserArea | null | undefined, b: UserArea | null | undefined): boolean {
  if (!a || !b) return a === b;
  const rts = (x: UserArea) => [...x.rts].sort((p, q) => p - q).join(',');
  return a.kelurahanCode === b.kelurahanCode && a.rw === b.rw && rts(a) === rts(b);
}
