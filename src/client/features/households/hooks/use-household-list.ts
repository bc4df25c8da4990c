import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@client/db/db';
import type { LocalHousehold } from '@client/db/schema';
import { today } from '@client/ui/format';
import type { Area } from '@shared/wilayah/wilayah';
import {
  readAreaDetails,
  readAreaHouseholds,
  type AreaDetails,
  type AreaRecords,
  type Scope,
} from '../data/area-records';
import { deriveHouseholdRows, type HouseholdRow } from '../data/household-rows';

export type HouseholdList = {
  /** In address order; statuses are derived once `complete`. */
  rows: HouseholdRow[];
  /** Residents, doses, isoman and visits are in: badges, counts and filters are right. */
  complete: boolean;
  /** The records the rows were made from (search looks through them). */
  records: AreaRecords;
};

const NO_DETAILS: AreaDetails = { residents: [], doses: [], isoman: [], visits: [] };

type Keyed<T> = { key: string; data: T };

/**
 * The last list read, kept when the list unmounts: going back from a household page shows the
 * list at once (and scrolled where it was), and the live queries then bring it up to date.
 */
const last: { households?: Keyed<LocalHousehold[]>; details?: Keyed<AreaDetails> } = {};

/**
 * The area's households; `undefined` until the households are read. Two live queries run at
 * once: the households (small, first) and everything else. Each result carries the area and
 * scope it was read for, so a result of the previous scope is never mixed with a new one.
 */
export function useHouseholdList(area: Area, scope: Scope): HouseholdList | undefined {
  const { kelurahanCode, rw, rt } = area;
  const key = `${kelurahanCode}/${rw}/${rt}/${scope}`;
  const households = useLiveQuery(
    async () =>
      (last.households = {
        key,
        data: await readAreaHouseholds(db, { kelurahanCode, rw, rt }, scope),
      }),
    [key],
    last.households?.key === key ? last.households : undefined,
  );
  const details = useLiveQuery(
    async () =>
      (last.details = { key, data: await readAreaDetails(db, { kelurahanCode, rw, rt }, scope) }),
    [key],
    last.details?.key === key ? last.details : undefined,
  );
  return useMemo(() => {
    if (households?.key !== key) return undefined;
    const complete = details?.key === key;
    if (derived?.households === households && derived.details === (complete ? details : null)) {
      return derived.list;
    }
    const records = { households: households.data, ...(complete ? details.data : NO_DETAILS) };
    const list = { rows: deriveHouseholdRows(records, today()), complete, records };
    derived = { households, details: complete ? details : null, list };
    return list;
  }, [households, details, key]);
}

/** The rows made from the last reads, so showing the cached list again derives nothing. */
let derived:
  | { households: Keyed<LocalHousehold[]>; details: Keyed<AreaDetails> | null; list: HouseholdList }
  | undefined;
