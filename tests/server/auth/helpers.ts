// Account API calls for the auth tests, through inject().
import type { FastifyInstance } from 'fastify';
import type { CreatedInvitation, InvitationRequest } from '@shared/auth/api';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION } from '@shared/sync/protocol';

export function enrollRequest(
  app: FastifyInstance,
  body: Record<string, unknown>,
  ip = '10.0.0.1',
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/enroll',
    remoteAddress: ip,
    headers,
    payload: { name: 'Siti Aminah', phone: '0812 3456 7890', deviceId: uuidv7(), ...body },
  });
}

export async function invite(
  app: FastifyInstance,
  headers: { authorization: string },
  request: InvitationRequest,
): Promise<CreatedInvitation> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers,
    payload: request,
  });
  if (response.statusCode !== 201)
    throw new Error(`invite: ${response.statusCode} ${response.body}`);
  return response.json<CreatedInvitation>();
}

export function pullAs(
  app: FastifyInstance,
  deviceId: string,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'GET',
    url: '/api/sync/pull',
    headers,
    query: { deviceId, schemaVersion: String(SCHEMA_VERSION), kelurahan: '32.75.01.1001' },
  });
}

export function pushAs(
  app: FastifyInstance,
  deviceId: string,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers,
    payload: { deviceId, schemaVersion: SCHEMA_VERSION, mutations: [] },
  });
}
