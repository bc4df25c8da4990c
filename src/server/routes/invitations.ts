import type { FastifyInstance } from 'fastify';
import { sessionOf } from '../auth/hook';
import { createInvitation } from '../auth/invitations';
import {
  deleteInvitation,
  findInvitation,
  invitationOf,
  listInvitations,
} from '../auth/invitations-data';
import { requireManager, requireMayGrant } from '../auth/policy';
import { areaOf } from '../auth/users-data';
import { checkAreaFits, idSchema, invitationSchema, parse } from '../auth/validation';
import { areaWithin } from '@shared/auth/roles';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { AUTH_BODY_LIMIT } from './auth';

/** GET/POST /api/invitations, DELETE /api/invitations/:id: for those who manage people. */
export function invitationRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/invitations', async (request) => {
    const { user } = sessionOf(request);
    requireManager(user);
    const rows = await listInvitations(db, user.area.kelurahanCode);
    return rows.filter((row) => areaWithin(user.area, areaOf(row))).map(invitationOf);
  });

  app.post('/api/invitations', { bodyLimit: AUTH_BODY_LIMIT }, async (request, reply) => {
    const { user } = sessionOf(request);
    requireManager(user);
    const input = parse(invitationSchema, request.body);
    const area = checkAreaFits(input.role, input.area);
    requireMayGrant(user, input.role, area);
    const created = await createInvitation(db, {
      role: input.role,
      area,
      name: input.name ?? null,
      createdBy: user.id,
    });
    return reply.status(201).send(created);
  });

  app.delete('/api/invitations/:id', async (request, reply) => {
    const { user } = sessionOf(request);
    requireManager(user);
    const id = parse(idSchema, (request.params as { id: string }).id);
    const row = await findInvitation(db, id);
    if (!row || row.deleted_at !== null || !areaWithin(user.area, areaOf(row))) {
      throw new ApiError(404, 'not-found', 'Undangan tidak ditemukan.');
    }
    await deleteInvitation(db, id);
    return reply.status(204).send();
  });
}
