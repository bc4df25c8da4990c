// CPU time spent by the processes taking part in a first sync, read from /proc (Linux), to say
// where the time goes: Chromium's browser process (where IndexedDB writes to disk), its
// renderer (the page: JSON, Dexie, structured clone of each record), the sync server (Node,
// with PGlite inside it), and PostgreSQL's backends for this run's database. Only this
// script's own child processes count (other Chromiums may run on the machine at the time).
import { readdirSync, readFileSync } from 'node:fs';

export type CpuGroup = 'browser' | 'renderer' | 'server' | 'postgres';
export type CpuTimes = Record<CpuGroup, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU milliseconds used so far per group; all zero where /proc cannot be read. */
export function cpuTimes(serverPid: number | undefined, postgresDb?: string): CpuTimes {
  const times: CpuTimes = { browser: 0, renderer: 0, server: 0, postgres: 0 };
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return times;
  }
  const stats = new Map<number, { parent: number; cmd: string; ms: number }>();
  for (const pid of pids) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // The fields after the command name: the parent is the 2nd, utime and stime the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), {
        parent: Number(f[1]),
        cmd,
        ms: (Number(f[11]) + Number(f[12])) * TICK_MS,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = pid; p > 1; p = stats.get(p)?.parent ?? 0) if (p === process.pid) return true;
    return false;
  };
  for (const [pid, { cmd, ms }] of stats) {
    const group = groupOf(pid, cmd, serverPid, postgresDb);
    if (group && (group === 'postgres' || mine(pid))) times[group] += ms;
  }
  return times;
}

function groupOf(
  pid: number,
  cmd: string,
  serverPid: number | undefined,
  postgresDb: string | undefined,
): CpuGroup | null {
  if (pid === serverPid) return 'server';
  // A PostgreSQL backend shows its user and database in its command line.
  if (postgresDb && cmd.startsWith('postgres:') && cmd.includes(postgresDb)) return 'postgres';
  if (!cmd.includes('chromium')) return null;
  if (cmd.includes('--type=renderer')) return 'renderer';
  // Browser process, and its utility processes (network, storage) where Chromium splits them.
  if (!cmd.includes('--type=') || cmd.includes('--type=utility')) return 'browser';
  return null;
}

export function cpuSince(before: CpuTimes, after: CpuTimes): CpuTimes {
  return {
    browser: after.browser - before.browser,
    renderer: after.renderer - before.renderer,
    server: after.server - before.server,
    postgres: after.postgres - before.postgres,
  };
}
