import type { User } from '@shared/auth/api';
import { areaWithin, MANAGES, ROLE_LABELS, type Role, type UserArea } from '@shared/auth/roles';
import { ApiError } from '../errors';

/** Who may manage whom (roles.ts MANAGES and areaWithin), as 403 answers in Indonesian. */

function forbidden(message: string): ApiError {
  return new ApiError(403, 'forbidden', message);
}

/** The caller manages people at all (lurah, staf kelurahan, admin kota). */
export function requireManager(caller: User): void {
  if (MANAGES[caller.role].length === 0) {
    throw forbidden(`${ROLE_LABELS[caller.role]} tidak dapat mengelola pengguna.`);
  }
}

/** The caller may hand out `role` for `area`: a role they manage, inside their own area. */
export function requireMayGrant(caller: User, role: Role, area: UserArea): void {
  requireManager(caller);
  if (!MANAGES[caller.role].includes(role)) {
    throw forbidden(`${ROLE_LABELS[caller.role]} tidak dapat mengundang ${ROLE_LABELS[role]}.`);
  }
  if (!areaWithin(caller.area, area)) {
    throw forbidden('Wilayah itu di luar wilayah Anda.');
  }
}

/** The caller may change or revoke `target`: someone else, of a role they manage, in their area. */
export function requireMayManage(caller: User, target: User): void {
  requireManager(caller);
  if (target.id === caller.id) throw forbidden('Anda tidak dapat mengubah akun Anda sendiri.');
  if (!MANAGES[caller.role].includes(target.role) || !areaWithin(caller.area, target.area)) {
    throw forbidden(`Anda tidak dapat mengelola ${target.name}.`);
  }
}

/** People listed to the caller: everyone but a relawan sees the users inside their area. */
export function requireMaySeeUsers(caller: User): void {
  if (caller.role === 'relawan') throw forbidden('Relawan tidak dapat melihat daftar pengguna.');
}
