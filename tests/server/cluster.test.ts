// WORKERS=n: one primary forks n servers on one port. Started on an empty PostgreSQL, the
// workers migrate in turn (else their CREATE TABLEs would collide) and the demo codes are printed once; a worker that dies is started
// again while the port keeps answering; SIGTERM stops every worker and then the primary.
// PostgreSQL only (PGlite lives inside one process).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_URL } from './helpers/databases';
import { freePort, startServer } from './helpers/server-process';

/** The worker processes the primary forked (Linux: the kernel lists a process's children). */
function workersOf(primary: number): number[] {
  return readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: () => T | Promise<T>, ok: (value: T) => boolean, ms = 30_000) {
  const started = Date.now();
  for (;;) {
    const value = await what();
    if (ok(value)) return value;
    if (Date.now() - started > ms) throw new Error(`gave up waiting; last: ${String(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!TEST_DATABASE_URL || process.platform !== 'linux')(
  'WORKERS=3 (PostgreSQL only: PGlite serves one process; set TEST_DATABASE_URL)',
  () => {
    const cleanups: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    });

    it(
      'serves from 3 processes, replaces one that dies, and stops them all on SIGTERM',
      { timeout: 90_000 },
      async () => {
        const own = await createTestDatabase(TEST_DATABASE_URL!);
        cleanups.push(own.drop);
        const server = await startServer({
          DATABASE_URL: own.url,
          PORT: String(await freePort()),
          WORKERS: '3',
          SEED: 'accounts',
        });
        cleanups.push(async () => server.child.kill('SIGKILL'));
        const primary = server.child.pid!;
        const ready = () => server.output().match(/Pintu siap/g)?.length ?? 0;
        await until(ready, (n) => n === 3);
        const workers = workersOf(primary);
        expect(workers).toHaveLength(3);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

        process.kill(workers[0]!, 'SIGKILL');
        await until(ready, (n) => n === 4);
        expect(server.output()).toMatch(/worker \d+ died \(SIGKILL\); restarting it/);
        const replaced = workersOf(primary);
        expect(replaced).toHaveLength(3);
        expect(replaced).not.toContain(workers[0]);
        for (let i = 0; i < 6; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

        // One table of the demo codes, not one per worker.
        await until(
          () => server.output(),
          (out) => out.includes('Akun demo'),
        );
        expect(server.output().match(/Akun demo/g)).toHaveLength(1);

        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
        expect(replaced.filter(isAlive)).toEqual([]);
      },
    );
  },
);
