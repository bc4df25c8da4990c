import type { IsoDate } from '@shared/dates';
import type { Database, Queryable } from '../db/database';
import { markAggregatesOnly } from '../data/changes';
import { householdState, type HouseholdState } from './household-state';
import { lockCoverageExclusive, lockHouseholds, readStates, sumRtRows, writeStates } from './store';
import { jakartaToday } from './today';
import { readUnitsById, readUnitsOfKelurahan } from './units';

/**
 * Computes these households' contributions again (ids sorted, distinct): the coverage worker
 * after pushes' commits (worker.ts), and the demo seed in its own transactions:
 *
 *   1. The households locked (see lockHouseholds).
 *   2. Each household read back whole, with every record under it.
 *   3. Its contribution computed again (household-state.ts), and the RT and day rows moved by
 *      the difference to the stored one.
 */
export async function refreshHouseholds(
  tx: Queryable,
  ids: readonly string[],
  today: IsoDate = jakartaToday(),
  /** The day the changes count as recorded (coverage_days); the demo seed dates its history. */
  recordedOn: IsoDate = today,
): Promise<void> {
  if (ids.length === 0) return;
  // 1.
  await lockHouseholds(tx, ids);
  // 2.
  const [units, before] = await Promise.all([readUnitsById(tx, ids), readStates(tx, { ids })]);
  // 3.
  const after = units.map((unit) => householdState(unit, today));
  await writeStates(tx, before, after, recordedOn);
}

/**
 * Computes a kelurahan's aggregates again from all its records: after the migration that
 * made them, after seeding, in tests, and every day, since eligibility by age changes with
 * the date alone. Only households whose contribution changed are written; the difference
 * lands on today in the trend, whose history stays. The RT rows are then summed afresh from
 * the household rows.
 */
export async function rebuildKelurahan(
  db: Database,
  kelurahanCode: string,
  today: IsoDate = jakartaToday(),
): Promise<void> {
  await db.transaction(async (tx) => {
    await markAggregatesOnly(tx);
    await lockCoverageExclusive(tx);
    const units = await readUnitsOfKelurahan(tx, kelurahanCode);
    const stored = new Map((await readStates(tx, { kelurahanCode })).map((s) => [s.id, s]));
    const after = units
      .map((unit) => householdState(unit, today))
      .filter((s) => !sameState(stored.get(s.id), s));
    const before = after.map((s) => stored.get(s.id)).filter((s) => s !== undefined);
    await writeStates(tx, before, after, today);
    await sumRtRows(tx, kelurahanCode);
  });
}

function sameState(a: HouseholdState | undefined, b: HouseholdState): boolean {
  return (
    a !== undefined &&
    a.kelurahanCode === b.kelurahanCode &&
    a.rw === b.rw &&
    a.rt === b.rt &&
    a.mapStatus === b.mapStatus &&
    a.counts.every((n, i) => n === b.counts[i]) &&
    JSON.stringify(a.visitDays) === JSON.stringify(b.visitDays) &&
    JSON.stringify(a.isomanDays) === JSON.stringify(b.isomanDays) &&
    JSON.stringify(a.dated) === JSON.stringify(b.dated)
  );
}
