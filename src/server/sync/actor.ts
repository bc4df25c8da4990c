import type { Role, UserArea } from '@shared/auth/roles';
import type { Area } from '@shared/wilayah/wilayah';

/**
 * Who is making a request. Resolved once per request (routes/sync.ts) and passed to push and
 * pull, which ask the policy below before reading or writing an area. Today a device is
 * identified by the id it sends; sign-in (next issue) adds the user, their role and their
 * area here and tightens the policy, without changing the wire protocol.
 */
export type Actor = {
  deviceId: string;
  /** The signed-in user behind the device token; null only where sign-in is not wired yet. */
  user: ActorUser | null;
};

/** What the policy needs to know of the user: who, their role and their area. */
export type ActorUser = { id: string; name: string; role: Role; area: UserArea };

/** An area a request names: a kelurahan, optionally narrowed to an RW and an RT. */
export type AreaScope = Pick<Area, 'kelurahanCode'> & { rw?: number; rt?: number };

/** Why the actor may not write a record in this area (Indonesian), or null when it may. */
export function refuseWrite(_actor: Actor, _area: Area): string | null {
  return null;
}

/** Why the actor may not read this area (Indonesian), or null when it may. */
export function refuseRead(_actor: Actor, _scope: AreaScope): string | null {
  return null;
}
