// A made-up device that writes records through the sync API, as a phone would: enrolled with
// an invitation code, its mutations numbered and stamped by its own HLC clock. For setting up
// what a test then looks at in the browser.
import { uuidv7 } from '@shared/ids';
import { HlcClock } from '@shared/sync/hlc';
import { SCHEMA_VERSION, type Mutation } from '@shared/sync/protocol';
import { call, enrollViaApi } from './harness-auth';

export type PushAnswer = { results: { status: string; reason?: string }[] };

export type PushingDevice = {
  token: string;
  /** A `put` of `values` on `entityId` (a new id by default), stamped and numbered. */
  put(entity: string, values: Record<string, unknown>, entityId?: string): Mutation;
  push(mutations: Mutation[]): Promise<PushAnswer>;
};

export async function pushingDevice(appUrl: string, code: string): Promise<PushingDevice> {
  const { token } = await enrollViaApi(appUrl, code);
  const deviceId = token.split('.')[0]!;
  const clock = new HlcClock(deviceId);
  let seq = 0;
  return {
    token,
    put: (entity, values, entityId = uuidv7()) => ({
      id: uuidv7(),
      seq: ++seq,
      entity: entity as Mutation['entity'],
      entityId,
      op: 'put',
      values,
      hlc: clock.next(),
    }),
    push: (mutations) =>
      call<PushAnswer>(appUrl, '/api/sync/push', token, {
        method: 'POST',
        body: { deviceId, schemaVersion: SCHEMA_VERSION, mutations },
      }),
  };
}
