import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/ids';
import { compactHlc, compareHlc, formatHlc, MAX_WALL, parseHlc } from '@shared/sync/hlc';
import { DATABASES, type TestDatabase } from '../helpers/databases';

const MIGRATION = new URL('../../../src/server/db/migrations/015-compact-hlc.sql', import.meta.url);
const written3 = (wall: number, counter: number, node: string) =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${node}`;

/** Stamps as version 3 stored them: device ids of every kind of random tail, and names. */
function legacyStamps(): string[] {
  const stamps: string[] = [];
  for (let i = 0; i < 200; i++) {
    const wall = 1_600_000_000_000 + Math.floor(Math.random() * 400_000_000_000);
    const node = i % 20 === 0 ? 'server' : i % 20 === 1 ? 'demo' : uuidv7(wall - 1000);
    stamps.push(written3(wall, i % 7 === 0 ? 999_999 : i % 3, node));
  }
  stamps.push(written3(0, 0, '00000000-0000-7000-8000-000000000000'));
  stamps.push(written3(2 ** 44 - 1, 0, 'ffffffff-ffff-7fff-bfff-ffffffffffff'));
  stamps.push(written3(Date.UTC(3000, 0, 1), 0, uuidv7()));
  return stamps;
}

describe.each(DATABASES)('migration 015: compact stored HLCs ($name)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await kind.open();
  });
  afterAll(() => t?.close());

  it('rewrites every legacy stamp as the TypeScript code does, leaving txid and compact stamps be', async () => {
    const stamps = legacyStamps();
    const legacy = Object.fromEntries(stamps.map((s, i) => [`f${i}`, s]));
    const already = { street: formatHlc({ wall: 1_700_000_000_000, counter: 1, node: uuidv7() }) };
    const rows = [
      { table: 'households', id: uuidv7(), hlc: legacy },
      { table: 'residents', id: uuidv7(), hlc: { name: stamps[3]!, deleted: stamps[4]! } },
      { table: 'followups', id: uuidv7(), hlc: { note: stamps[5]!, ...already } },
      { table: 'visits', id: uuidv7(), hlc: already },
      { table: 'doses', id: uuidv7(), hlc: {} },
    ];
    for (const r of rows) {
      await t.db.query(
        `INSERT INTO ${r.table} (kelurahan_code, id, rw, rt, fields, hlc) VALUES ('32.75.01.1001', $1, 3, 5, '{}', $2)`,
        [r.id, JSON.stringify(r.hlc)],
      );
    }
    const read = async (table: string, id: string) =>
      (
        await t.db.query<{ hlc: Record<string, string>; txid: string }>(
          `SELECT hlc, txid::text AS txid FROM ${table} WHERE id = $1`,
          [id],
        )
      )[0]!;
    const before = await Promise.all(rows.map((r) => read(r.table, r.id)));

    const sql = await readFile(MIGRATION, 'utf8');
    await t.db.transaction((tx) => tx.exec(sql));

    for (const [i, r] of rows.entries()) {
      const after = await read(r.table, r.id);
      expect(after.txid).toBe(before[i]!.txid); // no device downloads its area again
      const expected = Object.fromEntries(
        Object.entries(r.hlc).map(([f, h]) => [f, compactHlc(h)]),
      );
      expect(after.hlc).toEqual(expected);
      for (const [f, h] of Object.entries(after.hlc)) {
        expect(h).toHaveLength(h.endsWith('.server') ? 23 : h.endsWith('.demo') ? 21 : 28);
        const original = r.hlc[f as keyof typeof r.hlc]!;
        // The same timestamp, but for a wall past the compact form's (written as its greatest).
        if (parseHlc(original).wall <= MAX_WALL) expect(compareHlc(h, original)).toBe(0);
      }
    }
    // The helper function is gone again.
    const fn = await t.db.query(`SELECT 1 FROM pg_proc WHERE proname = 'compact_hlc_015'`);
    expect(fn).toEqual([]);
  });
});
