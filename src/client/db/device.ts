import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import type { PintuDb } from './db';
import type { DeviceState } from './schema';

const DEVICE_KEY = 'device';

/**
 * This device's identity and counters. Made on first use; call inside a transaction that
 * includes `meta`, and save it back in the same transaction, so the sequence has no gaps and
 * no number is handed out twice, even with several tabs open.
 */
export async function loadDeviceState(db: PintuDb): Promise<DeviceState> {
  const entry = await db.meta.get(DEVICE_KEY);
  if (entry) return entry.value as DeviceState;
  const deviceId = uuidv7();
  return { deviceId, nextSeq: 1, lastHlc: formatHlc({ wall: 0, counter: 0, node: deviceId }) };
}

export async function saveDeviceState(db: PintuDb, state: DeviceState): Promise<void> {
  await db.meta.put({ key: DEVICE_KEY, value: state });
}

/** The device id, made if needed (outside any transaction). */
export async function getDeviceId(db: PintuDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const state = await loadDeviceState(db);
    await saveDeviceState(db, state);
    return state.deviceId;
  });
}
