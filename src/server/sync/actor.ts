import { areaContains, MAY_MOVE_RECORDS, type Role, type UserArea } from '@shared/auth/roles';
import type { Area } from '@shared/wilayah/wilayah';

/**
 * Who is making a request, and the area policy push, pull and the history consult. The actor
 * is resolved once per request from the device token (routes/sync.ts); the policy below is
 * the only place that decides what an actor may read and write.
 */
export type Actor = {
  deviceId: string;
  /** The signed-in user behind the device token; null means no access at all. */
  user: ActorUser | null;
};

/** What the policy needs to know of the user: who, their role and their area. */
export type ActorUser = { id: string; name: string; role: Role; area: UserArea };

/** An area a pull request names: a kelurahan, optionally narrowed to an RW and an RT. */
export type AreaScope = { kelurahanCode?: string | undefined; rw?: number; rt?: number };

/** The rows a pull reads: a kelurahan, optionally one RW, optionally some RTs of it. */
export type PullArea = { kelurahanCode: string; rw?: number; rts?: number[] };

export const NO_USER_REASON =
  'Perangkat ini belum masuk. Daftarkan perangkat dengan kode undangan.';

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** "kelurahan 32.75.01.1001 RW 003 RT 007", for reasons. */
export function describePlace(place: Area): string {
  return `kelurahan ${place.kelurahanCode} RW ${pad(place.rw)} RT ${pad(place.rt)}`;
}

/** Why the actor may not write a record in this area (Indonesian), or null when it may. */
export function refuseWrite(actor: Actor, place: Area): string | null {
  if (!actor.user) return NO_USER_REASON;
  if (areaContains(actor.user.area, place)) return null;
  return `Di luar wilayah Anda: data ini berada di ${describePlace(place)}.`;
}

/** Why the actor may not move a record from one place to another, or null when it may. */
export function refuseMove(actor: Actor, from: Area, to: Area): string | null {
  if (!actor.user) return NO_USER_REASON;
  if (!MAY_MOVE_RECORDS.has(actor.user.role)) {
    return 'Memindahkan rumah tangga ke kelurahan/RW/RT lain hanya dapat dilakukan oleh lurah atau staf kelurahan.';
  }
  return refuseWrite(actor, from) ?? refuseWrite(actor, to);
}

export type PullDecision =
  { ok: true; area: PullArea } | { ok: false; status: 400 | 403; code: string; reason: string };

/**
 * What a pull reads: the user's area, narrowed by what the request names. Every level the
 * request names must be the user's own (their kelurahan, their RW, one of their RTs); naming
 * anything else is refused. A device that names nothing gets the user's whole area; an
 * admin kota must name a kelurahan (a pull of the whole city at once is not served).
 */
export function pullArea(actor: Actor, asked: AreaScope): PullDecision {
  const refuse = (reason: string): PullDecision => ({
    ok: false,
    status: 403,
    code: 'forbidden',
    reason,
  });
  const user = actor.user;
  if (!user) return refuse(NO_USER_REASON);
  const own = user.area;
  const kelurahanCode = asked.kelurahanCode ?? own.kelurahanCode;
  if (kelurahanCode === null || kelurahanCode === undefined) {
    return {
      ok: false,
      status: 400,
      code: 'bad-request',
      reason: 'Pilih kelurahan yang akan diunduh (parameter kelurahan).',
    };
  }
  const outside = 'Wilayah yang diminta di luar wilayah Anda.';
  if (own.kelurahanCode !== null && kelurahanCode !== own.kelurahanCode) return refuse(outside);
  if (asked.rw !== undefined && own.rw !== null && asked.rw !== own.rw) return refuse(outside);
  if (asked.rt !== undefined && own.rts.length > 0 && !own.rts.includes(asked.rt)) {
    return refuse(outside);
  }
  const rw = asked.rw ?? own.rw ?? undefined;
  const rts = asked.rt !== undefined ? [asked.rt] : own.rts.length > 0 ? [...own.rts] : undefined;
  return {
    ok: true,
    area: {
      kelurahanCode,
      ...(rw !== undefined ? { rw } : {}),
      ...(rts ? { rts: rts.sort((a, b) => a - b) } : {}),
    },
  };
}

/** Roles that may open a household's history (a ketua RW in their RW only, by area). */
const READS_HISTORY: ReadonlySet<Role> = new Set([
  'lurah',
  'staf-kelurahan',
  'admin-kota',
  'ketua-rw',
]);

/** Why the actor may not read the history of a household at this place, or null. */
export function refuseHistory(actor: Actor, place: Area): string | null {
  if (!actor.user) return NO_USER_REASON;
  if (!READS_HISTORY.has(actor.user.role)) {
    return 'Riwayat perubahan hanya dapat dibuka oleh lurah, staf kelurahan, ketua RW, atau admin kota.';
  }
  return refuseWrite(actor, place);
}
