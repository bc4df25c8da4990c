// People's names, as a volunteer types them at enrollment or a lurah on an invitation: what
// Indonesian names hold (letters of any script, spaces, . ' - ,) and nothing else, so a name
// can never be a spreadsheet formula or HTML wherever it is shown or exported.
import { describe, expect, it } from 'vitest';
import type { EnrollResponse } from '@shared/auth/api';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN } from '../helpers/device';
import { signIn } from '../helpers/sign-in';
import { enrollRequest, invite } from './helpers';

const AREA = { kelurahanCode: KELURAHAN, rw: 3, rts: [5] };
const REFUSED = /Nama hanya boleh berisi huruf, spasi/;

describe.each(DATABASES)('names of people ($name)', (kind) => {
  const ctx = useApp(kind);

  async function code() {
    const lurah = await signIn(ctx, { role: 'lurah' });
    return (await invite(ctx.app, lurah.headers, { role: 'relawan', area: AREA })).code;
  }

  it.each([
    'Ni Luh Putu Ayu',
    "Muh. Ma'ruf Amin",
    'Dewi Sartika, S.Pd.',
    'Raden Ajeng Kartini-Djojoadhiningrat',
    'Ma’ruf', // the typographic apostrophe of phone keyboards
    'ꦱꦶꦠꦶ ꦄꦩꦶꦤꦃ', // Javanese script, with its combining vowel signs
    'Nguyễn Thị Ánh',
  ])('%s is a name', async (name) => {
    const response = await enrollRequest(ctx.app, { code: await code(), name });
    expect(response.statusCode).toBe(200);
    expect(response.json<EnrollResponse>().user.name).toBe(name.replace('’', "'"));
  });

  it.each([
    '=HYPERLINK("http://evil.example","klik")',
    '<img src=x onerror=alert(1)>',
    '+62 812 3456',
    '@SUM(A1:A9)',
    'Siti\u200bAminah', // a zero-width space
    'Budi 2',
    '-Budi',
    "'Budi",
  ])('%s → 400 with the reason, nothing stored', async (name) => {
    const response = await enrollRequest(ctx.app, { code: await code(), name });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad-request', message: REFUSED });
    expect(await ctx.t.db.query(`SELECT id FROM users WHERE role = 'relawan'`)).toHaveLength(0);
  });

  it('an invitation named =HYPERLINK(…) or <img …> → 400, no invitation', async () => {
    const lurah = await signIn(ctx, { role: 'lurah' });
    for (const name of ['=HYPERLINK("http://evil.example")', '<img src=x onerror=alert(1)>']) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: lurah.headers,
        payload: { role: 'relawan', area: AREA, name },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(REFUSED);
    }
    expect(await ctx.t.db.query('SELECT id FROM invitations')).toHaveLength(0);
  });
});
