// Property: whatever volunteers do offline, in whatever order their phones sync, and however
// many answers the network loses, once every phone has synced every phone holds exactly
// what the server holds (values and HLCs), and each field holds the value of its latest write
// (by HLC) the server took, so edits to different fields of one record all survive. Among the
// actions: deleting a household others still add residents, doses and visits to, clearing a
// resident's birth date on one phone and age on another (the server refuses the second), and
// pulls between a push whose answer was lost and its retry. Every refused change is in the
// sender's "Ditolak" list as typed, and the sender's record is the server's all the same.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { KELURAHAN as ALL_KELURAHAN } from '@shared/wilayah/wilayah';
import { uuidv7 } from '@shared/ids';
import { useApp } from '../server/helpers/app';
import { DATABASES } from '../server/helpers/databases';
import { TestDevice } from '../server/helpers/device';
import { ClientDevice, normalize, type Snapshot } from './helpers/client-device';
import { actionArbitrary, perform } from './helpers/actions';
import { drain } from './helpers/drain';

const RUNS = Number(process.env.PINTU_CONVERGENCE_RUNS ?? 200);
let runNumber = 0;

describe.each(DATABASES)('convergence of simulated devices ($name)', (kind) => {
  const ctx = useApp(kind);

  it(
    `every device equals the server after draining (${RUNS} runs)`,
    { timeout: 20 * 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 3, max: 8 }),
          fc.array(actionArbitrary, { minLength: 5, maxLength: 25 }),
          async (deviceCount, actions) => {
            // Each run works in an area of its own, so runs never see each other's records.
            const n = runNumber++;
            const area = {
              kelurahanCode: ALL_KELURAHAN[n % ALL_KELURAHAN.length]!.code,
              rw: 1 + (Math.floor(n / ALL_KELURAHAN.length) % 99),
              rt: 1,
            };
            const devices = Array.from(
              { length: deviceCount },
              () => new ClientDevice(ctx.app, { kelurahanCode: area.kelurahanCode, rw: area.rw }),
            );
            try {
              const households = await seedHouseholds(devices[0]!, area, 3);
              for (const device of devices) expect(await device.sync()).toBe(true);
              for (const action of actions) {
                const device = devices[action.device % deviceCount]!;
                if (action.kind === 'sync') await device.sync(action.loseAt, action.pullAnyway);
                else if (action.kind === 'pull') await device.pull();
                else await perform(device, action, households, area);
              }
              await drain(devices, ctx, area);

              const server = await serverSnapshot(ctx.app, area);
              for (const device of devices) expectSameRecords(await device.snapshot(), server);
              const refused = new Set<string>();
              for (const device of devices) {
                const typed = new Map(device.writes.map((w) => [w.id, w]));
                for (const entry of await device.db.rejected.toArray()) {
                  const { reason, rejectedAt, seq: _, ...change } = entry;
                  expect(reason).toMatch(/\S/);
                  expect(rejectedAt).toBeGreaterThan(0);
                  const { seq: __, ...written } = typed.get(change.id)!;
                  expect(change).toEqual(written); // what the volunteer typed, as typed
                  refused.add(change.id);
                }
              }
              expectLatestWriteWins(server, devices, refused);
              const visits = devices
                .flatMap((d) => d.writes)
                .filter((w) => w.entity === 'visit' && !refused.has(w.id));
              const serverVisits = [...server.values()].filter((r) => r.entity === 'visit');
              expect(serverVisits).toHaveLength(visits.length);
            } finally {
              await Promise.all(devices.map((d) => d.close()));
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it('two volunteers edit different fields of one household offline: both edits survive', async () => {
    const area = { kelurahanCode: '32.75.02.1003', rw: 7, rt: 2 };
    const [a, b] = [0, 1].map(
      () => new ClientDevice(ctx.app, { kelurahanCode: area.kelurahanCode, rw: 7 }),
    );
    const [id] = await seedHouseholds(a!, area, 1);
    await b!.sync();
    await a!.commit([
      { entity: 'household', op: 'put', id: id!, values: { headName: 'Ahmad Fauzi' } },
    ]);
    await b!.commit([
      { entity: 'household', op: 'put', id: id!, values: { street: 'Gg. Kenari' } },
    ]);
    await drain([a!, b!], ctx, area);
    for (const device of [a!, b!]) {
      const h = await device.db.households.get(id!);
      expect([h?.headName, h?.street]).toEqual(['Ahmad Fauzi', 'Gg. Kenari']);
    }
    await Promise.all([a!.close(), b!.close()]);
  });

  // PGlite has one session: a transaction held open there would stop the pushes themselves.
  it.runIf(kind.name === 'PostgreSQL')(
    'a transaction holding back the pull watermark during the last pulls: draining still brings every edit',
    async () => {
      const area = { kelurahanCode: '32.75.02.1003', rw: 8, rt: 2 };
      const [a, b] = [0, 1].map(
        () => new ClientDevice(ctx.app, { kelurahanCode: area.kelurahanCode, rw: 8 }),
      );
      const [id] = await seedHouseholds(a!, area, 1);
      await b!.sync();
      // A transaction of the database older than b's push, as an autovacuum ANALYZE or a
      // coverage round ending while a pull's statement runs: pulls stop below it meanwhile.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const holding = new Promise<void>((resolve) => (started = resolve));
      const holder = ctx.t.db.transaction(async (tx) => {
        await tx.query('SELECT pg_current_xact_id()');
        started();
        await released;
      });
      await holding;
      await b!.commit([
        { entity: 'household', op: 'put', id: id!, values: { headName: 'Ahmad Fauzi' } },
      ]);
      const drained = drain([a!, b!], ctx, area);
      // It ends when the draining is over, or after 2 s if the draining waits for it.
      await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, 2_000))]);
      release();
      await holder;
      await drained;
      expect((await a!.db.households.get(id!))?.headName).toBe('Ahmad Fauzi');
      await Promise.all([a!.close(), b!.close()]);
    },
  );

  it('two volunteers edit one field offline: the earlier edit is listed under "Ditolak", both phones show the later one', async () => {
    const area = { kelurahanCode: '32.75.02.1003', rw: 8, rt: 2 };
    const [a, b] = [0, 1].map(
      () => new ClientDevice(ctx.app, { kelurahanCode: area.kelurahanCode, rw: 8 }),
    );
    const [id] = await seedHouseholds(a!, area, 1);
    await b!.sync();
    await a!.commit([{ entity: 'household', op: 'put', id: id!, values: { headName: 'Ahmad' } }]);
    await new Promise((r) => setTimeout(r, 5));
    await b!.commit([{ entity: 'household', op: 'put', id: id!, values: { headName: 'Wati' } }]);
    await b!.sync();
    await a!.sync();
    for (const device of [a!, b!]) {
      expect((await device.db.households.get(id!))?.headName).toBe('Wati');
    }
    const [lost] = await a!.db.rejected.toArray();
    expect(lost).toMatchObject({
      entityId: id,
      values: { headName: 'Ahmad' },
      reason: expect.stringMatching(/sudah diubah lebih baru di perangkat lain/),
    });
    expect(await b!.db.rejected.count()).toBe(0);
    await Promise.all([a!.close(), b!.close()]);
  });
});

async function seedHouseholds(device: ClientDevice, area: Area, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => uuidv7());
  await device.commit(
    ids.map((id, i) => ({
      entity: 'household',
      op: 'put',
      id,
      values: { ...area, street: 'Jl. Melati', houseNumber: String(i + 1), headName: 'Budi' },
    })),
  );
  expect(await device.sync()).toBe(true);
  return ids;
}

type Area = { kelurahanCode: string; rw: number; rt: number };

async function serverSnapshot(app: FastifyInstance, area: Area): Promise<Snapshot> {
  const observer = new TestDevice(app);
  const { changes } = await observer.pullAll({ kelurahan: area.kelurahanCode, rw: area.rw });
  const snapshot: Snapshot = new Map();
  for (const c of changes) {
    snapshot.set(c.id, {
      entity: c.entity,
      values: normalize(c.values),
      hlc: c.hlc,
      deleted: c.deleted,
    });
  }
  return snapshot;
}

function expectSameRecords(device: Snapshot, server: Snapshot) {
  expect(Object.fromEntries(device)).toEqual(Object.fromEntries(server));
}

/** Each field of a live record holds the value of the taken write with the greatest HLC. */
function expectLatestWriteWins(server: Snapshot, devices: ClientDevice[], refused: Set<string>) {
  const latest = new Map<string, { hlc: string; value: unknown }>();
  for (const write of devices.flatMap((d) => d.writes)) {
    if (refused.has(write.id)) continue;
    for (const [field, value] of Object.entries(write.values ?? {})) {
      const key = `${write.entityId}.${field}`;
      const seen = latest.get(key);
      if (!seen || write.hlc > seen.hlc) latest.set(key, { hlc: write.hlc, value });
    }
  }
  for (const [key, { value }] of latest) {
    const [id, field] = key.split('.') as [string, string];
    const record = server.get(id);
    if (!record || record.deleted) continue;
    expect(record.values[field] ?? null).toEqual(value ?? null);
  }
}
