#!/usr/bin/env node
// Runs every test, in the order that fails fastest: types and lint, unit and server tests
// (against PGlite, and against PostgreSQL when one can be started), then the built PWA in
// real Chromium. `npm test` runs this; CI runs `npm test` after installing packages.
import { spawnSync } from 'node:child_process';
import { startTestPostgres } from './test-postgres.mjs';

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
