import type { PintuDb } from '@client/db/db';
import { householdAddress } from '@shared/domain/household';

export type NikDuplicate = {
  residentId: string;
  name: string;
  householdId: string;
  address: string;
  rt: number;
};

/**
 * Other residents on this device with the same NIK (index `nikKey`, its keyed hash:
 * src/client/db/at-rest.ts). The device holds the
 * volunteer's area, so this is "already recorded in the area": usually the same person entered
 * twice, or a family that moved within the RW.
 */
export async function findNikDuplicates(
  database: PintuDb,
  nik: string,
  residentId: string | null,
): Promise<NikDuplicate[]> {
  if (!/^\d{16}$/.test(nik)) return [];
  const others = (await database.residents
    .where('nikKey')
    .equals(database.atRest.hashOf(nik)).toArray()).filter(
    (r) => !r.deleted && r.id !== residentId,
  );
  const households = await database.households.bulkGet(others.map((r) => r.householdId));
  return others.map((r, i) => {
    const h = households[i];
    return {
      residentId: r.id,
      name: r.name,
      householdId: r.householdId,
      address: h ? householdAddress(h) : 'rumah tidak ditemukan',
      rt: r.rt,
    };
  });
}

export function duplicateNikMessage(duplicates: readonly NikDuplicate[]): string {
  const d = duplicates[0]!;
  return `NIK ini sudah tercatat untuk ${d.name} (${d.address}, RT ${String(d.rt).padStart(3, '0')}).`;
}
