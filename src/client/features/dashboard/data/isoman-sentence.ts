import type { CityCoverage } from '@shared/coverage/api';
import { findKelurahan } from '@shared/wilayah/wilayah';

/**
 * Active isoman per kelurahan written as the city reports it: "Kelurahan Kota Baru (5 pasien),
 * Kelurahan Mustika Jaya (4 pasien)". Most patients first, then by name; kelurahan without an
 * active patient are left out. Names are the spaced spellings people use.
 */
export function isomanSentence(rows: CityCoverage['isoman']): string {
  const listed = rows
    .filter((row) => row.active > 0)
    .map((row) => ({ name: findKelurahan(row.kelurahanCode)?.name ?? row.name, active: row.active }))
    .sort((a, b) => b.active - a.active || a.name.localeCompare(b.name, 'id'));
  if (listed.length === 0) return 'Tidak ada pasien isoman aktif.';
  return listed.map((row) => `Kelurahan ${row.name} (${row.active} pasien)`).join(', ');
}
