import { addDays, type IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { computeCoverage, jakartaDay, type CoverageInput } from '@shared/domain/coverage';
import { toVector, type CountVector } from './counts';
import { isFamilyCluster, type HouseholdUnit } from './household-state';

/**
 * Coverage by the dates in the records (issue 11): a household's counts as of any day, kept as
 * the changes by day. Day 1 of the Fenwick tree (migration 012) is the eve of the programme:
 * everything that holds from before it (residents, grown-ups' eligibility) is dated there.
 */
export const DATED_BASE: IsoDate = '2021-01-12';

/** Days the tree covers from DATED_BASE (2^13: to 2043); later changes land on its last day. */
export const TREE_SIZE = 8192;

/** Sparse changes by day: day → {column index: change}. */
export type DatedChanges = Record<IsoDate, Record<string, number>>;

/**
 * The household's counts change only on the days its records name: a dose's date, the day a
 * resident becomes old enough (and the day after, for 29 February), a visit's day, an isoman
 * episode's start and outcome dates. computeCoverage on each of those days, in order, gives the
 * changes; its definitions are the only ones, so the sum of the changes up to D is exactly
 * computeCoverage on D for every D. Independent of today (future birthdays are dated ahead).
 */
export function datedChanges(
  unit: HouseholdUnit,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): DatedChanges {
  const days = new Set<IsoDate>([DATED_BASE]);
  const add = (day: IsoDate | null | undefined) => {
    if (day) days.add(day < DATED_BASE ? DATED_BASE : day);
  };
  for (const d of unit.doses) add(d.date);
  for (const v of unit.visits) add(jakartaDay(v.at));
  for (const e of unit.isoman) {
    add(e.startDate);
    add(e.outcomeDate);
  }
  for (const r of unit.residents) {
    const grown = dayOfAge(r, config.primaryMinAgeYears);
    if (grown) {
      add(grown);
      add(addDays(grown, 1));
    }
  }
  const input: CoverageInput = { ...unit, households: [unit.household] };
  const changes: DatedChanges = {};
  let previous: CountVector | null = null;
  for (const day of [...days].sort()) {
    const total = computeCoverage(input, day, config).total;
    const now = toVector({ ...total, familyClusters: isFamilyCluster(unit, day) ? 1 : 0 });
    const change: Record<string, number> = {};
    now.forEach((n, i) => {
      const diff = n - (previous?.[i] ?? 0);
      if (diff !== 0) change[i] = diff;
    });
    if (Object.keys(change).length > 0) changes[day] = change;
    previous = now;
  }
  return changes;
}

/** The day a resident turns `years` (by birth date, or by an age told on a day), if known. */
function dayOfAge(
  r: { birthDate?: IsoDate | null; ageYears?: number | null; ageAsOf?: IsoDate | null },
  years: number,
): IsoDate | null {
  if (r.birthDate) return plusYears(r.birthDate, years);
  if (r.ageYears != null && r.ageAsOf && r.ageYears < years) {
    return plusYears(r.ageAsOf, years - r.ageYears);
  }
  return null;
}

function plusYears(day: IsoDate, years: number): IsoDate {
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  return md === '02-29' ? `${y}-03-01` : `${y}-${md}`;
}

/** The tree's index of a day: 1 for DATED_BASE and before, TREE_SIZE at most. */
export function dayIndex(day: IsoDate): number {
  const i = Math.round((Date.parse(day) - Date.parse(DATED_BASE)) / 86_400_000) + 1;
  return Math.min(TREE_SIZE, Math.max(1, i));
}

/** The tree nodes a change on `day` moves (Fenwick update). */
export function nodesToUpdate(day: IsoDate): number[] {
  const nodes: number[] = [];
  for (let i = dayIndex(day); i <= TREE_SIZE; i += i & -i) nodes.push(i);
  return nodes;
}

/** The tree nodes whose sum is the total as of the end of `day` (Fenwick prefix); none before. */
export function nodesUpTo(day: IsoDate): number[] {
  if (day < DATED_BASE) return [];
  const nodes: number[] = [];
  for (let i = dayIndex(day); i > 0; i -= i & -i) nodes.push(i);
  return nodes;
}
