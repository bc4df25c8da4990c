import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { Area } from '@shared/wilayah/wilayah';
import { getWorkingArea, readAreaMirror, writeAreaMirror } from '../data/working-area';

/** Read once per page load; afterwards the live query is the source. */
const mirrored = typeof localStorage === 'undefined' ? null : readAreaMirror();

/**
 * The chosen area, `null` when none was chosen yet, `undefined` while it loads. Starts from
 * the localStorage copy, so the home list can read its data in the first render.
 */
export function useWorkingArea(): Area | null | undefined {
  return useLiveQuery(
    async () => {
      const area = await getWorkingArea(db);
      writeAreaMirror(area);
      return area;
    },
    [],
    mirrored ?? undefined,
  );
}
