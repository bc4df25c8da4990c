// Pintu runs on Node 24 LTS (package.json `engines`). On a machine whose Node is older,
// `npm test` and `npm start` run themselves again on a Node 24 from the npm registry's `node`
// package, installed once into .tools/ (git-ignored, about 190 MB; npm fetches nothing but
// registry packages), with that Node first on PATH so every npm, npx and node they start
// runs on it too.
//
//   node scripts/node-24.mjs   prints the folder of a Node 24 binary (installing it if needed);
//                              .ci/run puts it first on PATH before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAJOR = 24;
const TOOLS = fileURLToPath(new URL('../.tools', import.meta.url));
const TOOLS_BIN = join(TOOLS, 'node_modules/node/bin');

const runningMajor = () => Number(process.versions.node.split('.')[0]);

/** The folder holding a Node 24 binary: this process's own, or the one in .tools/. */
export function node24Bin() {
  if (runningMajor() >= MAJOR) return dirname(process.execPath);
  if (existsSync(join(TOOLS_BIN, 'node'))) return TOOLS_BIN;
  console.error(
    `Node ${process.versions.node} is older than Node ${MAJOR}: ` +
      `installing Node ${MAJOR} from the npm registry's \`node\` package into .tools/ …`,
  );
  mkdirSync(TOOLS, { recursive: true });
  // A project of its own, so the install leaves Pintu's package.json alone; `node` fetches its
  // platform's binary in a preinstall script, which npm 11 runs only when allowScripts says so.
  const manifest = {
    private: true,
    dependencies: { node: `^${MAJOR}` },
    allowScripts: { node: true },
  };
  writeFileSync(join(TOOLS, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const npm = spawnSync('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (npm.status !== 0 || !existsSync(join(TOOLS_BIN, 'node'))) {
    console.error(`Could not install Node ${MAJOR} into .tools/; install Node ${MAJOR} instead.`);
    process.exit(1);
  }
  return TOOLS_BIN;
}

/**
 * Returns at once on Node 24 or newer. On an older Node, runs this same script on Node 24 with
 * the same arguments and exits as it does: the promise never resolves. SIGTERM is passed on;
 * Ctrl-C (SIGINT) and a closed terminal (SIGHUP) reach both processes from the terminal, so
 * this one only waits for the other to finish (a second SIGINT would cut its graceful stop).
 */
export function onNode24() {
  if (runningMajor() >= MAJOR) return Promise.resolve();
  const bin = node24Bin();
  const child = spawn(join(bin, 'node'), [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  const wait = () => {};
  const pass = () => child.kill('SIGTERM');
  process.on('SIGINT', wait).on('SIGHUP', wait).on('SIGTERM', pass);
  child.on('exit', (code, signal) => {
    process.off('SIGINT', wait).off('SIGHUP', wait).off('SIGTERM', pass);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
  return new Promise(() => {});
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(node24Bin());
