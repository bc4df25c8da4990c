// A migrated, empty PGlite folder, made once per set of migrations and copied into each test
// server's DATA_DIR: creating a PGlite database and migrating it takes seconds to tens of
// seconds on a loaded machine, and the end-to-end tests start dozens of servers.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrate } from '@server/db/migrate';
import { openPglite } from '@server/db/pglite';

const MIGRATIONS = resolve(import.meta.dirname, '../../src/server/db/migrations');

/** The template's folder, named by a hash of the migrations, so a changed one makes a new one. */
function templateDir(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS).sort()) {
    hash.update(name).update(readFileSync(join(MIGRATIONS, name)));
  }
  return join(tmpdir(), `pintu-e2e-pglite-${hash.digest('hex').slice(0, 12)}`);
}

async function ensureTemplate(): Promise<string> {
  const dir = templateDir();
  if (existsSync(join(dir, 'ready'))) return dir;
  const building = await mkdtemp(join(tmpdir(), 'pintu-e2e-pglite-building-'));
  const db = await openPglite(building);
  await migrate(db);
  await db.close();
  await writeFile(join(building, 'ready'), '');
  // Another test process may have finished one meanwhile: either copy is the same.
  await rename(building, dir).catch(() => rm(building, { recursive: true, force: true }));
  return dir;
}

/** Gives `dataDir` a migrated, empty embedded database, as a server's first start would. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const template = await ensureTemplate();
  await cp(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
}
