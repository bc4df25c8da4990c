// Shared by the server benchmarks: a real server process on a loopback port over a fresh
// database (PGlite in a temporary DATA_DIR, or a fresh database on PostgreSQL), and a little
// statistics. Benchmarks print numbers; they never fail on a slow machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@server/db/migrate';
import { openDatabase } from '@server/db/open';
import { seedDemo } from '@server/seed/demo';
import { startTestPostgres } from '../../../scripts/test-postgres.mjs';
import { createTestDatabase } from '../../server/helpers/databases';
import { freePort, startServer, type ServerProcess } from '../../server/helpers/server-process';
import { signIn, type SignedIn, type SignInOptions } from '../../server/helpers/sign-in';

export type Kind = 'pglite' | 'postgres';

/** Which databases to measure: argv `pglite` / `postgres`, default both (PostgreSQL if it can start). */
export function kindsFromArgs(): Kind[] {
  const asked = process.argv.slice(2).filter((a): a is Kind => a === 'pglite' || a === 'postgres');
  return asked.length > 0 ? asked : ['pglite', 'postgres'];
}

export type Place = { kind: Kind; env: Record<string, string>; drop(): Promise<void> };

let postgres: Awaited<ReturnType<typeof startTestPostgres>> | undefined;

/** A fresh, empty database of this kind; null when PostgreSQL is not available. */
export async function freshPlace(kind: Kind): Promise<Place | null> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'pintu-bench-'));
    return { kind, env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  postgres ??= await startTestPostgres();
  if (!postgres) return null;
  const own = await createTestDatabase(postgres.url);
  return { kind, env: { DATABASE_URL: own.url, DATA_DIR: tmpdir() }, drop: own.drop };
}

export async function stopPostgres(): Promise<void> {
  await postgres?.stop();
}

/** Seeds synthetic kelurahan into the place before any server opens it. */
export async function seed(place: Place, kelurahan: string[]): Promise<void> {
  const db = await openDatabase({
    dataDir: place.env.DATA_DIR!,
    ...(place.env.DATABASE_URL ? { databaseUrl: place.env.DATABASE_URL } : {}),
  });
  try {
    await migrate(db);
    await seedDemo(db, { info: () => {} }, { kelurahan, rtsPerTransaction: 7 });
  } finally {
    await db.close();
  }
}

/**
 * Signs devices in (a user and a device token each, straight into the database) before any
 * server opens the place; returns each device's Authorization header, in order.
 */
export async function signInDevices(
  place: Place,
  devices: readonly (SignInOptions & { deviceId: string })[],
): Promise<SignedIn['headers'][]> {
  const db = await openDatabase({
    dataDir: place.env.DATA_DIR!,
    ...(place.env.DATABASE_URL ? { databaseUrl: place.env.DATABASE_URL } : {}),
  });
  try {
    await migrate(db);
    const headers: SignedIn['headers'][] = [];
    for (const device of devices) headers.push((await signIn(db, device)).headers);
    return headers;
  } finally {
    await db.close();
  }
}

export async function serve(
  place: Place,
  env: Record<string, string> = {},
): Promise<ServerProcess & { stop(): Promise<void> }> {
  const server = await startServer({
    ...place.env,
    ...env,
    PORT: String(await freePort()),
    LOG_LEVEL: 'error',
  });
  return {
    ...server,
    stop: async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
