import type { HouseholdMapStatus } from '@shared/coverage/api';

/** How many households of a group (a cluster, an RT) are in each map status. */
export type StatusCounts = Record<HouseholdMapStatus, number>;

/** The statuses in the order a donut draws them, from done to not yet visited. */
export const STATUS_ORDER = [
  'lengkap',
  'sebagian',
  'belum-vaksin',
  'belum-dikunjungi',
] as const satisfies readonly HouseholdMapStatus[];

export const noCounts = (): StatusCounts => ({
  lengkap: 0,
  sebagian: 0,
  'belum-vaksin': 0,
  'belum-dikunjungi': 0,
});

export function countStatuses(items: readonly { status: HouseholdMapStatus }[]): StatusCounts {
  const counts = noCounts();
  for (const item of items) counts[item.status]++;
  return counts;
}

export function addCounts(into: StatusCounts, more: StatusCounts): StatusCounts {
  for (const s of STATUS_ORDER) into[s] += more[s];
  return into;
}

export const totalOf = (c: StatusCounts) => STATUS_ORDER.reduce((sum, s) => sum + c[s], 0);
