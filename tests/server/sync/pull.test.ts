import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { decodeColumns } from '@shared/sync/column-page';
import { SCHEMA_VERSION, type PullWireResponse } from '@shared/sync/protocol';
import { markAggregatesOnly } from '@server/data/changes';
import { writeRecords } from '@server/data/records';
import pg from 'pg';
import { createTestDatabase, DATABASES, TEST_DATABASE_URL } from '../helpers/databases';
import { useApp } from '../helpers/app';
import {
  AREA,
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  householdValues,
  latest,
} from '../helpers/device';

describe.each(DATABASES)('pull ($name)', (kind) => {
  const ctx = useApp(kind);

  it('pages through everything once, counting down what remains', async () => {
    const device = new TestDevice(ctx.app);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const { householdId, mutations } = device.household(1);
      await device.push(mutations); // 50 records over 25 transactions
      ids.push(householdId);
    }
    const { changes, pages } = await device.pullAll({ kelurahan: KELURAHAN }, undefined, 20);
    expect(pages.map((p) => [p.changes.length, p.hasMore, p.remaining])).toEqual([
      [20, true, 30],
      [20, true, 10],
      [10, false, 0],
    ]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(50);
    expect(
      changes
        .filter((c) => c.entity === 'household')
        .map((c) => c.id)
        .sort(),
    ).toEqual(ids.sort());
    const h = changes.find((c) => c.id === ids[0])!;
    expect(h).toEqual({
      entity: 'household',
      id: ids[0],
      values: householdValues(),
      hlc: expect.objectContaining({ street: expect.any(String), headName: expect.any(String) }),
      deleted: false,
    });
  });

  it('from a cursor, only what changed since; a changed record comes again', async () => {
    const device = new TestDevice(ctx.app);
    const a = device.household(0);
    const b = device.household(0);
    await device.push([...a.mutations, ...b.mutations]);
    const first = await device.pullAll({ kelurahan: KELURAHAN, rw: AREA.rw });
    expect(first.changes).toHaveLength(2);
    expect(
      (await device.pullAll({ kelurahan: KELURAHAN, rw: AREA.rw }, first.cursor)).changes,
    ).toEqual([]);

    await device.push([device.put('household', a.householdId, { headName: 'Pak RT' })]);
    const next = await device.pullAll({ kelurahan: KELURAHAN, rw: AREA.rw }, first.cursor);
    expect(next.changes.map((c) => [c.id, c.values.headName])).toEqual([[a.householdId, 'Pak RT']]);
  });

  it('returns only the requested area', async () => {
    const device = new TestDevice(ctx.app);
    const areas = [
      AREA,
      { ...AREA, rt: AREA.rt + 1 },
      { ...AREA, rw: AREA.rw + 1 },
      { ...AREA, kelurahanCode: OTHER_KELURAHAN },
    ];
    const ids = areas.map(() => uuidv7());
    await device.push(
      areas.map((area, i) => device.put('household', ids[i]!, householdValues(area))),
    );
    const pulled = async (scope: { kelurahan: string; rw?: number; rt?: number }) =>
      (await device.pullAll(scope)).changes.map((c) => c.id).sort();
    expect(await pulled({ kelurahan: KELURAHAN, rw: AREA.rw, rt: AREA.rt })).toEqual([ids[0]]);
    expect(await pulled({ kelurahan: KELURAHAN, rw: AREA.rw })).toEqual([ids[0], ids[1]].sort());
    expect(await pulled({ kelurahan: KELURAHAN })).toEqual([ids[0], ids[1], ids[2]].sort());
    expect(await pulled({ kelurahan: OTHER_KELURAHAN })).toEqual([ids[3]]);
  });

  it('refuses a cursor made for another area, or one it did not make', async () => {
    const device = new TestDevice(ctx.app);
    await device.push(device.household(0).mutations);
    const { cursor } = await device.pullAll({ kelurahan: KELURAHAN, rw: AREA.rw });
    for (const bad of [cursor, 'bm90LWEtY3Vyc29y']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: await device.headers(),
        query: {
          deviceId: device.id,
          schemaVersion: String(SCHEMA_VERSION),
          kelurahan: KELURAHAN,
          rw: String(AREA.rw + 1),
          cursor: bad,
        },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: 'invalid-cursor',
        message: expect.any(String),
      });
    }
  });

  it('never skips a row while pushes commit concurrently', async () => {
    const writers = Array.from({ length: 8 }, () => new TestDevice(ctx.app));
    const reader = new TestDevice(ctx.app);
    const scope = { kelurahan: KELURAHAN, rw: AREA.rw };
    const seen = new Map<string, string>(); // id → JSON of the last version the reader got
    let cursor: string | undefined;
    let writing = true;

    const write = async (device: TestDevice) => {
      const mine: string[] = [];
      for (let round = 0; round < 15; round++) {
        const batch = [];
        for (let k = 0; k < 4; k++) {
          const id = uuidv7();
          mine.push(id);
          batch.push(device.put('household', id, householdValues(AREA, round * 10 + k)));
        }
        // Also edit an earlier record, which moves it past rows already sent.
        const earlier = mine[Math.floor(mine.length / 3)]!;
        batch.push(device.put('household', earlier, { headName: `Ubah ${round}` }));
        await device.push(batch);
      }
    };
    const read = async () => {
      while (writing) {
        const page = await reader.pull(scope, cursor, 7);
        for (const c of page.changes) seen.set(c.id, JSON.stringify(c));
        cursor = page.cursor;
        // A real pull crosses the network; in-process, let the pushes' requests in too.
        await new Promise((r) => setImmediate(r));
      }
    };
    const reading = read();
    await Promise.all(writers.map(write));
    writing = false;
    await reading;
    const rest = await reader.pullAll(scope, cursor);
    for (const c of rest.changes) seen.set(c.id, JSON.stringify(c));

    const truth = latest((await new TestDevice(ctx.app).pullAll(scope)).changes);
    expect(truth.size).toBe(8 * 15 * 4);
    const wrong = [...truth].filter(([id, c]) => seen.get(id) !== JSON.stringify(c));
    expect(wrong).toEqual([]);
  });

  // PGlite has one session, so two transactions can never overlap there.
  it.skipIf(kind.name === 'PGlite')(
    'a push that commits after a later one is still pulled, not skipped',
    async () => {
      const device = new TestDevice(ctx.app);
      const reader = new TestDevice(ctx.app);
      const scope = { kelurahan: KELURAHAN, rw: AREA.rw };
      const slowId = uuidv7();
      let release = () => {};
      const gate = new Promise<void>((r) => (release = r));
      let begun = () => {};
      const started = new Promise<void>((r) => (begun = r));
      // A slow push: its transaction writes first (the smaller txid) and commits last.
      const slow = ctx.t.db.transaction(async (tx) => {
        await writeRecords(tx, 'household', [
          {
            entity: 'household',
            id: slowId,
            ...AREA,
            fields: householdValues(AREA, 1),
            hlc: { street: '000000000000001-000000-slow' },
            deleted: false,
          },
        ]);
        begun();
        await gate;
      });
      await started;
      const quick = device.household(0);
      await device.push(quick.mutations);

      const before = await reader.pullAll(scope);
      release();
      await slow;
      const after = await reader.pullAll(scope, before.cursor);
      const ids = [...before.changes, ...after.changes].map((c) => c.id);
      expect(ids.sort()).toEqual([slowId, quick.householdId].sort());
    },
  );
  it.skipIf(kind.name === 'PGlite')(
    'a coverage upkeep transaction (aggregates only) does not hold pulls back; a write does',
    async () => {
      const device = new TestDevice(ctx.app);
      const scope = { kelurahan: KELURAHAN, rw: AREA.rw };
      // Held open with a transaction id, as the worker's round or the daily rebuild would.
      const pulledWhileHeld = async (marked: boolean) => {
        let release = () => {};
        const gate = new Promise<void>((r) => (release = r));
        let begun = () => {};
        const started = new Promise<void>((r) => (begun = r));
        const held = ctx.t.db.transaction(async (tx) => {
          if (marked) await markAggregatesOnly(tx);
          await tx.query('SELECT pg_current_xact_id()');
          begun();
          await gate;
        });
        await started;
        const quick = device.household(0);
        await device.push(quick.mutations);
        const pulled = await new TestDevice(ctx.app).pullAll(scope);
        release();
        await held;
        return pulled.changes.some((c) => c.id === quick.householdId);
      };
      expect(await pulledWhileHeld(true)).toBe(true);
      expect(await pulledWhileHeld(false)).toBe(false);
    },
  );
  it.skipIf(kind.name === 'PGlite')(
    'a transaction open in another database of the server does not hold pulls back',
    async () => {
      const other = await createTestDatabase(TEST_DATABASE_URL!);
      const client = new pg.Client({ connectionString: other.url });
      await client.connect();
      try {
        // A transaction id taken and held there, as a long write elsewhere would.
        await client.query('BEGIN');
        await client.query('SELECT pg_current_xact_id()');
        const device = new TestDevice(ctx.app);
        const quick = device.household(0);
        await device.push(quick.mutations);
        const pulled = await new TestDevice(ctx.app).pullAll({
          kelurahan: KELURAHAN,
          rw: AREA.rw,
        });
        expect(pulled.changes.map((c) => c.id)).toContain(quick.householdId);
      } finally {
        await client.query('ROLLBACK').catch(() => {});
        await client.end();
        await other.drop();
      }
    },
  );
});

describe.each(DATABASES)('pull in columns ($name)', (kind) => {
  const ctx = useApp(kind);

  it('sends the same records as columns to an app that asks, and as changes to one that does not', async () => {
    const device = new TestDevice(ctx.app);
    for (let i = 0; i < 3; i++) await device.push(device.household(2).mutations);
    const query = {
      deviceId: device.id,
      schemaVersion: String(SCHEMA_VERSION),
      kelurahan: KELURAHAN,
    };
    const pull = async (extra: Record<string, string>) =>
      ctx.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        headers: await device.headers(),
        query: { ...query, ...extra },
      });
    const plain = (await pull({})).json() as PullWireResponse;
    expect(plain.columns).toBeUndefined();
    expect(plain.changes).toHaveLength(9);

    const response = await pull({ encoding: 'columns' });
    expect(response.statusCode).toBe(200);
    const page = response.json() as PullWireResponse;
    expect(page.changes).toBeUndefined();
    expect(decodeColumns(page.columns!)).toEqual(plain.changes);
    expect({ ...page, columns: undefined }).toEqual({ ...plain, changes: undefined });
    expect(response.body.length).toBeLessThan(JSON.stringify(plain).length * 0.8);

    const unknown = await pull({ encoding: 'xml' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toBe('bad-request');
  });
});
