// One app over one test database per `describe.each(DATABASES)` block, emptied before each test.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp, type AppOptions } from '@server/app';
import type { DatabaseKind, TestDatabase } from './databases';
import { useDatabase } from './sign-in';

export function useApp(
  kind: DatabaseKind,
  staticDir?: string,
  options: Omit<AppOptions, 'db' | 'staticDir'> = {},
) {
  const ctx = {
    /** Empties the database, once the coverage worker has finished the last pushes. */
    async reset() {
      await ctx.app.coverageWorker.settled(60_000);
      await ctx.t.reset();
    },
  } as { app: FastifyInstance; t: TestDatabase; reset(): Promise<void> };
  beforeAll(async () => {
    ctx.t = await kind.open();
    ctx.app = await buildApp({ ...options, db: ctx.t.db, ...(staticDir ? { staticDir } : {}) });
    useDatabase(ctx.app, ctx.t.db);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.t?.close();
  });
  beforeEach(() => ctx.reset());
  return ctx;
}
