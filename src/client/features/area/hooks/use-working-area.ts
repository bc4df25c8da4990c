import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { Area } from '@shared/wilayah/wilayah';
import { getWorkingArea } from '../data/working-area';

/** The chosen area, `null` when none was chosen yet, `undefined` while it loads. */
export function useWorkingArea(): Area | null | undefined {
  return useLiveQuery(() => getWorkingArea(db), []);
}
