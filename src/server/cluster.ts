import cluster, { type Worker } from 'node:cluster';

/** A worker that dies is started again after this pause (not at once: a crash loop would spin). */
const RESTART_AFTER_MS = 1_000;

/**
 * WORKERS=n: this process is the cluster's primary. It serves nothing and opens no database;
 * it forks n workers, each the whole server (main.ts) on the one shared port, which the
 * primary hands connections to in turn. Nothing in a worker assumes it is alone: migrations
 * take an advisory lock, the demo seed runs in one process only (`whileLocked`), and
 * everything shared lives in PostgreSQL, as with n processes started apart behind a proxy.
 *
 * - A worker that dies is started again.
 * - SIGTERM / SIGINT: the workers stop one after the other, each finishing its requests in
 *   flight while the others still serve; then the primary exits.
 * - SIGHUP: a rolling restart: for each worker, a new one starts and listens, then the old one
 *   stops, so the port never goes unserved (new code, after a deploy).
 */
export function runPrimary(workers: number): void {
  const live = new Set<Worker>();
  let stopping = false;
  let everListened = false;

  const fork = (): Worker => {
    const worker = cluster.fork();
    live.add(worker);
    worker.once('listening', () => (everListened = true));
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping || asked.has(worker)) return;
      if (!everListened) {
        // It never served: a bad configuration or database, which a restart will not fix.
        console.error(`Pintu: a worker failed to start (${signal ?? code}); stopping.`);
        void stopAll(1);
        return;
      }
      console.error(`Pintu: worker ${worker.process.pid} died (${signal ?? code}); restarting it.`);
      setTimeout(() => stopping || fork(), RESTART_AFTER_MS).unref();
    });
    return worker;
  };

  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    for (const worker of [...live]) await stopWorker(worker);
    process.exit(exitCode);
  };

  let restarting = false;
  const rollingRestart = async () => {
    if (restarting || stopping) return;
    restarting = true;
    for (const old of [...live]) {
      const fresh = fork();
      await new Promise<void>((listening) => fresh.once('listening', () => listening()));
      await stopWorker(old);
    }
    restarting = false;
  };

  for (let i = 0; i < workers; i++) fork();
  process.once('SIGTERM', () => void stopAll(0));
  process.once('SIGINT', () => void stopAll(0));
  process.on('SIGHUP', () => void rollingRestart());
}

/** Workers told to stop: their exit is no death to make up for. */
const asked = new WeakSet<Worker>();

/** SIGTERM to one worker (main.ts stops it gracefully); resolves when it has exited. */
function stopWorker(worker: Worker): Promise<void> {
  if (worker.isDead()) return Promise.resolve();
  return new Promise((exited) => {
    worker.once('exit', () => exited());
    asked.add(worker);
    worker.process.kill('SIGTERM');
  });
}
