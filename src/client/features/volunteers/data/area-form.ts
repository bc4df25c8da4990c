import { areaFitsRole, areaWithin, type Role, type UserArea } from '@shared/auth/roles';
import { isKelurahanCode, MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';

/** The area part of the invitation and change-area forms, as typed. */
export type AreaInput = { kelurahanCode: string; rw: string; rts: string };

/** Which parts of the area a role has: a relawan all three, an admin none. */
export function areaParts(role: Role): { kelurahan: boolean; rw: boolean; rts: boolean } {
  return {
    kelurahan: role !== 'admin-kota',
    rw: role === 'ketua-rw' || role === 'relawan',
    rts: role === 'relawan',
  };
}

export function areaToInput(area: UserArea | null, manager: UserArea): AreaInput {
  return {
    kelurahanCode: area?.kelurahanCode ?? manager.kelurahanCode ?? '',
    rw: String(area?.rw ?? manager.rw ?? ''),
    rts: (area?.rts ?? []).join(', '),
  };
}

/** "1, 2 5" → [1, 2, 5]; null when something is not an RT number. */
export function parseRts(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const rts = parts.map(Number);
  if (rts.some((rt) => !Number.isInteger(rt) || rt < 1 || rt > MAX_RT)) return null;
  return [...new Set(rts)].sort((a, b) => a - b);
}

/**
 * The typed area for a role, checked as the server will check it: the shape the role needs,
 * inside the manager's own area. Messages in Indonesian, per part.
 */
export function checkAreaInput(
  role: Role,
  input: AreaInput,
  manager: UserArea,
): { ok: true; area: UserArea } | { ok: false; errors: Partial<Record<keyof AreaInput, string>> } {
  const parts = areaParts(role);
  const errors: Partial<Record<keyof AreaInput, string>> = {};
  const kelurahanCode = parts.kelurahan ? input.kelurahanCode : null;
  if (parts.kelurahan && !isKelurahanCode(input.kelurahanCode)) {
    errors.kelurahanCode = 'Pilih kelurahan.';
  }
  const rw = parts.rw ? Number(input.rw) : null;
  if (parts.rw && (!input.rw || !Number.isInteger(rw) || rw! < 1 || rw! > MAX_RW)) {
    errors.rw = `Nomor RW antara 1 dan ${MAX_RW}.`;
  }
  const rts = parts.rts ? parseRts(input.rts) : [];
  if (parts.rts && (!rts || rts.length === 0)) {
    errors.rts = 'Tulis satu atau beberapa nomor RT, contoh: 1, 2.';
  }
  if (Object.keys(errors).length > 0 || !rts) return { ok: false, errors };
  const area: UserArea = { kelurahanCode, rw, rts };
  if (!areaFitsRole(role, area)) return { ok: false, errors: { rts: 'Wilayah tidak cocok untuk peran ini.' } };
  if (!areaWithin(manager, area)) {
    return { ok: false, errors: { kelurahanCode: 'Wilayah ini di luar wilayah Anda.' } };
  }
  return { ok: true, area };
}
