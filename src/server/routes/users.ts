import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { forgetDevice } from '../auth/authenticate';
import { sessionOf } from '../auth/hook';
import { requireMayGrant, requireMayManage, requireMaySeeUsers } from '../auth/policy';
import { listUserSummaries } from '../auth/user-summaries';
import { findUser, revokeUser, updateUserArea } from '../auth/users-data';
import { areaSchema, checkAreaFits, idSchema, parse } from '../auth/validation';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { logRead } from './access-log';
import { AUTH_BODY_LIMIT } from './auth';

const patchSchema = z.object({ area: areaSchema });

/** GET /api/users, PATCH /api/users/:id {area}, POST /api/users/:id/revoke. */
export function userRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/users', async (request) => {
    const { user } = sessionOf(request);
    requireMaySeeUsers(user);
    const people = await listUserSummaries(db, user.area);
    await logRead(db, request, 'users', user.area, { users: people.length });
    return people;
  });

  app.patch('/api/users/:id', { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    const { user } = sessionOf(request);
    const target = await managedUser(db, user, (request.params as { id: string }).id);
    const { area: asked } = parse(patchSchema, request.body);
    const area = checkAreaFits(target.role, asked);
    requireMayGrant(user, target.role, area);
    return db.transaction((tx) => updateUserArea(tx, target.id, area));
  });

  app.post('/api/users/:id/revoke', async (request) => {
    const { user } = sessionOf(request);
    const target = await managedUser(db, user, (request.params as { id: string }).id);
    const devices = await db.transaction((tx) => revokeUser(tx, target.id));
    for (const deviceId of devices) forgetDevice(deviceId);
    return (await findUser(db, target.id))!;
  });
}

async function managedUser(
  db: Database,
  caller: Parameters<typeof requireMayManage>[0],
  id: string,
) {
  const target = await findUser(db, parse(idSchema, id));
  if (!target) throw new ApiError(404, 'not-found', 'Pengguna tidak ditemukan.');
  requireMayManage(caller, target);
  return target;
}
