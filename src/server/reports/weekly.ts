import type { WeeklyReport, WeeklyReportRow } from '@shared/coverage/api';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { Queryable } from '../db/database';
import { addInto, fromVector, zeroVector, type CountVector } from '../coverage/counts';
import { weekTallies } from '../coverage/queries';
import { jakartaToday } from '../coverage/today';

type Tally = {
  end: CountVector;
  before: CountVector;
  visits: number;
  newIsoman: number;
  recorded: [number, number, number];
};

/**
 * The weekly report for the Sekda: per kelurahan (a total row, then each RW) the coverage at
 * the end of the week (Sunday; today while the week runs), its change over the week (against
 * the Sunday before), the visits and new isoman episodes dated in the week, and what reached
 * the server in the week. Coverage counts doses by their date of vaccination (as PCare and
 * WHO do): a dose recorded today with an August date changes August's weeks, and shows in
 * this week's "recorded" figures only.
 */
export async function weeklyReport(
  q: Queryable,
  week: { week: string; from: string; to: string },
  kelurahanCode?: string,
  options: { config?: ProgrammeConfig; now?: Date; today?: string } = {},
): Promise<WeeklyReport> {
  const config = options.config ?? DEFAULT_CONFIG;
  const today = options.today ?? jakartaToday(options.now?.getTime());
  const end = week.to < today ? week.to : today;
  const tallies = new Map<string, Map<number, Tally>>();
  for (const t of await weekTallies(
    q,
    kelurahanCode ? { kelurahanCode } : {},
    week.from,
    week.to,
    end,
  )) {
    let rws = tallies.get(t.kelurahanCode);
    if (!rws) tallies.set(t.kelurahanCode, (rws = new Map()));
    rws.set(t.rw, t);
  }
  const rows: WeeklyReportRow[] = [];
  for (const code of [...tallies.keys()].sort()) {
    const rws = tallies.get(code)!;
    const name = findKelurahan(code)?.name ?? code;
    const total: Tally = {
      end: zeroVector(),
      before: zeroVector(),
      visits: 0,
      newIsoman: 0,
      recorded: [0, 0, 0],
    };
    for (const t of rws.values()) {
      addInto(total.end, t.end);
      addInto(total.before, t.before);
      addInto(total.recorded, t.recorded);
      total.visits += t.visits;
      total.newIsoman += t.newIsoman;
    }
    rows.push(reportRow(code, name, null, total));
    for (const rw of [...rws.keys()].sort((a, b) => a - b)) {
      rows.push(reportRow(code, name, rw, rws.get(rw)!));
    }
  }
  return {
    asOf: (options.now ?? new Date()).toISOString(),
    target: config.herdImmunityTarget,
    week: week.week,
    from: week.from,
    to: week.to,
    rows,
  };
}

function reportRow(code: string, name: string, rw: number | null, t: Tally): WeeklyReportRow {
  const end = fromVector(t.end);
  const before = fromVector(t.before);
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const pctLengkap = share(end.lengkap, end.eligible);
  return {
    kelurahanCode: code,
    kelurahanName: name,
    rw,
    eligible: end.eligible,
    dosis1: end.dosis1,
    lengkap: end.lengkap,
    booster: end.booster,
    pctLengkap,
    lengkapChange: end.lengkap - before.lengkap,
    pctLengkapChange: pctLengkap - share(before.lengkap, before.eligible),
    recordedDosis1: t.recorded[0],
    recordedLengkap: t.recorded[1],
    recordedBooster: t.recorded[2],
    visits: t.visits,
    activeIsoman: end.activeIsoman,
    newIsoman: t.newIsoman,
  };
}
