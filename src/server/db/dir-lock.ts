import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A lock file holding this process's id. Another live process holding it → an error naming
 * it; a lock left by a process that died (SIGKILL, power loss) is taken over. Returns the
 * release function.
 */
export function acquireDirLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `${path} is held by process ${holder}: another server uses this DATA_DIR. ` +
            'Stop it, or give this one its own DATA_DIR.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
