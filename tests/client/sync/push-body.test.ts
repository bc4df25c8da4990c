// The push body a device sends: gzip when it gains, plain JSON when it is too small to.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_PUSH_MIN_BYTES, pushBody } from '@client/sync/transport';
import { SCHEMA_VERSION, type PushRequest } from '@shared/sync/protocol';
import { TestDevice, householdValues } from '../../server/helpers/device';
import { uuidv7 } from '@shared/ids';

function request(households: number): PushRequest {
  const device = new TestDevice(null);
  const mutations = Array.from({ length: households }, (_, i) =>
    device.put('household', uuidv7(), householdValues(undefined, i)),
  );
  return { deviceId: device.id, schemaVersion: SCHEMA_VERSION, mutations };
}

describe('push body', () => {
  it('a batch of changes goes out gzip, several times smaller, and unpacks to the same JSON', async () => {
    const batch = request(50);
    const { body, headers } = await pushBody(batch);
    expect(headers).toEqual({ 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const bytes = Buffer.from(body as ArrayBuffer);
    const json = JSON.stringify(batch);
    expect(bytes.length).toBeLessThan(json.length / 3);
    expect(JSON.parse(gunzipSync(bytes).toString())).toEqual(batch);
  });

  it('a body under the threshold goes out as plain JSON', async () => {
    const small: PushRequest = { deviceId: uuidv7(), schemaVersion: SCHEMA_VERSION, mutations: [] };
    expect(JSON.stringify(small).length).toBeLessThan(GZIP_PUSH_MIN_BYTES);
    const { body, headers } = await pushBody(small);
    expect(headers).toEqual({ 'content-type': 'application/json' });
    expect(body).toBe(JSON.stringify(small));
  });
});
