import { describe, expect, it } from 'vitest';
import { generateKelurahan, generateRw, mergeBatches, type DemoBatch } from '@shared/demo';
import { kelurahanCentre } from '@shared/demo/centres';
import { computeCoverage } from '@shared/domain/coverage';
import { ENTITY_RULES, fieldsOf, type EntityName } from '@shared/domain/entities';
import { birthDateFromNik, checkNikAgainst, parseNik } from '@shared/domain/nik';
import { deriveStatus } from '@shared/domain/vaccination';
import { isHlc, parseHlc } from '@shared/sync/hlc';

const today = '2026-11-23';
const code = '32.75.01.1001';
// One full kelurahan, generated once for the whole file (about a second).
const kelurahan = mergeBatches(generateKelurahan({ kelurahanCode: code, seed: 1, today }));
const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function records(batch: DemoBatch): [EntityName, Record<string, unknown>[]][] {
  return [
    ['household', batch.households],
    ['resident', batch.residents],
    ['dose', batch.doses],
    ['isoman', batch.isoman],
    ['visit', batch.visits],
  ];
}

describe('generateKelurahan', () => {
  it('gives a kelurahan of about 13,000 households and 45,000 residents, one batch per RT', () => {
    const batches = [...generateKelurahan({ kelurahanCode: code, seed: 1, today, rwCount: 2 })];
    expect(batches).toHaveLength(2 * 7);
    expect(batches.map((b) => [b.households[0]!.rw, b.households[0]!.rt])).toEqual(
      [1, 2].flatMap((rw) => [1, 2, 3, 4, 5, 6, 7].map((rt) => [rw, rt])),
    );
    expect(kelurahan.households.length).toBeGreaterThan(12_000);
    expect(kelurahan.households.length).toBeLessThan(14_000);
    expect(kelurahan.residents.length).toBeGreaterThan(41_000);
    expect(kelurahan.residents.length).toBeLessThan(49_000);
  });

  it('is deterministic from the seed, ids included, and another seed gives other people', () => {
    const first = (seed: number) =>
      generateKelurahan({ kelurahanCode: code, seed, today, rwCount: 1, rtPerRw: 1 }).next()
        .value as DemoBatch;
    expect(first(1)).toEqual(first(1));
    expect(first(1)).toEqual({
      households: kelurahan.households.slice(0, first(1).households.length),
      residents: kelurahan.residents.slice(0, first(1).residents.length),
      doses: kelurahan.doses.slice(0, first(1).doses.length),
      isoman: kelurahan.isoman.slice(0, first(1).isoman.length),
      visits: kelurahan.visits.slice(0, first(1).visits.length),
    });
    expect(first(2).residents[0]!.id).not.toBe(first(1).residents[0]!.id);
  });

  it('makes records that pass their schemas, with a UUID v7 and an HLC on every field', () => {
    const sample = generateRw({ kelurahanCode: '32.75.10.1002', seed: 5, today, rtCount: 2 });
    for (const [entity, list] of records(sample)) {
      expect(list.length, entity).toBeGreaterThan(0);
      for (const record of list) {
        const fields = fieldsOf(record as never);
        const parsed = ENTITY_RULES[entity].schema.safeParse(fields);
        expect(parsed.error?.issues, `${entity} ${JSON.stringify(record)}`).toBeUndefined();
        expect(record.id).toMatch(V7);
        const hlc = record.hlc as Record<string, string>;
        expect(Object.keys(hlc).sort()).toEqual(Object.keys(fields).sort());
        for (const stamp of Object.values(hlc)) {
          expect(isHlc(stamp)).toBe(true);
          expect(parseHlc(stamp).node).toBe('demo');
          expect(parseHlc(stamp).wall).toBeLessThan(Date.parse(`${today}T00:00:00Z`));
        }
      }
    }
  });

  it('gives unique ids, NIKs and KK numbers', () => {
    const ids = records(kelurahan).flatMap(([, list]) => list.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const niks = kelurahan.residents.flatMap((r) => (r.nik ? [r.nik] : []));
    expect(niks.length).toBeGreaterThan(kelurahan.residents.length * 0.9);
    expect(new Set(niks).size).toBe(niks.length);
    const kks = kelurahan.households.flatMap((h) => (h.kkNumber ? [h.kkNumber] : []));
    expect(new Set(kks).size).toBe(kks.length);
  });

  it('gives NIKs that agree with birth date, sex and where the KTP was issued', () => {
    // Problems are collected and compared once: an expect per record would take seconds.
    const problems: string[] = [];
    let elsewhere = 0;
    for (const r of kelurahan.residents) {
      if (!r.nik) continue;
      const parsed = parseNik(r.nik);
      if (!parsed.ok) {
        problems.push(`invalid NIK ${r.nik}`);
        continue;
      }
      const checks = checkNikAgainst(parsed.value, {
        birthDate: r.birthDate ?? undefined,
        sex: r.sex,
        ktpElsewhere: r.ktpElsewhere,
      });
      if (checks.length) problems.push(`${r.nik}: ${checks.map((c) => c.code).join()}`);
      if (birthDateFromNik(parsed.value, today) !== r.birthDate) problems.push(`${r.nik} date`);
      if (r.ktpElsewhere) elsewhere++;
      else if (!r.nik.startsWith('3275')) problems.push(`${r.nik} not Bekasi`);
    }
    expect(problems).toEqual([]);
    expect(elsewhere / kelurahan.residents.length).toBeGreaterThan(0.05);
    expect(elsewhere / kelurahan.residents.length).toBeLessThan(0.25);
  });

  it('keeps every record in its parent’s area and doses in a plausible order', () => {
    const households = new Map(kelurahan.households.map((h) => [h.id, h]));
    const residents = new Map(kelurahan.residents.map((r) => [r.id, r]));
    const problems: string[] = [];
    const check = (ok: boolean | undefined, what: string) => ok || problems.push(what);
    const sameArea = (a: { rw: number; rt: number }, b?: { rw: number; rt: number }) =>
      !!b && a.rw === b.rw && a.rt === b.rt;
    for (const r of kelurahan.residents) check(sameArea(r, households.get(r.householdId)), r.id);
    for (const v of kelurahan.visits) check(sameArea(v, households.get(v.householdId)), v.id);
    for (const d of [...kelurahan.doses, ...kelurahan.isoman]) {
      const resident = residents.get(d.residentId);
      check(sameArea(d, resident) && d.householdId === resident?.householdId, d.id);
    }
    const byResident = new Map<string, typeof kelurahan.doses>();
    for (const d of kelurahan.doses) {
      const list = byResident.get(d.residentId);
      if (list) list.push(d);
      else byResident.set(d.residentId, [d]);
    }
    for (const [residentId, doses] of byResident) {
      const date = (kind: string) => doses.find((d) => d.kind === kind)?.date;
      for (const d of doses) check(d.date >= '2021-01-13' && d.date <= today, `${d.id} date`);
      const [d1, d2, b1, b2] = ['dosis1', 'dosis2', 'booster1', 'booster2'].map(date);
      check(d1 !== undefined, `${residentId} no dosis 1`);
      check(!d2 || d2 > d1!, `${residentId} dosis 2`);
      check(!b1 || b1 > (d2 ?? d1)!, `${residentId} booster 1`);
      check(!b2 || (!!b1 && b2 > b1), `${residentId} booster 2`);
    }
    expect(problems).toEqual([]);
  });

  it('gives a plausible mix of vaccination, visits and isoman', () => {
    const coverage = computeCoverage(kelurahan, today).total;
    expect(coverage.pctDosis1).toBeGreaterThan(0.78);
    expect(coverage.pctDosis1).toBeLessThan(0.93);
    expect(coverage.pctLengkap).toBeGreaterThan(0.68);
    expect(coverage.pctLengkap).toBeLessThan(0.83);
    expect(coverage.pctBooster).toBeGreaterThan(0.27);
    expect(coverage.pctBooster).toBeLessThan(0.43);
    // Visited: a finished visit (nobody home or refused, the last outcome of ~13%, is not).
    expect(coverage.householdsVisited / coverage.households).toBeGreaterThan(0.7);
    expect(coverage.householdsVisited / coverage.households).toBeLessThan(0.97);
    expect(kelurahan.visits.some((v) => v.revisitNeeded && v.revisitDate)).toBe(true);
    expect(coverage.activeIsoman).toBeGreaterThan(5);
    expect(kelurahan.isoman.filter((i) => i.outcome).length).toBeGreaterThan(coverage.activeIsoman);
    const unvaccinated = coverage.eligible - coverage.dosis1;
    expect(coverage.unvaccinatedByReason['tanpa-alasan']).toBeLessThan(unvaccinated * 0.3);
    // Single-dose Janssen completes the series without a dosis 2.
    const janssen = kelurahan.doses.filter((d) => d.product === 'janssen' && d.kind === 'dosis1');
    expect(janssen.length).toBeGreaterThan(0);
    const doses = kelurahan.doses.filter((d) => d.residentId === janssen[0]!.residentId);
    expect(doses.some((d) => d.kind === 'dosis2')).toBe(false);
    expect(['lengkap', 'booster']).toContain(deriveStatus(doses));
  });

  it('puts most households on the map, inside the kelurahan', () => {
    const { lat, lng, clearanceM } = kelurahanCentre(code);
    const located = kelurahan.households.filter((h) => h.location);
    expect(located.length / kelurahan.households.length).toBeGreaterThan(0.85);
    for (const h of located) {
      const dy = (h.location!.lat - lat) * 110_540;
      const dx = (h.location!.lng - lng) * 111_320 * Math.cos((lat * Math.PI) / 180);
      expect(Math.hypot(dx, dy)).toBeLessThan(clearanceM);
    }
  });
});

describe('generateRw', () => {
  it('gives one RW of about 700 households and 2,500 residents', () => {
    const rw = generateRw({ today });
    expect(rw.households.length).toBeGreaterThan(620);
    expect(rw.households.length).toBeLessThan(780);
    expect(rw.residents.length).toBeGreaterThan(2_150);
    expect(rw.residents.length).toBeLessThan(2_850);
    expect(new Set(rw.households.map((h) => h.rw))).toEqual(new Set([1]));
  });
});
