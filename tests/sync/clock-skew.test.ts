// Phones whose clocks are a day off: an edit made after seeing a value sorts after it, and a
// fast clock's edits of one field in one push keep their order.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { clockWarning } from '@client/sync/clock-offset';
import { SyncEngine } from '@client/sync/engine';
import { useApp } from '../server/helpers/app';
import { DATABASES } from '../server/helpers/databases';
import { ClientDevice } from './helpers/client-device';

const DAY = 24 * 60 * 60_000;
const AREA = { kelurahanCode: '32.75.03.1002', rw: 4, rt: 1 };
const SCOPE = { kelurahanCode: AREA.kelurahanCode, rw: AREA.rw };

describe.each(DATABASES)('phones with wrong clocks ($name)', (kind) => {
  const ctx = useApp(kind);

  async function household(device: ClientDevice) {
    const id = uuidv7();
    await device.commit([
      {
        entity: 'household',
        op: 'put',
        id,
        values: { ...AREA, street: 'Jl. Melati', houseNumber: '7', headName: 'Budi' },
      },
    ]);
    expect(await device.sync()).toBe(true);
    return id;
  }

  const rename = (id: string, headName: string) => [
    { entity: 'household' as const, op: 'put' as const, id, values: { headName } },
  ];

  async function expectEveryone(devices: ClientDevice[], id: string, headName: string) {
    for (const device of devices) expect(await device.sync()).toBe(true);
    const server = await devices[0]!.snapshot();
    for (const device of devices) {
      expect((await device.db.households.get(id))?.headName).toBe(headName);
      expect(await device.snapshot()).toEqual(server);
      expect(await device.db.rejected.count()).toBe(0);
    }
  }

  it('a phone a day behind edits a value it has seen: its edit wins everywhere', async () => {
    const ontime = new ClientDevice(ctx.app, SCOPE);
    const slow = new ClientDevice(ctx.app, SCOPE, -DAY);
    const id = await household(ontime);
    await ontime.commit(rename(id, 'Ahmad'));
    await ontime.sync();
    expect(await slow.sync()).toBe(true);
    expect((await slow.db.households.get(id))?.headName).toBe('Ahmad');

    await slow.commit(rename(id, 'Ahmad Fauzi'));
    await expectEveryone([slow, ontime], id, 'Ahmad Fauzi');
    await Promise.all([ontime.close(), slow.close()]);
  });

  it('a phone a day ahead edits one field twice before a push; a phone on time edits it after seeing that', async () => {
    const ontime = new ClientDevice(ctx.app, SCOPE);
    const fast = new ClientDevice(ctx.app, SCOPE, DAY);
    const id = await household(fast);
    await fast.commit(rename(id, 'Wati (1)'));
    await new Promise((r) => setTimeout(r, 5)); // another millisecond: counter 0 again
    await fast.commit(rename(id, 'Wati (2)'));
    await expectEveryone([fast, ontime], id, 'Wati (2)');

    await ontime.commit(rename(id, 'Wati Lestari'));
    await expectEveryone([ontime, fast], id, 'Wati Lestari');
    await Promise.all([ontime.close(), fast.close()]);
  });

  it.each([
    ['behind', -DAY],
    ['ahead', DAY],
  ])('a phone a day %s is told so after a sync; a phone on time is not', async (_, offset) => {
    const results = [];
    for (const phone of [
      new ClientDevice(ctx.app, SCOPE, offset),
      new ClientDevice(ctx.app, SCOPE),
    ]) {
      const engine = new SyncEngine(phone.db, phone.transport, { scope: async () => SCOPE });
      await phone.onClock(() => engine.syncNow());
      const { clockOffsetMs, error } = engine.status.get();
      expect(error).toBeNull();
      results.push(clockWarning(clockOffsetMs));
      await phone.close();
    }
    expect(results).toEqual([
      'Jam ponsel selisih 1 hari dari server. Periksa pengaturan tanggal & jam.',
      null,
    ]);
  });
});
