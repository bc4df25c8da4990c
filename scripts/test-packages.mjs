// What the tests need from the machine besides node_modules: Debian's Chromium (the end-to-end
// tests drive /usr/bin/chromium, or CHROMIUM_PATH) and PostgreSQL (the server tests run against
// a real server too, unless TEST_DATABASE_URL names one). `npm test` installs the missing ones
// from Debian with apt-get, as root or through sudo; when it cannot, it prints the command to
// run and stops before any test starts, rather than failing 12 browser tests minutes later.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { postgresBin } from './test-postgres.mjs';

const chromium = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NEEDS = [
  { pkg: 'chromium', where: chromium, present: () => existsSync(chromium()) },
  {
    pkg: 'postgresql',
    where: () => '/usr/lib/postgresql/*/bin/postgres',
    present: () => Boolean(process.env.TEST_DATABASE_URL) || postgresBin() !== null,
  },
];

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** `sudo` when it can be used here: without a password, or with one typed at a terminal. */
const usableSudo = () =>
  onPath('sudo') &&
  (process.stdin.isTTY || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0);

/** The command a person would type, as root or (`sudo` true) through sudo. */
const installCommand = (sudo, missing) =>
  `${sudo ? 'sudo ' : ''}apt-get update && ${sudo ? 'sudo env ' : ''}` +
  `DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;

const stop = (lines) => {
  console.error(`\n✗ ${lines.join('\n  ')}`);
  process.exit(1);
};

/** Installs what is missing (apt-get update once, then one install), or exits with a reason. */
export function installTestPackages() {
  const missing = NEEDS.filter((need) => !need.present()).map((need) => need.pkg);
  if (missing.length === 0) return;

  const needed = `The tests need ${missing.join(' and ')} (Debian)`;
  if (!onPath('apt-get')) {
    stop([
      `${needed}, and this machine has no apt-get.`,
      'Install Chromium and PostgreSQL with its package manager; set CHROMIUM_PATH to the',
      'browser, or TEST_DATABASE_URL to a PostgreSQL database the tests may fill.',
    ]);
  }
  const root = process.getuid?.() === 0;
  if (!root && !usableSudo()) {
    stop([`${needed}; installing takes root. As root, run:`, installCommand(false, missing)]);
  }

  console.log(`\n▶ installing ${missing.join(', ')} (Debian packages the tests need)`);
  const prefix = root ? ['env'] : ['sudo', 'env'];
  const apt = (...args) => {
    const result = spawnSync(
      prefix[0],
      [...prefix.slice(1), 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args],
      { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' },
    );
    if (result.status === 0) return;
    process.stdout.write(result.stdout ?? '');
    stop([`apt-get ${args[0]} failed. Run it yourself:`, installCommand(!root, missing)]);
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
  const still = NEEDS.filter((need) => missing.includes(need.pkg) && !need.present());
  for (const need of still) stop([`${need.pkg} is installed, but ${need.where()} is not there.`]);
}
