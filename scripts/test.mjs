#!/usr/bin/env node
// Runs every test, in the order that fails fastest: types and lint, unit and server tests
// (against PGlite, and against PostgreSQL when one can be started), then the built PWA in
// real Chromium. `npm test` runs this, on a fresh Debian machine too: it first installs the
// Debian packages the tests need (test-packages.mjs), then runs on Node 24 (node-24.mjs).
import { spawnSync } from 'node:child_process';
import { onNode24 } from './node-24.mjs';
import { installTestPackages } from './test-packages.mjs';
import { startTestPostgres } from './test-postgres.mjs';

// Packages first: on an older Node this process runs only this, then waits for the Node 24 one.
installTestPackages();
await onNode24();
console.log(`Node ${process.versions.node}`);

const steps = [];
const run = (name, command, args, env = {}) => {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  steps.push(`${result.status === 0 ? '✓' : '✗'} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    summary();
    process.exit(result.status ?? 1);
  }
};
const summary = () => console.log(`\n${steps.join('\n')}`);

run('types, lint, format', 'npm', ['run', '--silent', 'check']);
run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
const postgres = await startTestPostgres();
const dbEnv = postgres ? { TEST_DATABASE_URL: postgres.url } : {};
try {
  run('unit and server tests', 'npx', ['vitest', 'run'], dbEnv);
  run('end to end (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], dbEnv);
} finally {
  await postgres?.stop();
}
summary();
