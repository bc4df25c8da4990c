import type { Role, UserArea } from '@shared/auth/roles';
import { areaContains } from '@shared/auth/roles';
import type { FastifyRequest } from 'fastify';
import { sessionOf } from '../auth/hook';
import { ApiError } from '../errors';

/** Who is looking at aggregates: a role and the area they may see. */
export type Viewer = { role: Role; area: UserArea };

/**
 * The viewer of a coverage or report request: the signed-in user's role and area, as the
 * server knows them now (requireSignIn read them with the token; 401 without one).
 */
export function viewerOf(request: FastifyRequest): Viewer {
  const { user } = sessionOf(request);
  return { role: user.role, area: user.area };
}

/**
 * Who sees what: the city (admin kota), a kelurahan (also its lurah and staf), or an RW (also
 * its ketua RW). A relawan sees none of these: their own RTs are on their phone.
 */
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

/**
 * The kelurahan a weekly report covers: the one asked, else the viewer's own (a lurah or staf
 * asking without one gets their kelurahan, never the city); undefined is the city.
 */
export function reportKelurahan(viewer: Viewer, asked: string | undefined): string | undefined {
  const kelurahan = asked ?? viewer.area.kelurahanCode ?? undefined;
  checkView(viewer, kelurahan ? { kelurahanCode: kelurahan } : {});
  return kelurahan;
}
