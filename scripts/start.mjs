#!/usr/bin/env node
// `npm start`: builds the PWA when dist/client is missing or older than its sources, then
// runs the server (TypeScript, through tsx) in this same process, so signals reach it
// directly; on a Node older than 24, in the Node 24 process that node-24.mjs starts.
// Configuration is the server's: PORT, HOST, DATA_DIR, DATABASE_URL, STATIC_DIR, LOG_LEVEL,
// SEED, HERD_IMMUNITY_TARGET (see src/server/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onNode24 } from './node-24.mjs';

await onNode24();

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_STATIC_DIR = join(ROOT, 'dist/client');
const SOURCES = ['index.html', 'vite.config.ts', 'public', 'src/client', 'src/sw', 'src/shared'];

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

// A STATIC_DIR given explicitly is someone else's build: serve it as it is.
if (!process.env.STATIC_DIR) {
  process.env.STATIC_DIR = DEFAULT_STATIC_DIR;
  const built = newest(join(DEFAULT_STATIC_DIR, 'index.html'));
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (built < sources) {
    console.log(built ? 'Sources changed; rebuilding the PWA…' : 'Building the PWA…');
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const { register } = await import('tsx/esm/api');
register({ tsconfig: join(ROOT, 'tsconfig.json') });
await import('../src/server/main.ts');
