import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { demoAccountsTable, seedDemoAccounts } from '@server/seed/demo-accounts';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { signIn } from '../helpers/sign-in';
import { enrollRequest } from './helpers';

describe.each(DATABASES)('demo accounts ($name)', (kind) => {
  const ctx = useApp(kind);
  const count = async () =>
    (await ctx.t.db.query('SELECT id FROM invitations WHERE multi_use')).length;

  it('an empty database gets one multi-use invitation per role, once; later starts keep them', async () => {
    expect(await seedDemoAccounts(ctx.t.db)).toBe(true);
    expect(await count()).toBe(5);
    for (let i = 0; i < 3; i++) {
      const response = await enrollRequest(ctx.app, { code: 'demo-lurh', deviceId: uuidv7() });
      expect(response.statusCode).toBe(200);
      expect(response.json().user.role).toBe('lurah');
    }
    // A later start: users exist now, yet it is still the demo database, with the same codes.
    expect(await seedDemoAccounts(ctx.t.db)).toBe(true);
    expect(await count()).toBe(5);
    const table = demoAccountsTable('http://localhost:8080');
    expect(table).toContain('http://localhost:8080/daftar?kode=DEMO-RLWN');
    expect(table).toMatch(/Relawan\s+RT 001, 002 \/ RW 001, Bekasi Jaya\s+DEMO-RLWN/);
  });

  it('a database with real users gets no demo invitations', async () => {
    await signIn(ctx, { role: 'admin-kota' });
    expect(await seedDemoAccounts(ctx.t.db)).toBe(false);
    expect(await count()).toBe(0);
    const response = await enrollRequest(ctx.app, { code: 'DEMO-ADMN' });
    expect(response.json().error).toBe('invalid-code');
  });
});
