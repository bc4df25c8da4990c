// Migrations 016 and 017 fill their sums from the aggregate rows already there; from then on
// the worker moves them. Filled afresh from the same rows, they equal what the worker kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNT_COLUMNS } from '@server/coverage/counts';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import {
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  doseValues,
  isomanValues,
  visitValues,
} from '../helpers/device';
import { getJson } from './brute-force';

const MIGRATIONS = new URL('../../../src/server/db/migrations/', import.meta.url);

/** The INSERT of `table` in a migration file. */
function fillOf(file: string, table: string): string {
  const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
  const statement = sql.split(/;\s*\n/).find((s) => s.includes(`INSERT INTO ${table} (`));
  if (!statement) throw new Error(`${file} fills no ${table}`);
  return statement;
}

const FILLED = [
  {
    file: '016-coverage-kelurahan-tree.sql',
    table: 'coverage_dated_kelurahan_tree',
    key: 'node, kelurahan_code',
    counts: COUNT_COLUMNS,
  },
  {
    file: '017-coverage-city-days.sql',
    table: 'coverage_dated_city',
    key: 'day',
    counts: COUNT_COLUMNS,
  },
  {
    file: '017-coverage-city-days.sql',
    table: 'coverage_recorded_kelurahan',
    key: 'day, kelurahan_code',
    counts: ['dosis1', 'lengkap', 'booster'],
  },
];

describe.each(DATABASES)('sums filled by migrations 016 and 017 ($name)', (kind) => {
  const ctx = useApp(kind);

  it('equal the sums the worker keeps, after doses over the years, isoman, visits and a void', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const device = new TestDevice(ctx.app);
    const places = [
      { kelurahanCode: KELURAHAN, rw: 1, rt: 1 },
      { kelurahanCode: KELURAHAN, rw: 2, rt: 3 },
      { kelurahanCode: OTHER_KELURAHAN, rw: 4, rt: 2 },
    ];
    const dates = ['2021-01-20', '2021-08-17', '2022-03-01', '2024-11-30'];
    const voids: string[] = [];
    for (const [i, place] of places.entries()) {
      const h = device.household(3, place);
      const mutations = [...h.mutations];
      h.residentIds.forEach((residentId, j) => {
        const id = crypto.randomUUID();
        mutations.push(
          device.put('dose', id, {
            ...doseValues(residentId, h.householdId, place),
            date: dates[(i + j) % dates.length],
          }),
        );
        if (i === 1 && j === 0) voids.push(id);
      });
      mutations.push(
        device.put(
          'isoman',
          crypto.randomUUID(),
          isomanValues(h.residentIds[1]!, h.householdId, place),
        ),
        device.put('visit', crypto.randomUUID(), visitValues(h.householdId, place)),
      );
      await device.push(mutations);
    }
    await device.push(voids.map((id) => device.delete('dose', id)));
    await getJson(ctx.app, '/api/coverage/city');

    for (const { file, table, key, counts } of FILLED) {
      const rows = () =>
        ctx.t.db.query(
          `SELECT * FROM ${table} WHERE ${counts.map((c) => `${c} <> 0`).join(' OR ')}
           ORDER BY ${key}`,
        );
      const kept = await rows();
      expect(kept.length, table).toBeGreaterThan(0);
      await ctx.t.db.exec(`DELETE FROM ${table}`);
      await ctx.t.db.exec(fillOf(file, table));
      expect(await rows(), table).toEqual(kept);
    }
  });
});
