import { hasMismatchedProof, isStatedOnly } from '@shared/domain/dose-proof';
import { householdAddress } from '@shared/domain/household-address';
import { maskNik } from '@shared/domain/nik';
import type {
  ReconciliationKind,
  ReconciliationList,
  ReconciliationResident,
} from '@shared/reconciliation/api';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { Queryable } from '../db/database';
import { readDosesToReconcile } from '../data/reconciliation';

export type ReconciliationArea = { kelurahanCode: string; rw: number | null; rt: number | null };

/** The list narrowed to one kind of resident and cut at `limit` (the totals stay whole). */
export function narrowList(
  list: ReconciliationList,
  kind: ReconciliationKind,
  limit: number,
): ReconciliationList {
  const of =
    kind === 'ucapan'
      ? list.residents.filter((r) => r.statedOnly)
      : kind === 'tidak-cocok'
        ? list.residents.filter((r) => r.mismatched)
        : list.residents;
  const rts: ReconciliationList['rts'] = [];
  for (const r of of) {
    const last = rts.at(-1);
    if (last?.rw === r.rw && last.rt === r.rt) last.residents++;
    else rts.push({ rw: r.rw, rt: r.rt, residents: 1 });
  }
  return { ...list, residents: of.slice(0, limit), more: Math.max(0, of.length - limit), rts };
}

/**
 * The reconciliation list: one entry per resident with a dose stated only or a mismatched
 * certificate QR, with those doses. `wholeNik`: the NIK as recorded (the export of the lurah
 * and staf, for the puskesmas to find the resident in PCare); otherwise masked as search
 * results show it.
 */
export async function reconciliationList(
  q: Queryable,
  area: ReconciliationArea,
  wholeNik: boolean,
): Promise<ReconciliationList> {
  const rows = await readDosesToReconcile(q, area);
  const byResident = new Map<string, ReconciliationResident>();
  for (const row of rows) {
    const dose = row.fields;
    let resident = byResident.get(row.resident_id);
    if (!resident) {
      const nik = row.resident.nik ?? null;
      resident = {
        residentId: row.resident_id,
        name: row.resident.name,
        nik: nik && !wholeNik ? maskNik(nik) : nik,
        birthDate: row.resident.birthDate ?? null,
        householdId: row.household_id,
        headName: row.household.headName,
        address: householdAddress(row.household),
        rw: row.rw,
        rt: row.rt,
        statedOnly: false,
        mismatched: false,
        doses: [],
      };
      byResident.set(row.resident_id, resident);
    }
    resident.statedOnly ||= isStatedOnly(dose);
    resident.mismatched ||= hasMismatchedProof(dose);
    resident.doses.push({
      id: row.id,
      kind: dose.kind,
      date: dose.date,
      product: dose.product,
      place: dose.place ?? null,
      proof: dose.proof ?? null,
      proofText: dose.proofText ?? null,
      mismatch: hasMismatchedProof(dose) ? [...(dose.proofMismatch ?? [])] : [],
    });
  }
  const residents = [...byResident.values()];
  return {
    asOf: new Date().toISOString(),
    kelurahanCode: area.kelurahanCode,
    name: findKelurahan(area.kelurahanCode)?.name ?? area.kelurahanCode,
    rw: area.rw,
    rt: area.rt,
    residents,
    more: 0,
    rts: [],
    totals: {
      statedOnly: residents.filter((r) => r.statedOnly).length,
      mismatched: residents.filter((r) => r.mismatched).length,
    },
  };
}
