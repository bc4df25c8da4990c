import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { computeCoverage, emptyCounts, finishCoverage } from '@shared/domain/coverage';
import type {
  DoseRecord,
  HouseholdRecord,
  IsomanRecord,
  ResidentRecord,
  VisitRecord,
} from '@shared/domain/entities';

/**
 * A small kelurahan whose coverage is counted by hand below:
 *   RW 1 / RT 1: households h1 (visited), h2; residents r1 lengkap, r2 dosis 1, r3 aged 3,
 *     r4 refuses, r5 booster, r6 deleted, r7 moved away; active isoman of r1.
 *   RW 1 / RT 2: household h3 (visited); r8 Janssen, r9 aged 4 but given dosis 1, r10 no reason.
 *   RW 2 / RT 1: household h4; r11 with a voided dosis 2, r12 age told as 30 with komorbid.
 */
const today = '2026-11-23';
const kel = '32.75.01.1001';
let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;

const h = (rw: number, rt: number): HouseholdRecord => ({
  id: id(),
  hlc: {},
  kelurahanCode: kel,
  rw,
  rt,
  street: 'Jl. Melati',
  headName: 'Kepala',
});
const [h1, h2, h3, h4] = [h(1, 1), h(1, 1), h(1, 2), h(2, 1)] as const;

const r = (house: HouseholdRecord, extra: Partial<ResidentRecord> = {}): ResidentRecord => ({
  id: id(),
  hlc: {},
  householdId: house.id,
  kelurahanCode: kel,
  rw: house.rw,
  rt: house.rt,
  name: 'Warga',
  birthDate: '1980-01-01',
  sex: 'L',
  relation: 'anak',
  ktpElsewhere: false,
  residenceStatus: 'aktif',
  ...extra,
});
const r1 = r(h1);
const r2 = r(h1);
const r3 = r(h1, { birthDate: '2023-05-01' });
const r4 = r(h1, { notVaccinatedReason: 'menolak' });
const r5 = r(h1);
const r6 = r(h1, { deleted: true });
const r7 = r(h1, { residenceStatus: 'pindah' });
const r8 = r(h3);
const r9 = r(h3, { birthDate: '2022-01-01' });
const r10 = r(h3);
const r11 = r(h4);
const r12 = r(h4, { birthDate: null, ageYears: 30, notVaccinatedReason: 'komorbid' });

const dose = (
  res: ResidentRecord,
  kind: DoseRecord['kind'],
  product: DoseRecord['product'] = 'coronavac',
  deleted = false,
): DoseRecord => ({
  id: id(),
  hlc: {},
  residentId: res.id,
  householdId: res.householdId,
  kelurahanCode: kel,
  rw: res.rw,
  rt: res.rt,
  kind,
  date: '2021-08-01',
  product,
  ...(deleted ? { deleted } : {}),
});

const isoman = (res: ResidentRecord, startDate: string, extra: Partial<IsomanRecord> = {}) => ({
  id: id(),
  hlc: {},
  residentId: res.id,
  householdId: res.householdId,
  kelurahanCode: kel,
  rw: res.rw,
  rt: res.rt,
  startDate,
  expectedEndDate: '2026-12-01',
  ...extra,
});

const visit = (house: HouseholdRecord): VisitRecord => ({
  id: id(),
  hlc: {},
  householdId: house.id,
  kelurahanCode: kel,
  rw: house.rw,
  rt: house.rt,
  at: '2026-11-01T09:00:00+07:00',
  outcome: 'ditemui',
  revisitNeeded: true,
});

const input = {
  households: [h1, h2, h3, h4],
  residents: [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12],
  doses: [
    dose(r1, 'dosis1'),
    dose(r1, 'dosis2'),
    dose(r2, 'dosis1'),
    dose(r5, 'dosis1'),
    dose(r5, 'dosis2'),
    dose(r5, 'booster1', 'pfizer'),
    dose(r6, 'dosis1'),
    dose(r6, 'dosis2'),
    dose(r7, 'dosis1'),
    dose(r8, 'dosis1', 'janssen'),
    dose(r9, 'dosis1'),
    dose(r11, 'dosis1'),
    dose(r11, 'dosis2', 'coronavac', true),
  ],
  isoman: [
    isoman(r1, '2026-11-20'),
    isoman(r8, '2026-11-01', { outcome: 'sembuh', outcomeDate: '2026-11-11' }),
    isoman(r6, '2026-11-20'),
    isoman(r2, '2026-11-25'),
    isoman(r4, '2026-11-20', { deleted: true }),
  ],
  visits: [visit(h1), visit(h1), visit(h3)],
};

describe('computeCoverage', () => {
  const coverage = computeCoverage(input, today);

  it('counts RW 1 / RT 1 by hand', () => {
    const rt = coverage.byRt.get('1/1')!;
    expect(rt).toMatchObject({
      households: 2,
      householdsVisited: 1,
      residents: 5,
      eligible: 4,
      dosis1: 3,
      lengkap: 2,
      booster: 1,
      activeIsoman: 1,
      pctDosis1: 0.75,
      pctLengkap: 0.5,
      pctBooster: 0.25,
      targetCount: 3,
      gapToTarget: 1,
      reachedTarget: false,
    });
    expect(rt.unvaccinatedByReason).toMatchObject({ menolak: 1, 'tanpa-alasan': 0 });
  });

  it('counts a Janssen dose as lengkap and a vaccinated child as eligible (RT 2)', () => {
    expect(coverage.byRt.get('1/2')).toMatchObject({
      households: 1,
      householdsVisited: 1,
      residents: 3,
      eligible: 3,
      dosis1: 2,
      lengkap: 1,
      booster: 0,
      targetCount: 3,
      gapToTarget: 2,
    });
    expect(coverage.byRt.get('1/2')!.unvaccinatedByReason['tanpa-alasan']).toBe(1);
  });

  it('adds RTs up into their RW', () => {
    expect(coverage.byRw.get(1)).toMatchObject({
      households: 3,
      householdsVisited: 2,
      residents: 8,
      eligible: 7,
      dosis1: 5,
      lengkap: 3,
      booster: 1,
      activeIsoman: 1,
      targetCount: 5,
      gapToTarget: 2,
    });
  });

  it('ignores a voided dose and counts an age told without a birth date (RW 2)', () => {
    expect(coverage.byRw.get(2)).toMatchObject({
      households: 1,
      householdsVisited: 0,
      residents: 2,
      eligible: 2,
      dosis1: 1,
      lengkap: 0,
      targetCount: 2,
      gapToTarget: 2,
    });
    expect(coverage.byRw.get(2)!.unvaccinatedByReason.komorbid).toBe(1);
  });

  it('gives the kelurahan total, with percentages of the eligible', () => {
    const total = coverage.total;
    expect(total).toMatchObject({
      households: 4,
      householdsVisited: 2,
      residents: 10,
      eligible: 9,
      dosis1: 6,
      lengkap: 3,
      booster: 1,
      activeIsoman: 1,
      targetCount: 7,
      gapToTarget: 4,
      reachedTarget: false,
    });
    expect(total.pctDosis1).toBeCloseTo(6 / 9);
    expect(total.pctLengkap).toBeCloseTo(3 / 9);
    expect([...coverage.byRt.keys()].sort()).toEqual(['1/1', '1/2', '2/1']);
  });

  it('measures against a configured target', () => {
    const low = computeCoverage(input, today, { ...DEFAULT_CONFIG, herdImmunityTarget: 0.3 });
    expect(low.total).toMatchObject({ targetCount: 3, gapToTarget: 0, reachedTarget: true });
  });

  it('does not count a house where nobody was home or the household refused as visited', () => {
    const unfinished = (house: HouseholdRecord, outcome: VisitRecord['outcome']) => ({
      ...visit(house),
      id: id(),
      at: '2026-11-02T09:00:00+07:00',
      outcome,
    });
    const visits = [unfinished(h2, 'tidak-ada-orang'), unfinished(h4, 'menolak-didata')];
    expect(computeCoverage({ ...input, visits }, today).total.householdsVisited).toBe(0);
    // A house recorded once stays visited when a later revisit finds nobody home.
    const again = [visit(h2), unfinished(h2, 'tidak-ada-orang')];
    expect(computeCoverage({ ...input, visits: again }, today).total.householdsVisited).toBe(1);
  });

  it('counts later-started isoman once the day comes', () => {
    expect(computeCoverage(input, '2026-11-25').total.activeIsoman).toBe(2);
  });
});

describe('finishCoverage', () => {
  it('gives zero percentages and no target reached for an area with no eligible residents', () => {
    expect(finishCoverage(emptyCounts())).toMatchObject({
      pctDosis1: 0,
      pctLengkap: 0,
      pctBooster: 0,
      targetCount: 0,
      gapToTarget: 0,
      reachedTarget: false,
    });
  });

  it('rounds the target up: 70% of 10 eligible is 7, of 11 is 8', () => {
    const ten = finishCoverage({ ...emptyCounts(), eligible: 10, lengkap: 7 });
    expect([ten.targetCount, ten.gapToTarget, ten.reachedTarget]).toEqual([7, 0, true]);
    const eleven = finishCoverage({ ...emptyCounts(), eligible: 11, lengkap: 7 });
    expect([eleven.targetCount, eleven.gapToTarget, eleven.reachedTarget]).toEqual([8, 1, false]);
  });
});

describe('target with a configured share', () => {
  it('is not pushed up by floating point: 55% of 100 eligible is 55', () => {
    const config = { ...DEFAULT_CONFIG, herdImmunityTarget: 0.55 };
    const c = finishCoverage({ ...emptyCounts(), eligible: 100, lengkap: 55 }, config);
    expect([c.targetCount, c.gapToTarget, c.reachedTarget]).toEqual([55, 0, true]);
  });
});
