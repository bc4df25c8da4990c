import type { IsoDate } from '@shared/dates';
import { isZero, zeroVector, type CountVector } from './counts';
import { nodesToUpdate } from './dated';
import type { HouseholdState } from './household-state';

/**
 * Rows of coverage_dated_rt, _kelurahan and _rw (migration 012),
 * coverage_dated_kelurahan_tree (016) and coverage_dated_city (017), as JSON arrays.
 */
export type DatedRows = {
  rt: unknown[][];
  kelurahan: unknown[][];
  rw: unknown[][];
  kelurahanTree: unknown[][];
  city: unknown[][];
};

/**
 * How households' dated changes move the dated sums: `before` taken away, `after` added, per
 * RT, kelurahan and city and day, and per RW and per kelurahan on every tree node above each
 * day. Sorted, so concurrent writers
 * update rows in one order; rows whose difference is zero are left out.
 */
export function datedRows(
  before: readonly HouseholdState[],
  after: readonly HouseholdState[],
): DatedRows {
  const rt = new Map<string, { key: (string | number)[]; v: CountVector }>();
  const rw = new Map<string, { key: (string | number)[]; v: CountVector }>();
  const kelurahan = new Map<string, { key: (string | number)[]; v: CountVector }>();
  const kelurahanTree = new Map<string, { key: (string | number)[]; v: CountVector }>();
  const city = new Map<string, { key: (string | number)[]; v: CountVector }>();
  const at = (map: typeof rt, key: (string | number)[]) => {
    const k = key.join('|');
    let row = map.get(k);
    if (!row) map.set(k, (row = { key, v: zeroVector() }));
    return row.v;
  };
  const apply = (s: HouseholdState, sign: number) => {
    for (const [day, change] of Object.entries(s.dated) as [IsoDate, Record<string, number>][]) {
      const v = at(rt, [s.kelurahanCode, s.rw, s.rt, day]);
      for (const [i, n] of Object.entries(change)) v[Number(i)]! += sign * n;
      const k = at(kelurahan, [s.kelurahanCode, day]);
      const c = at(city, [day]);
      for (const [i, n] of Object.entries(change)) {
        k[Number(i)]! += sign * n;
        c[Number(i)]! += sign * n;
      }
      for (const node of nodesToUpdate(day)) {
        const w = at(rw, [s.kelurahanCode, node, s.rw]);
        const t = at(kelurahanTree, [node, s.kelurahanCode]);
        for (const [i, n] of Object.entries(change)) {
          w[Number(i)]! += sign * n;
          t[Number(i)]! += sign * n;
        }
      }
    }
  };
  for (const s of before) apply(s, -1);
  for (const s of after) apply(s, 1);
  const rows = (map: typeof rt) =>
    [...map.values()]
      .filter((r) => !isZero(r.v))
      .sort((a, b) => compare(a.key, b.key))
      .map((r) => [...r.key, ...r.v]);
  return {
    rt: rows(rt),
    kelurahan: rows(kelurahan),
    rw: rows(rw),
    kelurahanTree: rows(kelurahanTree),
    city: rows(city),
  };
}

function compare(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}
