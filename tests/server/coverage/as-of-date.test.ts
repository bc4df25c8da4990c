// Property: coverage as of a past day (city, kelurahan, RW, RT, their trends and the weekly
// report) equals a count by the dates of vaccination made here from the residents and doses
// pushed, not with the server's code: once after a first push, and again after doses recorded
// late (dated in the past) and voids of doses already counted. So does "lengkap dengan bukti",
// counting only the doses proven by a certificate QR or the card.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CityCoverage,
  KelurahanCoverage,
  RwCoverage,
  TrendPoint,
  WeeklyReport,
} from '@shared/coverage/api';
import { addDays, yearsBetween } from '@shared/dates';
import { uuidv7 } from '@shared/ids';
import { isoWeekDays, isoWeekOf } from '@shared/reports/iso-week';
import type { Mutation } from '@shared/sync/protocol';
import { isZero, SUM_COLUMNS, vectorOfRow } from '@server/coverage/counts';
import { countsAsOf } from '@server/coverage/dated-queries';
import { jakartaToday } from '@server/coverage/today';
import type { Database } from '@server/db/database';
import { updateCoverage } from '@server/coverage/upkeep';
import { useApp } from '../helpers/app';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import { KELURAHAN, OTHER_KELURAHAN, TestDevice, householdValues } from '../helpers/device';
import { getJson } from './brute-force';

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
  // Doses from this one on are recorded late: pushed after the first figures were asked,
  // with their dates in the past. Voids come then too, of doses counted before or not.
  lateFrom: fc.nat(3),
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

/** What the server has been told: the first push (on-time doses), or everything since. */
type Phase = 'first' | 'all';

/** The doses of the resident the server counts after `phase`. */
function countedDoses(r: ResidentSpec, phase: Phase): Dose[] {
  const doses = dosesOf(r);
  if (phase === 'first') return doses.slice(0, r.lateFrom);
  if (r.voidLast) doses.pop();
  return doses;
}

/** The brute force: every resident's status on `day` from the doses dated up to it. */
function countOn(residents: readonly ResidentSpec[], day: string, phase: Phase) {
  const units = new Map<string, Tally>();
  const add = (key: string, t: Tally) => {
    const u = units.get(key) ?? zero();
    for (const k of Object.keys(t) as (keyof Tally)[]) u[k] += t[k];
    units.set(key, u);
  };
  for (const r of residents) {
    if (r.status !== 'aktif') continue;
    const birth = addDays('1950-01-01', r.born);
    const doses = countedDoses(r, phase);
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
/** The counts a trend point and a weekly report row carry (no "lengkap dengan bukti"). */
const core = ({ eligible, dosis1, lengkap, booster }: Omit<Tally, 'lengkapBukti'>) => ({
  eligible,
  dosis1,
  lengkap,
  booster,
});

/**
 * The days whose figures the late records change, and the weeks around them: the day before
 * and the date of (at most) two late or voided doses, a week and two weeks on.
 */
function daysAround(residents: readonly ResidentSpec[]): string[] {
  const moved = residents.flatMap((r) => {
    const doses = dosesOf(r);
    const late = doses.slice(r.lateFrom);
    if (r.voidLast && doses.length > 0 && r.lateFrom >= doses.length) late.push(doses.at(-1)!);
    return late.map((d) => d.date);
  });
  return [...new Set(moved)]
    .slice(0, 2)
    .flatMap((d) => [addDays(d, -1), d, addDays(d, 7), addDays(d, 14)])
    .filter((d) => d >= PROGRAMME_START && d <= today);
}

/**
 * The sums kept for the city's figures against the rows they sum: the kelurahan tree as of
 * `day` (migration 016) and the city's day rows (017) against the kelurahan day rows, the
 * recorded figures per kelurahan (017) against the RT day rows; every count column.
 */
async function expectSumsOfDayRows(db: Database, day: string) {
  const byKey = (rows: Record<string, unknown>[]) =>
    new Map(
      rows
        .map((r) => ({ key: String(r.key), counts: vectorOfRow(r) }))
        .filter((g) => !isZero(g.counts))
        .map((g) => [g.key, g.counts]),
    );
  const sums = (sql: string, params: unknown[] = []) =>
    db.query(sql, params).then((rows) => byKey(rows));
  const tree = await countsAsOf(db, {}, 'kelurahan', day);
  expect(new Map(tree.map((g) => [g.key, g.counts])), `tree ${day}`).toEqual(
    await sums(
      `SELECT kelurahan_code AS key, ${SUM_COLUMNS} FROM coverage_dated_kelurahan
       WHERE day <= $1 GROUP BY 1`,
      [day],
    ),
  );
  expect(await sums(`SELECT day::text AS key, * FROM coverage_dated_city`), 'city days').toEqual(
    await sums(
      `SELECT day::text AS key, ${SUM_COLUMNS} FROM coverage_dated_kelurahan GROUP BY day`,
    ),
  );
  const recorded =
    'sum(dosis1)::int AS dosis1, sum(lengkap)::int AS lengkap, sum(booster)::int AS booster';
  expect(
    await sums(
      `SELECT day || kelurahan_code AS key, ${recorded} FROM coverage_recorded_kelurahan GROUP BY 1`,
    ),
    'recorded',
  ).toEqual(
    await sums(`SELECT day || kelurahan_code AS key, ${recorded} FROM coverage_days GROUP BY 1`),
  );
}

describe.each(DATABASES)('coverage as of a past day ($name)', (kind) => {
  const ctx = useApp(kind);

  /** Every figure as of each day against the brute force after `phase`. */
  async function expectCounts(residents: readonly ResidentSpec[], days: string[], phase: Phase) {
    const wants = new Map<string, ReturnType<typeof countOn>>();
    const want = (day: string) => {
      if (!wants.has(day)) wants.set(day, countOn(residents, day, phase));
      return wants.get(day)!;
    };
    /** The trend's points a week, two and five weeks before its last day. */
    const expectTrend = (trend: TrendPoint[], key: string, label: string) => {
      for (const back of [0, 7, 14, 35]) {
        const point = trend.at(-1 - back);
        if (point)
          expect(core(point), `${label} trend ${point.date}`).toEqual(core(want(point.date)(key)));
      }
    };
    for (const day of [...new Set(days)]) {
      await expectSumsOfDayRows(ctx.t.db, day);
      const city = await getJson<CityCoverage>(ctx.app, `/api/coverage/city?date=${day}`);
      expect(pick(city.total), day).toEqual(want(day)('city'));
      // Everything reached the server today: recorded in a week up to today is all of it.
      const recorded = (key: string) => {
        const { dosis1, lengkap, booster } = day === today ? want(today)(key) : zero();
        return { dosis1, lengkap, booster };
      };
      expect(city.total.recordedThisWeek, `${day} recorded`).toEqual(recorded('city'));
      expectTrend(city.trend, 'city', `${day} city`);
      for (const code of [KELURAHAN, OTHER_KELURAHAN]) {
        const row = city.kelurahan.find((k) => k.key === code)!;
        expect(pick(row), day).toEqual(want(day)(code));
        expect(row.recordedThisWeek, `${day} ${code} recorded`).toEqual(recorded(code));
        const kel = await getJson<KelurahanCoverage>(
          ctx.app,
          `/api/coverage/kelurahan/${code}?date=${day}`,
        );
        expect(pick(kel.total), `${day} ${code}`).toEqual(want(day)(code));
        expect(kel.total.recordedThisWeek, `${day} ${code} recorded`).toEqual(recorded(code));
        expectTrend(kel.trend, code, `${day} ${code}`);
        for (const rw of kel.rws) {
          expect(pick(rw), `${day} RW ${rw.key}`).toEqual(want(day)(`${code}|${rw.key}`));
          const rts = await getJson<RwCoverage>(
            ctx.app,
            `/api/coverage/kelurahan/${code}/rw/${rw.key}?date=${day}`,
          );
          for (const rt of rts.rts) {
            expect(pick(rt), `${day} RT ${rt.key}`).toEqual(
              want(day)(`${code}|${rw.key}|${rt.key}`),
            );
          }
        }
      }
    }
    // The weekly report of each day's week: coverage at its Sunday (today in the current
    // week) and the change in lengkap against the Sunday before, per kelurahan and RW.
    for (const week of [...new Set(days.map((d) => isoWeekOf(d)))]) {
      const { from, to } = isoWeekDays(week)!;
      const end = to < today ? to : today;
      const report = await getJson<WeeklyReport>(ctx.app, `/api/reports/weekly?week=${week}`);
      for (const row of report.rows) {
        const key = row.rw === null ? row.kelurahanCode : `${row.kelurahanCode}|${row.rw}`;
        expect(core(row), `${week} ${key}`).toEqual(core(want(end)(key)));
        const change = want(end)(key).lengkap - want(addDays(from, -1))(key).lengkap;
        expect(row.lengkapChange, `${week} ${key} change`).toBe(change);
      }
    }
  }

  it('equals a count by the dates of vaccination, after late doses and voids too', async () => {
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
          const first: Mutation[] = households.map((h) => device.put('household', h.id, h.values));
          // Made after the first push: a device's sequence numbers go up in the order it sends.
          const late: (() => Mutation)[] = [];
          const voided: string[] = [];
          residents.forEach((r, n) => {
            const h = households[r.place]!;
            const residentId = uuidv7();
            first.push(
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
            const ids = dosesOf(r).map((d, i) => {
              const id = uuidv7();
              const put = () =>
                device.put('dose', id, {
                  residentId,
                  householdId: h.id,
                  ...h.p,
                  kind: d.kind,
                  date: d.date,
                  product: r.janssen ? 'janssen' : 'astrazeneca',
                  ...PROOFS[d.proof]!.values,
                });
              if (i < r.lateFrom) first.push(put());
              else late.push(put);
              return id;
            });
            if (r.voidLast && ids.length) voided.push(ids.at(-1)!);
          });
          const push = async (batch: Mutation[]) => {
            if (batch.length === 0) return;
            const { results } = await device.push(batch);
            expect(results.map((x) => x.status)).toEqual(batch.map(() => 'applied'));
          };
          const asked = [...askDays.map((n) => dayAfterStart(n)), today];
          await push(first);
          await expectCounts(residents, asked, 'first');

          await push(late.map((put) => put()));
          await push(voided.map((id) => device.delete('dose', id)));
          await expectCounts(residents, [...asked, ...daysAround(residents)], 'all');
          // The daily rebuild changes nothing of what is dated.
          await updateCoverage(ctx.t.db, today, true);
          await expectCounts(residents, asked, 'all');
        },
      ),
      { numRuns: 6 },
    );
  }, 600_000);
});
