import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';

/** The RT numbers of an RW that have households on this phone, in order. */
export function useRtsOnPhone(kelurahanCode: string, rw: number): number[] | undefined {
  return useLiveQuery(async () => {
    const keys = await db.households
      .where('[kelurahanCode+rw+rt]')
      .between([kelurahanCode, rw, Dexie.minKey], [kelurahanCode, rw, Dexie.maxKey])
      .uniqueKeys();
    return (keys as unknown as [string, number, number][]).map((k) => k[2]);
  }, [kelurahanCode, rw]);
}
