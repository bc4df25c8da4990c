// Property: whatever volunteers do offline, in whatever order their phones sync, and however
// many answers the network loses, once every phone has synced every phone holds exactly
// what the server holds, and each field holds the value of its latest write (by HLC), so
// edits to different fields of one record all survive.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { KELURAHAN as ALL_KELURAHAN } from '@shared/wilayah/wilayah';
import { uuidv7 } from '@shared/ids';
import type { LocalChange } from '@client/db/commit';
import { useApp } from '../server/helpers/app';
import { DATABASES } from '../server/helpers/databases';
import { TestDevice } from '../server/helpers/device';
import { ClientDevice, normalize, type Snapshot } from './helpers/client-device';
import { actionArbitrary, type Action } from './helpers/actions';
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
              let visits = 0;
              for (const action of actions) {
                const device = devices[action.device % deviceCount]!;
                if (action.kind === 'sync') await device.sync(action.loseAt);
                else if (await perform(device, action, households, area)) visits++;
              }
              await drain(devices, ctx, area);

              const server = await serverSnapshot(ctx.app, area);
              for (const device of devices) expectSameRecords(await device.snapshot(), server);
              expectLatestWriteWins(server, devices);
              const serverVisits = [...server.values()].filter((r) => r.entity === 'visit');
              expect(serverVisits).toHaveLength(visits);
              for (const device of devices) {
                for (const rejected of await device.db.rejected.toArray()) {
                  expect(server.get(rejected.entityId)?.deleted).toBe(true);
                }
              }
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

/** Applies an action on a device; returns true when it recorded a visit. */
async function perform(device: ClientDevice, action: Action, households: string[], area: Area) {
  const householdId = households[action.target % households.length]!;
  const residents = (await device.db.residents.toArray()).filter((r) => !r.deleted);
  const resident = residents[action.target % Math.max(1, residents.length)];
  let change: LocalChange | null = null;
  switch (action.kind) {
    case 'edit-household':
      change = {
        entity: 'household',
        op: 'put',
        id: householdId,
        values: { [action.field]: action.value },
      };
      break;
    case 'add-resident':
      change = {
        entity: 'resident',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId,
          ...area,
          name: action.name,
          ageYears: 30,
          sex: 'L',
          relation: 'anak',
          ktpElsewhere: false,
          residenceStatus: 'aktif',
        },
      };
      break;
    case 'edit-resident':
      if (resident)
        change = { entity: 'resident', op: 'put', id: resident.id, values: { name: action.name } };
      break;
    case 'delete-resident':
      if (resident) change = { entity: 'resident', op: 'delete', id: resident.id };
      break;
    case 'visit':
      change = {
        entity: 'visit',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId,
          ...area,
          at: new Date().toISOString(),
          outcome: 'ditemui',
          revisitNeeded: false,
        },
      };
      break;
  }
  if (change) await device.commit([change]);
  return change?.entity === 'visit';
}

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

/** Each field of a live record holds the value of the write with the greatest HLC. */
function expectLatestWriteWins(server: Snapshot, devices: ClientDevice[]) {
  const latest = new Map<string, { hlc: string; value: unknown }>();
  for (const write of devices.flatMap((d) => d.writes)) {
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
