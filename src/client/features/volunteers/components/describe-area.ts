import { describeArea, type UserArea } from '@shared/auth/roles';
import { findKelurahan } from '@shared/wilayah/wilayah';

/** "RT 001, 002 / RW 001, Kel. Bekasi Jaya", or "Seluruh Kota Bekasi". */
export function describeUserArea(area: UserArea): string {
  if (area.kelurahanCode === null) return describeArea(area);
  const kelurahan = `Kel. ${findKelurahan(area.kelurahanCode)?.name ?? area.kelurahanCode}`;
  return area.rw === null ? kelurahan : `${describeArea(area)}, ${kelurahan}`;
}
