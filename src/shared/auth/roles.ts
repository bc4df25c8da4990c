import type { Area } from '../wilayah/wilayah';

/**
 * Who may see and change what. One person has one role and one area:
 *   relawan          one or more RT of one RW
 *   ketua-rw         one RW
 *   lurah            a kelurahan (and manages its volunteers)
 *   staf-kelurahan   a kelurahan (helps the lurah; may manage relawan and ketua RW)
 *   admin-kota       the whole city
 * The server decides on every request; the device uses the same rules to drop what falls
 * outside the area after it shrank.
 */
export const ROLES = ['relawan', 'ketua-rw', 'lurah', 'staf-kelurahan', 'admin-kota'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  relawan: 'Relawan',
  'ketua-rw': 'Ketua RW',
  lurah: 'Lurah',
  'staf-kelurahan': 'Staf kelurahan',
  'admin-kota': 'Admin kota',
};

/**
 * A user's area. `kelurahanCode` null: the whole city. `rw` null: the whole kelurahan.
 * `rts` empty: the whole RW; otherwise exactly those RTs (relawan).
 */
export type UserArea = {
  kelurahanCode: string | null;
  rw: number | null;
  rts: number[];
};

/** The shape each role's area must have. */
export function areaFitsRole(role: Role, area: UserArea): boolean {
  switch (role) {
    case 'admin-kota':
      return area.kelurahanCode === null && area.rw === null && area.rts.length === 0;
    case 'lurah':
    case 'staf-kelurahan':
      return area.kelurahanCode !== null && area.rw === null && area.rts.length === 0;
    case 'ketua-rw':
      return area.kelurahanCode !== null && area.rw !== null && area.rts.length === 0;
    case 'relawan':
      return area.kelurahanCode !== null && area.rw !== null && area.rts.length > 0;
  }
}

/** Whether a record's place (kelurahan, RW, RT) lies inside the area. */
export function areaContains(area: UserArea, place: Area): boolean {
  if (area.kelurahanCode === null) return true;
  if (place.kelurahanCode !== area.kelurahanCode) return false;
  if (area.rw === null) return true;
  if (place.rw !== area.rw) return false;
  return area.rts.length === 0 || area.rts.includes(place.rt);
}

/** Whether area `inner` lies wholly inside `outer` (a lurah inviting into their kelurahan). */
export function areaWithin(outer: UserArea, inner: UserArea): boolean {
  if (outer.kelurahanCode === null) return true;
  if (inner.kelurahanCode !== outer.kelurahanCode) return false;
  if (outer.rw === null) return true;
  if (inner.rw !== outer.rw) return false;
  if (outer.rts.length === 0) return true;
  return inner.rts.length > 0 && inner.rts.every((rt) => outer.rts.includes(rt));
}

/** Roles that manage people (invite, revoke, change area) and which roles they may hand out. */
export const MANAGES: Record<Role, readonly Role[]> = {
  'admin-kota': ROLES,
  lurah: ['staf-kelurahan', 'ketua-rw', 'relawan'],
  'staf-kelurahan': ['ketua-rw', 'relawan'],
  'ketua-rw': [],
  relawan: [],
};

/** Only these roles may move a record to another kelurahan, RW or RT. */
export const MAY_MOVE_RECORDS: ReadonlySet<Role> = new Set([
  'lurah',
  'staf-kelurahan',
  'admin-kota',
]);

/** Roles whose phones hold field data (they work door to door); others read aggregates. */
export const HOLDS_FIELD_DATA: ReadonlySet<Role> = new Set(['relawan', 'ketua-rw']);

/** "RT 003, 005 / RW 002, Bekasi Jaya" without the names: the caller adds those. */
export function describeArea(area: UserArea): string {
  if (area.kelurahanCode === null) return 'Seluruh Kota Bekasi';
  if (area.rw === null) return 'Seluruh kelurahan';
  const rw = `RW ${String(area.rw).padStart(3, '0')}`;
  if (area.rts.length === 0) return rw;
  const rts = [...area.rts].sort((a, b) => a - b).map((rt) => String(rt).padStart(3, '0'));
  return `RT ${rts.join(', ')} / ${rw}`;
}
