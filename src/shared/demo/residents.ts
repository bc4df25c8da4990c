import type { HouseholdRecord, ResidentRecord } from '../domain/entities';
import type { ResidenceStatus } from '../domain/resident-fields';
import type { NotVaccinatedReason } from '../domain/vaccination';
import type { RtPlan } from './area-plan';
import type { DemoContext } from './context';
import { ageOnDay, dayOf, isoOf } from './days';
import type { Member } from './family';
import { REASON_NOTES, regionElsewhere, VACCINATION_PLACES } from './places';
import { Weighted, type Rng } from './prng';
import type { DemoBatch } from './types';
import { dosesFor } from './vaccination';

const REASON = new Weighted<NotVaccinatedReason | null>([
  ['menolak', 22],
  ['takut-kipi', 18],
  ['komorbid', 12],
  ['hamil', 5],
  ['baru-sembuh-covid', 4],
  ['tidak-di-tempat', 15],
  ['lainnya', 8],
  [null, 16],
]);
const REASON_ELDERLY = new Weighted<NotVaccinatedReason | null>([
  ['menolak', 20],
  ['takut-kipi', 20],
  ['komorbid', 40],
  ['lainnya', 8],
  [null, 12],
]);
const WAVES = {
  delta: [dayOf('2021-06-01'), dayOf('2021-08-31')],
  omicron: [dayOf('2022-01-01'), dayOf('2022-03-31')],
} as const;
const PHONE_PREFIXES =
  '11 12 13 21 22 23 52 53 14 15 16 55 56 57 58 17 18 19 59 77 78 81 82 83 88 89 95 96 97 98 99'.split(
    ' ',
  );

type Registration = { region: string; registeredElsewhere: boolean; movedOut: boolean };

export function addResidents(
  ctx: DemoContext,
  plan: RtPlan,
  batch: DemoBatch,
  household: HouseholdRecord,
  members: readonly Member[],
  registration: Registration,
): void {
  const { rng } = ctx;
  const area = { kelurahanCode: household.kelurahanCode, rw: household.rw, rt: household.rt };
  for (const m of members) {
    const age = ageOnDay(m.birth, ctx.today);
    // Relatives and helpers who came for work often keep the KTP of their home town.
    const elsewhere =
      registration.registeredElsewhere ||
      ((m.relation === 'famili-lain' || m.relation === 'pembantu') && rng.chance(0.5));
    const region =
      elsewhere && !registration.registeredElsewhere
        ? regionElsewhere(rng, m.style)
        : registration.region;
    const birthKnown = rng.chance(0.95);
    const hasNik = birthKnown && rng.chance(age < 1 ? 0.7 : 0.97);
    const status = residenceStatus(rng, age, registration.movedOut);
    const doses = dosesFor(rng, m.birth, { today: ctx.today, uptake: plan.uptake });
    const unvaccinated = doses.length === 0 && status === 'aktif';
    const reason = unvaccinated ? reasonFor(rng, age, m) : null;

    const resident: ResidentRecord = ctx.stamp({
      householdId: household.id,
      ...area,
      name: m.name,
      nik: hasNik ? ctx.nik(region, m.birth, m.sex) : null,
      birthDate: birthKnown ? isoOf(m.birth.day) : null,
      ageYears: birthKnown ? null : age,
      ageAsOf: birthKnown ? null : ctx.todayIso,
      sex: m.sex,
      relation: m.relation,
      ktpElsewhere: elsewhere,
      phone: age >= 17 && age <= 65 && rng.chance(0.55) ? phone(rng) : null,
      notVaccinatedReason: reason,
      notVaccinatedNote:
        reason && rng.chance(0.3) ? rng.pick(REASON_NOTES[reason] ?? ['']) || null : null,
      residenceStatus: status,
    });
    batch.residents.push(resident);

    for (const dose of doses) {
      const place = rng.chance(0.8)
        ? VACCINATION_PLACES.draw(rng)
            .replace('{kel}', ctx.kelurahan.name)
            .replace('{rw}', String(plan.rw).padStart(3, '0'))
        : null;
      batch.doses.push(
        ctx.stamp({
          residentId: resident.id,
          householdId: household.id,
          ...area,
          kind: dose.kind,
          date: isoOf(dose.day),
          product: dose.product,
          place,
        }),
      );
    }
    if (status === 'aktif') addIsoman(ctx, batch, resident);
  }
}

function residenceStatus(rng: Rng, age: number, movedOut: boolean): ResidenceStatus {
  if (movedOut) return 'pindah';
  if (rng.chance(age >= 65 ? 0.04 : 0.003)) return 'meninggal';
  return rng.chance(0.02) ? 'pindah' : 'aktif';
}

function reasonFor(rng: Rng, age: number, m: Member): NotVaccinatedReason | null {
  if (age < 6) return rng.chance(0.85) ? 'belum-cukup-umur' : null;
  const reason = (age >= 60 ? REASON_ELDERLY : REASON).draw(rng);
  if (reason === 'hamil' && !(m.sex === 'P' && age >= 19 && age <= 42)) return 'takut-kipi';
  return reason;
}

function phone(rng: Rng): string {
  return `08${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/**
 * Isoman episodes: a few past ones from the Delta (mid-2021) and Omicron (early 2022) waves,
 * and a few still open now, some of them past their expected end and waiting to be closed.
 */
function addIsoman(ctx: DemoContext, batch: DemoBatch, resident: ResidentRecord): void {
  const { rng } = ctx;
  const area = { kelurahanCode: resident.kelurahanCode, rw: resident.rw, rt: resident.rt };
  const base = { residentId: resident.id, householdId: resident.householdId, ...area };
  const x = rng.next();
  if (x < 0.0007) {
    const start = ctx.today - (rng.chance(0.85) ? rng.int(0, 9) : rng.int(10, 14));
    batch.isoman.push(
      ctx.stamp({
        ...base,
        startDate: isoOf(start),
        expectedEndDate: isoOf(start + 10),
        outcome: null,
        outcomeDate: null,
      }),
    );
  } else if (x < 0.0047) {
    const delta = rng.chance(0.6);
    const start = Math.min(
      ctx.today - 30,
      delta ? rng.int(WAVES.delta[0], WAVES.delta[1]) : rng.int(WAVES.omicron[0], WAVES.omicron[1]),
    );
    const y = rng.next();
    const outcome = y < 0.93 ? 'sembuh' : y < 0.98 ? 'dirujuk' : 'meninggal';
    const end = start + (outcome === 'dirujuk' ? rng.int(2, 6) : rng.int(7, 14));
    batch.isoman.push(
      ctx.stamp({
        ...base,
        startDate: isoOf(start),
        expectedEndDate: isoOf(start + 10),
        outcome,
        outcomeDate: isoOf(end),
      }),
    );
    if (outcome === 'meninggal') {
      resident.residenceStatus = 'meninggal';
      resident.notVaccinatedReason = null;
      resident.notVaccinatedNote = null;
    }
  }
}
