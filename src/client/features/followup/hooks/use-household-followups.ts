import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readHouseholdFollowups, type OpenFollowup } from '../data/open-followups';

/** The household's open follow-ups, live: recording the dose or visit closes them at once. */
export function useHouseholdFollowups(householdId: string): OpenFollowup[] | undefined {
  return useLiveQuery(() => readHouseholdFollowups(db, householdId), [householdId]);
}
