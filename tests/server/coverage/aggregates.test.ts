// Property: after any sequence of changes pushed through the real push path, the aggregates of
// every level (city, kelurahan, RW, RT) equal computeCoverage over every record read back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CityCoverage, KelurahanCoverage, RwCoverage } from '@shared/coverage/api';
import { addDays } from '@shared/dates';
import { computeCoverage, finishCoverage, type CoverageInput } from '@shared/domain/coverage';
import { VISIT_OUTCOMES } from '@shared/domain/visit-outcome';
import { KECAMATAN } from '@shared/wilayah/wilayah';
import { uuidv7 } from '@shared/ids';
import type { Mutation } from '@shared/sync/protocol';
import { jakartaToday } from '@server/coverage/today';
import { updateCoverage } from '@server/coverage/upkeep';
import { useApp } from '../helpers/app';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import {
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  householdValues,
  residentValues,
} from '../helpers/device';
import { coverageOf, expected, getJson, readAll } from './brute-force';

const PLACES = [
  { kelurahanCode: KELURAHAN, rw: 3, rt: 1 },
  { kelurahanCode: KELURAHAN, rw: 3, rt: 2 },
  { kelurahanCode: KELURAHAN, rw: 4, rt: 1 },
  { kelurahanCode: OTHER_KELURAHAN, rw: 1, rt: 1 },
];
const REASONS = [null, 'menolak', 'hamil', 'tidak-di-tempat'];
const PRODUCTS = ['coronavac', 'janssen'];
const KINDS = ['dosis1', 'dosis2', 'booster1'];
const DOSE_DATES = ['2021-07-01', '2021-08-15', '2022-01-15'];
// Lengkap dengan bukti counts only QR and card; a mismatched QR still proves a dose was given.
const PROOFS = [
  {},
  { proof: null },
  { proof: 'ucapan' },
  { proof: 'kartu' },
  { proof: 'qr', proofText: 'https://sertifikat.example/abc', proofMismatch: [] },
  { proof: 'qr', proofText: 'QR-123', proofMismatch: ['nama'] },
];

type World = {
  households: { id: string; place: number }[];
  residents: { id: string; h: number }[];
  doses: string[];
  isoman: string[];
};

const action = fc.oneof(
  fc.record({ a: fc.constant('household'), place: fc.nat(3), gps: fc.boolean() }),
  fc.record({
    a: fc.constant('resident'),
    h: fc.nat(),
    age: fc.constantFrom(2, 5, 30, 70),
    reason: fc.nat(3),
    aktif: fc.boolean(),
  }),
  fc.record({
    a: fc.constant('edit-resident'),
    r: fc.nat(),
    reason: fc.nat(3),
    aktif: fc.boolean(),
  }),
  fc.record({ a: fc.constant('delete-resident'), r: fc.nat() }),
  fc.record({ a: fc.constant('delete-household'), h: fc.nat() }),
  fc.record({
    a: fc.constant('dose'),
    r: fc.nat(),
    kind: fc.nat(2),
    product: fc.nat(1),
    proof: fc.nat(PROOFS.length - 1),
  }),
  fc.record({ a: fc.constant('delete-dose'), d: fc.nat() }),
  fc.record({ a: fc.constant('isoman'), r: fc.nat(), daysAgo: fc.nat(20) }),
  fc.record({ a: fc.constant('close-isoman'), i: fc.nat() }),
  fc.record({ a: fc.constant('delete-isoman'), i: fc.nat() }),
  fc.record({ a: fc.constant('visit'), h: fc.nat(), outcome: fc.constantFrom(...VISIT_OUTCOMES) }),
  fc.record({ a: fc.constant('move-household'), h: fc.nat(), place: fc.nat(3) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** The mutation a device sends for an action, picking among records made so far. */
function mutationOf(device: TestDevice, w: World, act: Action, today: string): Mutation | null {
  const pick = <T>(list: T[], n: number) => (list.length ? list[n % list.length]! : undefined);
  switch (act.a) {
    case 'household': {
      const id = uuidv7();
      w.households.push({ id, place: act.place });
      const values = householdValues(PLACES[act.place]!, w.households.length);
      const location = act.gps ? { location: { lat: -6.24, lng: 106.99, accuracy: 10 } } : {};
      return device.put('household', id, { ...values, ...location });
    }
    case 'resident': {
      const h = pick(w.households, act.h);
      if (!h) return null;
      const id = uuidv7();
      w.residents.push({ id, h: w.households.indexOf(h) });
      return device.put('resident', id, {
        ...residentValues(h.id, PLACES[h.place]!),
        birthDate: addDays(today, -Math.round(act.age * 365.25) - 10),
        notVaccinatedReason: REASONS[act.reason],
        residenceStatus: act.aktif ? 'aktif' : 'pindah',
      });
    }
    case 'edit-resident': {
      const r = pick(w.residents, act.r);
      if (!r) return null;
      return device.put('resident', r.id, {
        notVaccinatedReason: REASONS[act.reason],
        residenceStatus: act.aktif ? 'aktif' : 'meninggal',
      });
    }
    case 'delete-resident': {
      const r = pick(w.residents, act.r);
      return r ? device.delete('resident', r.id) : null;
    }
    case 'delete-household': {
      const h = pick(w.households, act.h);
      return h ? device.delete('household', h.id) : null;
    }
    case 'dose': {
      const r = pick(w.residents, act.r);
      if (!r) return null;
      const h = w.households[r.h]!;
      const id = uuidv7();
      w.doses.push(id);
      return device.put('dose', id, {
        residentId: r.id,
        householdId: h.id,
        ...PLACES[h.place]!,
        kind: KINDS[act.kind],
        product: PRODUCTS[act.product],
        // Apart by more than the intervals (dose-rules.ts), so a series in order is accepted.
        date: DOSE_DATES[act.kind],
        ...PROOFS[act.proof],
      });
    }
    case 'delete-dose': {
      const d = pick(w.doses, act.d);
      return d ? device.delete('dose', d) : null;
    }
    case 'isoman': {
      const r = pick(w.residents, act.r);
      if (!r) return null;
      const h = w.households[r.h]!;
      const id = uuidv7();
      w.isoman.push(id);
      const startDate = addDays(today, -act.daysAgo);
      return device.put('isoman', id, {
        residentId: r.id,
        householdId: h.id,
        ...PLACES[h.place]!,
        startDate,
        expectedEndDate: addDays(startDate, 10),
      });
    }
    case 'close-isoman': {
      const i = pick(w.isoman, act.i);
      return i ? device.put('isoman', i, { outcome: 'sembuh', outcomeDate: today }) : null;
    }
    case 'delete-isoman': {
      const i = pick(w.isoman, act.i);
      return i ? device.delete('isoman', i) : null;
    }
    case 'move-household': {
      // Its residents, doses, isoman and visits follow it (an admin kota may move it).
      const h = pick(w.households, act.h);
      if (!h) return null;
      h.place = act.place;
      return device.put('household', h.id, { ...PLACES[act.place]! });
    }
    case 'visit': {
      const h = pick(w.households, act.h);
      if (!h) return null;
      return device.put('visit', uuidv7(), {
        householdId: h.id,
        ...PLACES[h.place]!,
        at: new Date().toISOString(),
        outcome: act.outcome,
        revisitNeeded: false,
      });
    }
  }
}

describe.each(DATABASES)('coverage aggregates ($name)', (kind) => {
  const ctx = useApp(kind);

  async function checkAgainstRecords(today: string) {
    const records = await readAll(ctx.t.db);
    const want = expected(records, today);
    const city = await getJson<CityCoverage>(ctx.app, '/api/coverage/city');
    expect(city.kelurahan).toHaveLength(56);
    let clusters = 0;
    for (const k of city.kelurahan) {
      const e = want.kelurahan.get(k.key);
      if (!e) {
        expect(k.residents + k.households).toBe(0);
        continue;
      }
      clusters += e.clusters.total;
      expect(coverageOf(k)).toEqual(e.total);
      expect(k.familyClusters).toBe(e.clusters.total);
      const kel = await getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${k.key}`);
      expect(coverageOf(kel.total)).toEqual(e.total);
      expect(kel.rws.map((r) => [Number(r.key), coverageOf(r), r.familyClusters])).toEqual(
        [...e.byRw]
          .sort((a, b) => a[0] - b[0])
          .map(([rw, c]) => [rw, c, e.clusters.byRw.get(rw) ?? 0]),
      );
      // The trend ends today at the counts of today.
      // (No trend at all when nothing ever counted: no day has a change.)
      const zero = { date: today, eligible: 0, lengkap: 0, activeIsoman: 0, householdsVisited: 0 };
      expect(kel.trend.at(-1) ?? zero).toMatchObject({
        date: today,
        eligible: e.total.eligible,
        lengkap: e.total.lengkap,
        activeIsoman: e.total.activeIsoman,
        householdsVisited: e.total.householdsVisited,
      });
      for (const rw of e.byRw.keys()) {
        const answer = await getJson<RwCoverage>(
          ctx.app,
          `/api/coverage/kelurahan/${k.key}/rw/${rw}`,
        );
        const rts = [...e.byRt].filter(([key]) => key.startsWith(`${rw}/`));
        expect(answer.rts.map((r) => [r.key, coverageOf(r), r.familyClusters])).toEqual(
          rts
            .sort((a, b) => Number(a[0].split('/')[1]) - Number(b[0].split('/')[1]))
            .map(([key, c]) => [key, c, e.clusters.byRt.get(key) ?? 0]),
        );
      }
    }
    expect(city.total.familyClusters).toBe(clusters);
    // Each kecamatan: computeCoverage over the records of its kelurahan together.
    expect(city.kecamatan).toHaveLength(KECAMATAN.length);
    for (const kec of KECAMATAN) {
      const codes = new Set(kec.kelurahan.map((k) => k.code));
      const row = city.kecamatan.find((r) => r.key === kec.code)!;
      const part = Object.fromEntries(
        Object.entries(records).map(([key, list]) => [
          key,
          (list as readonly { kelurahanCode: string }[]).filter((r) => codes.has(r.kelurahanCode)),
        ]),
      ) as unknown as CoverageInput;
      expect(coverageOf(row)).toEqual(computeCoverage(part, today).total);
    }
    const sum = (f: (c: typeof city.total) => number) =>
      city.kelurahan.reduce((n, k) => n + f(k), 0);
    expect(city.total.residents).toBe(sum((c) => c.residents));
    expect(coverageOf(city.total)).toEqual(finishCoverage({ ...coverageOf(city.total) }));
  }

  /** The RT rows that count anything (an RT whose records were all deleted may keep zeros). */
  async function rtRows() {
    const rows = await ctx.t.db.query('SELECT * FROM coverage_rt ORDER BY 1, 2, 3');
    return rows.filter((r) =>
      Object.entries(r).some(([k, v]) => !['kelurahan_code', 'rw', 'rt'].includes(k) && v !== 0),
    );
  }

  it('equal computeCoverage over the records after random sequences of pushes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 10 }),
        async (actions, batchSizes) => {
          await ctx.reset();
          await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
          const today = jakartaToday();
          const devices = [new TestDevice(ctx.app), new TestDevice(ctx.app)];
          const world: World = { households: [], residents: [], doses: [], isoman: [] };
          let i = 0;
          for (let b = 0; i < actions.length; b++) {
            const device = devices[b % 2]!;
            const size = batchSizes[b % batchSizes.length]!;
            const batch = actions
              .slice(i, i + size)
              .map((act) => mutationOf(device, world, act, today))
              .filter((m) => m !== null);
            i += size;
            if (batch.length) await device.push(batch);
          }
          await checkAgainstRecords(today);
          // A full rebuild finds nothing to change.
          const before = await rtRows();
          await updateCoverage(ctx.t.db, today, true);
          expect(await rtRows()).toEqual(before);
        },
      ),
      { numRuns: 12 },
    );
  });
});
