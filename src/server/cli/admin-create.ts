import { parseArgs } from 'node:util';
import { createInvitation } from '../auth/invitations';
import { nameSchema, parse, phoneSchema } from '../auth/validation';
import { ConfigError, loadConfig } from '../config';
import { describeDatabase, openDatabase } from '../db/open';
import { migrate } from '../db/migrate';

/**
 * `npm run admin:create -- --name "Nama" --phone 0812…`: makes an invitation for an admin kota
 * (the whole city) and prints its code and link. Enrollment is the only way a phone signs in,
 * so the first admin enrolls with this code like anyone else. Uses the server's configuration
 * (DATABASE_URL, or PGlite in DATA_DIR: stop the server first, PGlite has one user at a time).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      phone: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (!values.name || !values.phone) {
    console.error('Pakai: npm run admin:create -- --name "Nama Lengkap" --phone 081234567890');
    process.exit(2);
  }
  const name = parse(nameSchema, values.name);
  const phone = parse(phoneSchema, values.phone);
  const config = loadConfig();
  const baseUrl = values.url ?? `http://localhost:${config.port || 8080}`;
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const invitation = await createInvitation(db, {
      role: 'admin-kota',
      area: { kelurahanCode: null, rw: null, rts: [] },
      name: `${name} (${phone})`,
      createdBy: null,
    });
    console.log(`Undangan admin kota untuk ${name} dibuat di ${describeDatabase(db, config)}.`);
    console.log(`Kode:    ${invitation!.code}`);
    console.log(`Tautan:  ${baseUrl}${invitation!.link}`);
    console.log(`Berlaku sampai ${invitation!.expiresAt}; sekali pakai.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || (error as { code?: string }).code === 'bad-request'
      ? (error as Error).message
      : `Gagal membuat undangan: ${error instanceof Error ? error.message : String(error)}`;
  console.error(message);
  process.exit(1);
});
