import { db as appDb, type PintuDb } from '@client/db/db';
import { householdIdOfSticker } from '@shared/domain/household-sticker';

export type StickerLookup = { householdId: string } | { problem: string };

/**
 * The household a scanned sticker names, read from this phone's IndexedDB (offline), or what
 * to tell the volunteer: not a sticker, a household this phone does not hold (outside its
 * area, or not yet synced), or one that was deleted.
 */
export async function householdOfSticker(
  text: string,
  database: PintuDb = appDb,
): Promise<StickerLookup> {
  const id = householdIdOfSticker(text);
  if (!id) {
    return { problem: 'Ini bukan stiker rumah Pintu. Arahkan kamera ke stiker QR di pintu rumah.' };
  }
  const household = await database.households.get(id);
  if (!household) {
    return {
      problem:
        'Rumah tangga pada stiker ini tidak ada di ponsel ini: di luar wilayah Anda, atau belum tersinkron. Sinkronkan lalu coba lagi.',
    };
  }
  if (household.deleted) return { problem: 'Rumah tangga pada stiker ini sudah dihapus.' };
  return { householdId: id };
}
