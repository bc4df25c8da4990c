import { describeArea, ROLE_LABELS, type Role, type UserArea } from '@shared/auth/roles';
import { DEMO_KELURAHAN } from '@shared/demo';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { createInvitation, invitationLink } from '../auth/invitations';
import type { Database } from '../db/database';

/**
 * The demo's accounts: one invitation per role in the first demo kelurahan, with fixed codes
 * so the README and the end-to-end tests can use them. Demo invitations may enroll any number
 * of phones and last ten years. They are made only in a demo database (one the demo data was
 * planned into, one that has them already, or a new empty one), never in a database with
 * real users. Only demo invitations are multi-use.
 */
const KELURAHAN = DEMO_KELURAHAN[0];

export const DEMO_ACCOUNTS: readonly { role: Role; area: UserArea; code: string }[] = [
  { role: 'relawan', area: { kelurahanCode: KELURAHAN, rw: 1, rts: [1, 2] }, code: 'DEMO-RLWN' },
  { role: 'ketua-rw', area: { kelurahanCode: KELURAHAN, rw: 1, rts: [] }, code: 'DEMO-KRW1' },
  { role: 'lurah', area: { kelurahanCode: KELURAHAN, rw: null, rts: [] }, code: 'DEMO-LURH' },
  {
    role: 'staf-kelurahan',
    area: { kelurahanCode: KELURAHAN, rw: null, rts: [] },
    code: 'DEMO-STAF',
  },
  { role: 'admin-kota', area: { kelurahanCode: null, rw: null, rts: [] }, code: 'DEMO-ADMN' },
];

const TEN_YEARS = 3650;

/** Creates the demo invitations if this is a demo database; returns whether it is one. */
export async function seedDemoAccounts(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ demo: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM demo_seed) OR EXISTS (SELECT 1 FROM invitations WHERE multi_use)
         OR (NOT EXISTS (SELECT 1 FROM households) AND NOT EXISTS (SELECT 1 FROM users)) AS demo`,
    );
    if (!state?.demo) return false;
    for (const account of DEMO_ACCOUNTS) {
      // Already there on a later start: the fixed code's hash is taken, nothing is written.
      await createInvitation(tx, {
        ...account,
        name: `Demo ${ROLE_LABELS[account.role]}`,
        createdBy: null,
        multiUse: true,
        days: TEN_YEARS,
      });
    }
    return true;
  });
}

/** The table `npm start` prints: role, area, code and link, one account per line. */
export function demoAccountsTable(baseUrl: string): string {
  const rows = DEMO_ACCOUNTS.map((a) => {
    const place = a.area.kelurahanCode ? findKelurahan(a.area.kelurahanCode)?.name : null;
    const area = place ? `${describeArea(a.area)}, ${place}` : describeArea(a.area);
    return [ROLE_LABELS[a.role], area, a.code, `${baseUrl}${invitationLink(a.code)}`];
  });
  const header = ['Peran', 'Wilayah', 'Kode', 'Tautan pendaftaran'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [
    'Akun demo (kode undangan; boleh dipakai di banyak HP):',
    `  ${line(header)}`,
    ...rows.map((r) => `  ${line(r)}`),
  ].join('\n');
}
