// A simulated device: makes valid records and the mutations a real device would send for
// them (ids, per-device seq, HLCs), and talks to the app through inject().
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '@shared/ids';
import { HlcClock } from '@shared/sync/hlc';
import { fieldClocks } from '@shared/sync/record-clock';
import {
  SCHEMA_VERSION,
  type Mutation,
  type PullResponse,
  type PushResponse,
  type RecordChange,
} from '@shared/sync/protocol';
import type { EntityName } from '@shared/domain/entities';
import { databaseOf, signIn, type SignedIn, type SignInOptions } from './sign-in';

export const KELURAHAN = '32.75.01.1001';
export const OTHER_KELURAHAN = '32.75.01.1002';

export type Area = { kelurahanCode: string; rw: number; rt: number };
export const AREA: Area = { kelurahanCode: KELURAHAN, rw: 3, rt: 5 };

export function householdValues(area: Area = AREA, n = 1) {
  return { ...area, street: `Jalan Melati ${n}`, houseNumber: String(n), headName: `Budi ${n}` };
}

export function residentValues(householdId: string, area: Area = AREA, n = 1) {
  return {
    householdId,
    ...area,
    name: `Siti Aminah ${n}`,
    birthDate: '1980-04-12',
    sex: 'P',
    relation: 'istri',
    ktpElsewhere: false,
    residenceStatus: 'aktif',
  };
}

export function doseValues(residentId: string, householdId: string, area: Area = AREA) {
  return {
    residentId,
    householdId,
    ...area,
    kind: 'dosis1',
    date: '2021-08-17',
    product: 'coronavac',
  };
}

/** An open isoman episode that started `daysAgo` days before today (UTC date). */
export function isomanValues(
  residentId: string,
  householdId: string,
  area: Area = AREA,
  daysAgo = 2,
) {
  const start = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(Date.parse(start) + 10 * 86_400_000).toISOString().slice(0, 10);
  return { residentId, householdId, ...area, startDate: start, expectedEndDate: end };
}

export function visitValues(householdId: string, area: Area = AREA) {
  return {
    householdId,
    ...area,
    at: '2021-08-17T09:30:00+07:00',
    outcome: 'ditemui',
    revisitNeeded: false,
  };
}

export class TestDevice {
  readonly id = uuidv7();
  private seq = 0;
  readonly clock: HlcClock;
  /** The app version this device speaks as (an older app's, to test what it is answered). */
  schemaVersion = SCHEMA_VERSION;
  private auth: Promise<SignedIn> | null = null;

  /**
   * Without an app, the device only makes mutations (for tests that talk HTTP themselves).
   * With one (from useApp, or registered with `useDatabase`), the device signs in before its
   * first request, as an admin kota (the whole city) unless `signInAs` says otherwise.
   */
  constructor(
    private readonly app: FastifyInstance | null,
    now: () => number = Date.now,
    private readonly signInAs: SignInOptions = { role: 'admin-kota' },
  ) {
    this.clock = new HlcClock(this.id, undefined, now);
  }

  /** The user and token this device acts with (made on first use). */
  signIn(): Promise<SignedIn> {
    this.auth ??= signIn(databaseOf(this.app!), { ...this.signInAs, deviceId: this.id });
    return this.auth;
  }

  /** The Authorization header of this device's requests. */
  async headers(): Promise<{ authorization: string }> {
    return (await this.signIn()).headers;
  }

  put(entity: EntityName, entityId: string, values: Record<string, unknown>): Mutation {
    return {
      id: uuidv7(),
      seq: ++this.seq,
      entity,
      entityId,
      op: 'put',
      values,
      hlc: this.clock.next(),
    };
  }

  delete(entity: EntityName, entityId: string): Mutation {
    return {
      id: uuidv7(),
      seq: ++this.seq,
      entity,
      entityId,
      op: 'delete',
      hlc: this.clock.next(),
    };
  }

  /** Creates a household with `residents` residents; returns the ids and the mutations. */
  household(residents = 0, area: Area = AREA) {
    const householdId = uuidv7();
    const residentIds = Array.from({ length: residents }, () => uuidv7());
    const mutations = [
      this.put('household', householdId, householdValues(area)),
      ...residentIds.map((id, i) => this.put('resident', id, residentValues(householdId, area, i))),
    ];
    return { householdId, residentIds, mutations };
  }

  async push(mutations: readonly Mutation[], deviceId = this.id) {
    const response = await this.app!.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: await this.headers(),
      payload: { deviceId, schemaVersion: this.schemaVersion, mutations },
    });
    if (response.statusCode !== 200) {
      throw new Error(`push answered ${response.statusCode}: ${response.body}`);
    }
    return response.json<PushResponse>();
  }

  async pull(
    scope: { kelurahan: string; rw?: number; rt?: number },
    cursor?: string,
    limit?: number,
  ) {
    const query: Record<string, string> = {
      deviceId: this.id,
      schemaVersion: String(this.schemaVersion),
      kelurahan: scope.kelurahan,
    };
    if (scope.rw !== undefined) query.rw = String(scope.rw);
    if (scope.rt !== undefined) query.rt = String(scope.rt);
    if (cursor) query.cursor = cursor;
    if (limit) query.limit = String(limit);
    const response = await this.app!.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: await this.headers(),
      query,
    });
    if (response.statusCode !== 200) {
      throw new Error(`pull answered ${response.statusCode}: ${response.body}`);
    }
    const page = response.json<PullResponse>();
    // Every field's stamp, as the device lands them (one clock per record on the wire).
    const changes = page.changes.map(everyStamp);
    return { ...page, changes, wire: page.changes };
  }

  /** Pulls page after page until nothing more waits; returns every change and the cursor. */
  async pullAll(
    scope: { kelurahan: string; rw?: number; rt?: number },
    cursor?: string,
    limit?: number,
  ) {
    const changes: RecordChange[] = [];
    const pages: PullResponse[] = [];
    for (;;) {
      const page = await this.pull(scope, cursor, limit);
      pages.push(page);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor, pages };
    }
  }
}

/** The latest version of each record among pulled changes, by id. */
export function latest(changes: readonly RecordChange[]): Map<string, RecordChange> {
  return new Map(changes.map((c) => [c.id, c]));
}

/** A pulled record with every field's stamp and no `at`, as the device lands it. */
function everyStamp(change: RecordChange): RecordChange {
  const { at: _at, ...rest } = change;
  return { ...rest, hlc: fieldClocks(change) };
}
