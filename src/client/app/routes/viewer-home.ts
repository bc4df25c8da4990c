import { useLiveQuery } from 'dexie-react-hooks';
import type { Role } from '@shared/auth/roles';
import { db } from '@client/db/db';
import { readAuth } from '@client/sync/auth';

export type ViewerArea = { role: Role; kelurahanCode: string; rw: number | null } | null;

/**
 * The area a signed-in user looks at: a lurah or staf their kelurahan, a ketua RW or relawan
 * their RW; `null` for the whole city (admin kota, or no sign-in yet); `undefined` while the
 * sign-in loads. The server refuses anything wider (docs/api.md, Coverage); the routes send
 * the user to what they may see instead of a screen of refusals. Reads the sign-in record
 * itself (not the auth feature's hook), so the first route does not carry the sign-in screens.
 */
export function useViewerArea(): ViewerArea | undefined {
  const auth = useLiveQuery(() => readAuth(db), []);
  if (auth === undefined) return undefined;
  if (auth?.status !== 'active' || !auth.user.area.kelurahanCode) return null;
  const { role, area } = auth.user;
  return { role, kelurahanCode: area.kelurahanCode!, rw: area.rw };
}
