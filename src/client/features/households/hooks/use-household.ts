import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { today } from '@client/ui/format';
import { deriveHouseholdDetail, type HouseholdDetail } from '../data/household-detail';

export type { HouseholdDetail, ResidentSummary } from '../data/household-detail';

/** A household page's data: five reads by `householdId`. `null` when missing or deleted. */
export function useHousehold(id: string): HouseholdDetail | null | undefined {
  return useLiveQuery(async () => {
    const [household, residents, doses, isoman, visits] = await Promise.all([
      db.households.get(id),
      db.residents.where('householdId').equals(id).toArray(),
      db.doses.where('householdId').equals(id).toArray(),
      db.isoman.where('householdId').equals(id).toArray(),
      db.visits.where('householdId').equals(id).toArray(),
    ]);
    return deriveHouseholdDetail({ household, residents, doses, isoman, visits }, today());
  }, [id]);
}
