import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { today } from '@client/ui/format';
import type { Area } from '@shared/wilayah/wilayah';
import { readAreaRecords, type Scope } from '../data/area-records';
import { deriveHouseholdRows, type HouseholdRow } from '../data/household-rows';

/** The area's households in address order with derived statuses; `undefined` while loading. */
export function useHouseholdList(area: Area, scope: Scope): HouseholdRow[] | undefined {
  const { kelurahanCode, rw, rt } = area;
  return useLiveQuery(
    async () =>
      deriveHouseholdRows(await readAreaRecords(db, { kelurahanCode, rw, rt }, scope), today()),
    [kelurahanCode, rw, rt, scope],
  );
}
