import type { Role, UserArea } from '@shared/auth/roles';
import { areaContains } from '@shared/auth/roles';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors';

/** Who is looking at aggregates: a role and the area they may see. */
export type Viewer = { role: Role; area: UserArea };

const WHOLE_CITY: Viewer = {
  role: 'admin-kota',
  area: { kelurahanCode: null, rw: null, rts: [] },
};

/**
 * The viewer of a coverage or report request. Until sign-in reaches these routes, everyone
 * sees the whole city; then this becomes the signed-in user's role and area (one line).
 */
export async function requireViewer(_request: FastifyRequest): Promise<Viewer> {
  return WHOLE_CITY;
}

/** Who sees what: the city, a kelurahan (its lurah and staf), or an RW (also its ketua RW). */
export function checkView(viewer: Viewer, scope: { kelurahanCode?: string; rw?: number }): void {
  const { area } = viewer;
  const allowed =
    scope.kelurahanCode === undefined
      ? area.kelurahanCode === null
      : scope.rw === undefined
        ? area.kelurahanCode === null ||
          (area.kelurahanCode === scope.kelurahanCode && area.rw === null)
        : area.rts.length === 0 &&
          areaContains(
            { ...area, rts: [] },
            { kelurahanCode: scope.kelurahanCode, rw: scope.rw, rt: 0 },
          );
  if (!allowed) {
    throw new ApiError(403, 'forbidden', 'Anda tidak berhak melihat cakupan wilayah ini.');
  }
}
