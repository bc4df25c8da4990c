// The account commands as people run them: admin:create on a stopped server's data, then the
// server; and the demo accounts `npm start` prints (SEED=demo).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { createTestDatabase, TEST_DATABASE_URL } from '../helpers/databases';
import { startServer } from '../helpers/server-process';
import { adminCreate, enrollOverHttp, inviteOverHttp } from '../helpers/server-sign-in';

type Place = {
  name: string;
  env: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
};

const PLACES: Place[] = [
  {
    name: 'PGlite',
    env: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'pintu-admin-'));
      return { env: { DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  ...(TEST_DATABASE_URL
    ? [
        {
          name: 'PostgreSQL',
          env: async () => {
            const own = await createTestDatabase(TEST_DATABASE_URL!);
            return { env: { DATABASE_URL: own.url, DATA_DIR: tmpdir() }, drop: own.drop };
          },
        },
      ]
    : []),
];

describe.each(PLACES)('account commands ($name)', (place) => {
  it('admin:create prints a code and link that enroll an admin kota, once', async () => {
    const { env, drop } = await place.env();
    try {
      const { output, code } = await adminCreate({ ...env, PORT: '8123' });
      expect(output).toContain(`http://localhost:8123/daftar?kode=${code}`);
      const server = await startServer({ ...env, PORT: '0' });
      try {
        const admin = await enrollOverHttp(server.url, code, uuidv7(), 'Admin Kota');
        expect(admin.user).toMatchObject({
          role: 'admin-kota',
          area: { kelurahanCode: null, rw: null, rts: [] },
        });
        const lurah = await inviteOverHttp(server.url, admin.token, {
          role: 'lurah',
          area: { kelurahanCode: '32.75.01.1001', rw: null, rts: [] },
        });
        expect(lurah.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        await expect(enrollOverHttp(server.url, code, uuidv7())).rejects.toThrow(/invalid-code/);
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
    } finally {
      await drop();
    }
  }, 120_000);

  it('admin:create refuses a bad phone with a reason', async () => {
    await expect(
      adminCreate({ DATA_DIR: tmpdir() }, ['--name', 'Admin', '--phone', '12345']),
    ).rejects.toThrow(/Nomor HP/);
  }, 60_000);

  it('npm start with SEED=demo prints one invitation per role, each usable by many phones', async () => {
    const { env, drop } = await place.env();
    const server = await startServer({ ...env, PORT: '0', SEED: 'demo' });
    try {
      const deadline = Date.now() + 30_000;
      while (!/Admin kota/.test(server.output()) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const lines = server.output().split('\n');
      const roles = {
        relawan: 'Relawan',
        'ketua-rw': 'Ketua RW',
        lurah: 'Lurah',
        'staf-kelurahan': 'Staf kelurahan',
        'admin-kota': 'Admin kota',
      };
      for (const [role, label] of Object.entries(roles)) {
        const line = lines.find((l) => l.trimStart().startsWith(label))!;
        expect(line, label).toBeDefined();
        const code = /\b([A-Z0-9]{4}-[A-Z0-9]{4})\b/.exec(line)![1]!;
        expect(line).toContain(`${server.url}/daftar?kode=${code}`);
        for (let i = 0; i < 2; i++) {
          const { user } = await enrollOverHttp(server.url, code, uuidv7());
          expect(user.role).toBe(role);
        }
      }
      expect(lines.find((l) => l.trimStart().startsWith('Relawan'))).toContain(
        'RT 001, 002 / RW 001',
      );
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await drop();
    }
  }, 120_000);
});
