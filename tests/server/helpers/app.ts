// One app over one test database per `describe.each(DATABASES)` block, emptied before each test.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '@server/app';
import type { DatabaseKind, TestDatabase } from './databases';
import { useDatabase } from './sign-in';

export function useApp(kind: DatabaseKind, staticDir?: string) {
  const ctx = {} as { app: FastifyInstance; t: TestDatabase };
  beforeAll(async () => {
    ctx.t = await kind.open();
    ctx.app = await buildApp({ db: ctx.t.db, ...(staticDir ? { staticDir } : {}) });
    useDatabase(ctx.app, ctx.t.db);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.t?.close();
  });
  beforeEach(async () => {
    await ctx.t.reset();
  });
  return ctx;
}
