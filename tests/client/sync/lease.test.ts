import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PintuDb } from '@client/db/db';
import { withSyncLease } from '@client/sync/lease';
import { SyncEngine } from '@client/sync/engine';
import type { SyncTransport } from '@client/sync/transport';
import { uuidv7 } from '@shared/ids';

describe('the sync lease where Web Locks are missing', () => {
  it('lets one tab sync at a time; the other skips, and syncs once the lease is free', async () => {
    const name = `lease-${uuidv7()}`;
    const [tabA, tabB] = [new PintuDb(name), new PintuDb(name)];
    let release!: () => void;
    const running = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const first = withSyncLease(tabA, 'a', async () => {
      order.push('a starts');
      await running;
      order.push('a ends');
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await withSyncLease(tabB, 'b', async () => void order.push('b'))).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await withSyncLease(tabB, 'b', async () => void order.push('b'))).toBe(true);
    expect(order).toEqual(['a starts', 'a ends', 'b']);
    tabA.close();
    await tabB.delete();
  });

  it('a lease left by a tab closed mid-sync expires', async () => {
    const db = new PintuDb(`lease-${uuidv7()}`);
    let time = 1_000_000;
    await db.meta.put({ key: 'syncLease', value: { holder: 'closed tab', until: time + 60_000 } });
    const ran: string[] = [];
    const tryRun = () =>
      withSyncLease(
        db,
        'me',
        async () => void ran.push('me'),
        60_000,
        () => time,
      );
    expect(await tryRun()).toBe(false);
    time += 60_001;
    expect(await tryRun()).toBe(true);
    expect(ran).toEqual(['me']);
    expect(await db.meta.get('syncLease')).toBeUndefined();
    await db.delete();
  });

  it('two tabs without Web Locks never sync at once', async () => {
    // Node 24 has Web Locks, as Chrome does; this is the browser without them.
    Object.defineProperty(globalThis.navigator, 'locks', { value: undefined, configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(globalThis.navigator, 'locks'));
    expect(globalThis.navigator.locks).toBeUndefined();
    const name = `lease-${uuidv7()}`;
    let inside = 0;
    let most = 0;
    const transport: SyncTransport = {
      push: async () => ({ results: [], lastSeq: 0 }),
      pull: async () => {
        most = Math.max(most, ++inside);
        await new Promise((r) => setTimeout(r, 30));
        inside--;
        return { changes: [], cursor: 'c', hasMore: false, remaining: 0 };
      },
    };
    const tabs = [new PintuDb(name), new PintuDb(name)];
    const engines = tabs.map((db) => new SyncEngine(db, transport, { scope: async () => ({}) }));
    await Promise.all(engines.map((e) => e.syncNow()));
    expect(most).toBe(1);
    tabs[0]!.close();
    await tabs[1]!.delete();
  });
});
