import { z } from 'zod';
import { ENTITY_NAMES } from '../domain/entities';
import { UUID_PATTERN } from '../ids';
import { isHlc } from './hlc';
import type { Mutation, PushRequest } from './protocol';

/** Checks of the protocol's shapes (protocol.ts) for whoever receives them untrusted. */

export const MAX_MUTATIONS_PER_PUSH = 1000;

export const mutationSchema = z.object({
  id: z.string().regex(UUID_PATTERN),
  seq: z.number().int().min(1),
  entity: z.enum(ENTITY_NAMES),
  entityId: z.string().regex(UUID_PATTERN),
  op: z.enum(['put', 'delete']),
  values: z.record(z.string(), z.unknown()).optional(),
  hlc: z.string().refine(isHlc, { error: 'Not an HLC' }),
}) satisfies z.ZodType<Mutation>;

export const pushRequestSchema = z.object({
  deviceId: z.string().regex(UUID_PATTERN),
  schemaVersion: z.number().int(),
  mutations: z.array(mutationSchema).max(MAX_MUTATIONS_PER_PUSH),
}) satisfies z.ZodType<PushRequest>;
