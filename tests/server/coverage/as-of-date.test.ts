// Property: coverage as of a past day (city, kelurahan, RW, RT) equals a count by the dates of
// vaccination made here from the residents and doses pushed, not with the server's code; so
// does "lengkap dengan bukti", counting only the doses proven by a certificate QR or the card.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CityCoverage, KelurahanCoverage, RwCoverage } from '@shared/coverage/api';
import { addDays, yearsBetween } from '@shared/dates';
import { uuidv7 } from '@shared/ids';
import type { Mutation } from '@shared/sync/protocol';
import { jakartaToday } from '@server/coverage/today';
import { updateCoverage } from '@server/coverage/upkeep';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN, OTHER_KELURAHAN, TestDevice, householdValues } from '../helpers/device';
import { getJson } from './brute-force';

const COVERAGE_TABLES =
  'coverage_households, coverage_rt, coverage_days, coverage_dated_rt, coverage_dated_kelurahan, coverage_dated_rw, coverage_state';
const PLACES = [
  { kelurahanCode: KELURAHAN, rw: 3, rt: 1 },
  { kelurahanCode: KELURAHAN, rw: 3, rt: 2 },
  { kelurahanCode: KELURAHAN, rw: 4, rt: 1 },
  { kelurahanCode: OTHER_KELURAHAN, rw: 1, rt: 1 },
];
const PROGRAMME_START = '2021-01-13';
const today = jakartaToday();
/** Days from the programme's start to today. */
const SPAN = Math.round((Date.parse(today) - Date.parse(PROGRAMME_START)) / 86_400_000);
const dayAfterStart = (n: number) => addDays(PROGRAMME_START, n % (SPAN + 1));

const residentArb = fc.record({
  place: fc.nat(PLACES.length - 1),
  // Born from 1950 to last year: children turn 6 during the programme, some after today.
  born: fc.integer({ min: 0, max: 27_000 }),
  status: fc.constantFrom('aktif', 'aktif', 'aktif', 'pindah', 'meninggal'),
  // A series as the dose rules accept it: dosis 1 (Janssen completes it), dosis 2 at least
  // 84 days later, booster 1 at least 100 days after the series; the last one maybe voided.
  doses: fc.nat(3),
  janssen: fc.boolean(),
  firstAfter: fc.nat(SPAN),
  gaps: fc.tuple(fc.integer({ min: 84, max: 400 }), fc.integer({ min: 100, max: 500 })),
  voidLast: fc.boolean(),
  // Each dose's proof, an index in PROOFS.
  proofs: fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4)),
});
const PROOFS: { values: Record<string, unknown>; proven: boolean }[] = [
  { values: {}, proven: false },
  { values: { proof: 'ucapan' }, proven: false },
  { values: { proof: 'kartu' }, proven: true },
  {
    values: { proof: 'qr', proofText: 'https://sertifikat.example/1', proofMismatch: [] },
    proven: true,
  },
  { values: { proof: 'qr', proofText: 'QR-2', proofMismatch: ['tanggal'] }, proven: true },
];
type ResidentSpec = typeof residentArb extends fc.Arbitrary<infer A> ? A : never;

type Tally = {
  eligible: number;
  dosis1: number;
  lengkap: number;
  booster: number;
  lengkapBukti: number;
};
const zero = (): Tally => ({ eligible: 0, dosis1: 0, lengkap: 0, booster: 0, lengkapBukti: 0 });

type Dose = { kind: 'dosis1' | 'dosis2' | 'booster1'; date: string; rank: number; proof: number };

/** The resident's doses, those dated after today left out (a phone cannot record them). */
function dosesOf(r: ResidentSpec): Dose[] {
  const birth = addDays('1950-01-01', r.born);
  const start = birth > PROGRAMME_START ? birth : PROGRAMME_START;
  const first = addDays(start, r.firstAfter);
  const doses: Dose[] = [
    { kind: 'dosis1', date: first, rank: r.janssen ? 2 : 1, proof: r.proofs[0] },
  ];
  let last = first;
  if (!r.janssen) {
    last = addDays(first, r.gaps[0]);
    doses.push({ kind: 'dosis2', date: last, rank: 2, proof: r.proofs[1] });
  }
  doses.push({ kind: 'booster1', date: addDays(last, r.gaps[1]), rank: 3, proof: r.proofs[2] });
  return doses.slice(0, r.doses).filter((d) => d.date <= today);
}

/** The brute force: every resident's status on `day` from the doses dated up to it. */
function countOn(residents: readonly ResidentSpec[], day: string) {
  const units = new Map<string, Tally>();
  const add = (key: string, t: Tally) => {
    const u = units.get(key) ?? zero();
    for (const k of Object.keys(t) as (keyof Tally)[]) u[k] += t[k];
    units.set(key, u);
  };
  for (const r of residents) {
    if (r.status !== 'aktif') continue;
    const birth = addDays('1950-01-01', r.born);
    const doses = dosesOf(r);
    if (r.voidLast) doses.pop();
    const given = doses.filter((d) => d.date <= day);
    const rank = Math.max(0, ...given.map((d) => d.rank));
    if (rank === 0 && yearsBetween(birth, day) < 6) continue;
    const proven = Math.max(0, ...given.filter((d) => PROOFS[d.proof]!.proven).map((d) => d.rank));
    const p = PLACES[r.place]!;
    const t = {
      eligible: 1,
      dosis1: +(rank >= 1),
      lengkap: +(rank >= 2),
      booster: +(rank >= 3),
      lengkapBukti: +(proven >= 2),
    };
    for (const key of ['city', p.kelurahanCode, `${p.kelurahanCode}|${p.rw}`]) add(key, t);
    add(`${p.kelurahanCode}|${p.rw}|${p.rw}/${p.rt}`, t);
  }
  return (key: string) => units.get(key) ?? zero();
}

const pick = ({ eligible, dosis1, lengkap, booster, lengkapBukti }: Tally) => ({
  eligible,
  dosis1,
  lengkap,
  booster,
  lengkapBukti,
});

describe.each(DATABASES)('coverage as of a past day ($name)', (kind) => {
  const ctx = useApp(kind);

  it('equals a count by the dates of vaccination, for the city, kelurahan, RW and RT', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(residentArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(SPAN), { minLength: 2, maxLength: 4 }),
        async (residents, askDays) => {
          await ctx.reset();
          await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
          const device = new TestDevice(ctx.app);
          const households = PLACES.map((p, i) => ({
            id: uuidv7(),
            p,
            values: householdValues(p, i),
          }));
          const mutations: Mutation[] = households.map((h) =>
            device.put('household', h.id, h.values),
          );
          const voided: string[] = [];
          residents.forEach((r, n) => {
            const h = households[r.place]!;
            const residentId = uuidv7();
            mutations.push(
              device.put('resident', residentId, {
                householdId: h.id,
                ...h.p,
                name: `Warga ${n}`,
                birthDate: addDays('1950-01-01', r.born),
                sex: 'L',
                relation: 'lainnya',
                ktpElsewhere: false,
                residenceStatus: r.status,
              }),
            );
            const ids = dosesOf(r).map((d) => {
              const id = uuidv7();
              mutations.push(
                device.put('dose', id, {
                  residentId,
                  householdId: h.id,
                  ...h.p,
                  kind: d.kind,
                  date: d.date,
                  product: r.janssen ? 'janssen' : 'astrazeneca',
                  ...PROOFS[d.proof]!.values,
                }),
              );
              return id;
            });
            if (r.voidLast && ids.length) voided.push(ids.at(-1)!);
          });
          // Made after the puts: a device's sequence numbers go up in the order it sends.
          const voids = voided.map((id) => device.delete('dose', id));
          for (const batch of [mutations, voids]) {
            if (batch.length === 0) continue;
            const { results } = await device.push(batch);
            expect(results.map((x) => x.status)).toEqual(batch.map(() => 'applied'));
          }
          // The daily rebuild changes nothing of what is dated.
          await updateCoverage(ctx.t.db, today, true);

          for (const day of [...askDays.map((n) => dayAfterStart(n)), today]) {
            const want = countOn(residents, day);
            const city = await getJson<CityCoverage>(ctx.app, `/api/coverage/city?date=${day}`);
            expect(pick(city.total), day).toEqual(want('city'));
            for (const code of [KELURAHAN, OTHER_KELURAHAN]) {
              expect(pick(city.kelurahan.find((k) => k.key === code)!), day).toEqual(want(code));
              const kel = await getJson<KelurahanCoverage>(
                ctx.app,
                `/api/coverage/kelurahan/${code}?date=${day}`,
              );
              const { lengkapBukti: _, ...trendPart } = want(code);
              expect(kel.trend.at(-1), day).toMatchObject(trendPart);
              for (const rw of kel.rws) {
                expect(pick(rw), `${day} RW ${rw.key}`).toEqual(want(`${code}|${rw.key}`));
                const rts = await getJson<RwCoverage>(
                  ctx.app,
                  `/api/coverage/kelurahan/${code}/rw/${rw.key}?date=${day}`,
                );
                for (const rt of rts.rts) {
                  expect(pick(rt), `${day} RT ${rt.key}`).toEqual(
                    want(`${code}|${rw.key}|${rt.key}`),
                  );
                }
              }
            }
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);
});
