import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { byPlace, stickerOf, type Sticker } from '../data/stickers';

/**
 * The stickers of an RW's households, from the phone's IndexedDB: the ketua RW's phone holds
 * their whole RW, so the sheet is made offline too. Deleted households are left out.
 */
export function useRwStickers(kelurahanCode: string, rw: number): Sticker[] | undefined {
  return useLiveQuery(async () => {
    const households = await db.households
      .where('[kelurahanCode+rw+rt]')
      .between([kelurahanCode, rw, Dexie.minKey], [kelurahanCode, rw, Dexie.maxKey], true, true)
      .toArray();
    return households
      .filter((h) => !h.deleted)
      .map(stickerOf)
      .sort(byPlace);
  }, [kelurahanCode, rw]);
}
