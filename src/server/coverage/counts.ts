import { emptyCounts, type CoverageCounts } from '@shared/domain/coverage';
import { NOT_VACCINATED_REASONS, type NotVaccinatedReason } from '@shared/domain/vaccination';

/** The counts of an area: CoverageCounts plus the family clusters. */
export type AreaCounts = CoverageCounts & {
  /** Households with two or more residents in isoman at the same time. */
  familyClusters: number;
};

type Reason = NotVaccinatedReason | 'tanpa-alasan';
const REASONS: readonly Reason[] = [...NOT_VACCINATED_REASONS, 'tanpa-alasan'];

const reasonColumn = (reason: Reason) => `r_${reason.replaceAll('-', '_')}`;

/**
 * The count columns of coverage_households, coverage_rt and coverage_days (migration 006), in
 * this order. Counts travel as vectors in this order: a household's contribution, a
 * difference, a sum.
 */
export const COUNT_COLUMNS: readonly string[] = [
  'households',
  'households_visited',
  'residents',
  'eligible',
  'dosis1',
  'lengkap',
  'booster',
  'active_isoman',
  'family_clusters',
  ...REASONS.map(reasonColumn),
  // Migration 018: last, so the column indexes of the dated changes stored before stay right.
  'lengkap_bukti',
];

const LENGKAP_BUKTI = 9 + REASONS.length;

export type CountVector = number[];

export function toVector(c: AreaCounts): CountVector {
  return [
    c.households,
    c.householdsVisited,
    c.residents,
    c.eligible,
    c.dosis1,
    c.lengkap,
    c.booster,
    c.activeIsoman,
    c.familyClusters,
    ...REASONS.map((r) => c.unvaccinatedByReason[r]),
    c.lengkapBukti,
  ];
}

export function fromVector(v: readonly number[]): AreaCounts {
  const counts = emptyCounts();
  REASONS.forEach((r, i) => (counts.unvaccinatedByReason[r] = v[9 + i] ?? 0));
  return {
    ...counts,
    households: v[0] ?? 0,
    householdsVisited: v[1] ?? 0,
    residents: v[2] ?? 0,
    eligible: v[3] ?? 0,
    dosis1: v[4] ?? 0,
    lengkap: v[5] ?? 0,
    booster: v[6] ?? 0,
    activeIsoman: v[7] ?? 0,
    familyClusters: v[8] ?? 0,
    lengkapBukti: v[LENGKAP_BUKTI] ?? 0,
  };
}

/** The count columns of a row, as a vector (PostgreSQL sums arrive as strings). */
export function vectorOfRow(row: Record<string, unknown>): CountVector {
  return COUNT_COLUMNS.map((c) => Number(row[c] ?? 0));
}

export function zeroVector(): CountVector {
  return COUNT_COLUMNS.map(() => 0);
}

/** a += sign × b */
export function addInto(a: CountVector, b: readonly number[], sign = 1): CountVector {
  for (let i = 0; i < a.length; i++) a[i]! += sign * (b[i] ?? 0);
  return a;
}

export function isZero(v: readonly number[]): boolean {
  return v.every((n) => n === 0);
}

/** `sum(households) AS households, …` for queries that add RT rows up. */
export const SUM_COLUMNS = COUNT_COLUMNS.map((c) => `sum(${c})::int AS ${c}`).join(', ');
