import type { Queryable } from '../db/database';

/**
 * Refreshes the planner's statistics. Without them PostgreSQL takes a big table for a small
 * one and sorts a whole kelurahan for every pull page instead of walking the pull index.
 * PostgreSQL's autovacuum does this by itself; PGlite has no autovacuum, so the server runs it.
 */
export async function analyze(q: Queryable): Promise<void> {
  await q.exec('ANALYZE');
}
