// "Lengkap dengan bukti" in the aggregates: residents complete counting only their doses proven
// by a certificate QR or the vaccination card, counted here from the doses read back from the
// database (not with the server's code), per kelurahan, RW and RT; and migration 018's path:
// aggregates built before the column existed (its counts zero) are brought right by the rebuild
// the next start runs.
import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage, RwCoverage } from '@shared/coverage/api';
import { uuidv7 } from '@shared/ids';
import type { Mutation } from '@shared/sync/protocol';
import { claimRebuild, updateCoverage } from '@server/coverage/upkeep';
import { jakartaToday } from '@server/coverage/today';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice, doseValues, type Area } from '../helpers/device';
import { getJson } from './brute-force';

const PLACES: Area[] = [AREA, { ...AREA, rt: 6 }, { ...AREA, rw: 4, rt: 1 }];
const PROOFS = [
  {},
  { proof: null },
  { proof: 'ucapan' },
  { proof: 'kartu' },
  { proof: 'qr', proofText: 'https://sertifikat.example/x', proofMismatch: [] },
  { proof: 'qr', proofText: 'QR-X', proofMismatch: ['nik'] },
];
const SERIES = [['dosis1'], ['dosis1', 'dosis2'], ['dosis1', 'dosis2', 'booster1']] as const;
const DATES = { dosis1: '2021-07-01', dosis2: '2021-10-01', booster1: '2022-03-01' };

describe.each(DATABASES)('lengkap dengan bukti ($name)', (kind) => {
  const ctx = useApp(kind);

  /** Every combination of place, series and proofs: 3 × (6 + 36 + 216) residents. */
  async function seed() {
    const device = new TestDevice(ctx.app);
    let mutations: Mutation[] = [];
    for (const place of PLACES) {
      for (const series of SERIES) {
        const combos = series.reduce<number[][]>(
          (all) => all.flatMap((c) => PROOFS.map((_, p) => [...c, p])),
          [[]],
        );
        for (const proofs of combos) {
          const h = device.household(1, place);
          const residentId = h.residentIds[0]!;
          mutations.push(...h.mutations);
          series.forEach((kind, i) =>
            mutations.push(
              device.put('dose', uuidv7(), {
                ...doseValues(residentId, h.householdId, place),
                kind,
                date: DATES[kind],
                product: 'astrazeneca',
                ...PROOFS[proofs[i]!],
              }),
            ),
          );
          if (mutations.length > 400) {
            await device.push(mutations);
            mutations = [];
          }
        }
      }
    }
    await device.push(mutations);
  }

  /** The brute force: per RW/RT key, residents whose QR- or card-proven doses complete them. */
  async function countFromRecords() {
    const doses = await ctx.t.db.query<{
      resident_id: string;
      rw: number;
      rt: number;
      fields: { kind: string; proof?: string | null };
    }>('SELECT resident_id, rw, rt, fields FROM doses WHERE kelurahan_code = $1 AND NOT deleted', [
      KELURAHAN,
    ]);
    const proven = new Map<string, { key: string; kinds: Set<string> }>();
    for (const d of doses) {
      const entry = proven.get(d.resident_id) ?? { key: `${d.rw}/${d.rt}`, kinds: new Set() };
      proven.set(d.resident_id, entry);
      if (d.fields.proof === 'qr' || d.fields.proof === 'kartu') entry.kinds.add(d.fields.kind);
    }
    const counts = new Map<string, number>();
    let lengkap = 0;
    for (const { key, kinds } of proven.values()) {
      // AstraZeneca: dosis 2 completes the series; a booster implies it.
      if (!kinds.has('dosis2') && !kinds.has('booster1')) continue;
      lengkap++;
      for (const k of [key, key.split('/')[0]!]) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return { total: lengkap, of: (key: string) => counts.get(key) ?? 0 };
  }

  async function expectAggregates(want: Awaited<ReturnType<typeof countFromRecords>>) {
    const kel = await getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${KELURAHAN}`);
    expect(kel.total.lengkapBukti).toBe(want.total);
    expect(kel.total.pctLengkapBukti).toBeCloseTo(want.total / kel.total.eligible, 12);
    expect(kel.total.lengkapBukti).toBeLessThan(kel.total.lengkap);
    expect(kel.rws.map((r) => [r.key, r.lengkapBukti])).toEqual(
      kel.rws.map((r) => [r.key, want.of(r.key)]),
    );
    for (const rw of kel.rws) {
      const answer = await getJson<RwCoverage>(
        ctx.app,
        `/api/coverage/kelurahan/${KELURAHAN}/rw/${rw.key}`,
      );
      expect(answer.rts.map((r) => [r.key, r.lengkapBukti])).toEqual(
        answer.rts.map((r) => [r.key, want.of(r.key)]),
      );
    }
    const asOf = await getJson<KelurahanCoverage>(
      ctx.app,
      `/api/coverage/kelurahan/${KELURAHAN}?date=${jakartaToday()}`,
    );
    expect(asOf.total.lengkapBukti).toBe(want.total);
  }

  it('equals a count of the proven doses read back, per kelurahan, RW and RT', async () => {
    await seed();
    const want = await countFromRecords();
    // Per place: of the 36 two-dose series, those with dosis 2 proven (3 proofs of 6): 18; of
    // the 216 three-dose series, dosis 2 or the booster proven (1 - 1/2 × 1/2): 162.
    expect(want.total).toBe(3 * (18 + 162));
    await expectAggregates(want);
  }, 300_000);

  it('aggregates made before migration 018 are brought right by the next rebuild', async () => {
    await seed();
    const want = await countFromRecords();
    await ctx.app.coverageWorker.settled(60_000);
    // As a database migrated from 017 holds them: the new column zero everywhere.
    for (const table of [
      'coverage_households',
      'coverage_rt',
      'coverage_dated_rt',
      'coverage_dated_rw',
      'coverage_dated_kelurahan',
    ]) {
      await ctx.t.db.exec(`UPDATE ${table} SET lengkap_bukti = 0`);
    }
    await ctx.t.db.exec(
      `UPDATE coverage_households SET dated = (
         SELECT coalesce(jsonb_object_agg(day, changes - '19'), '{}') FROM jsonb_each(dated) AS e(day, changes))`,
    );
    await ctx.t.db.exec('UPDATE coverage_state SET eligibility_on = NULL, rebuild_on = NULL');
    expect(
      (await getJson<KelurahanCoverage>(ctx.app, `/api/coverage/kelurahan/${KELURAHAN}`)).total
        .lengkapBukti,
    ).toBe(0);
    // What the server does at start after the migration: claims the day and rebuilds.
    expect(await claimRebuild(ctx.t.db, jakartaToday())).toBe(true);
    await updateCoverage(ctx.t.db, jakartaToday(), true);
    await expectAggregates(want);
  }, 300_000);
});
