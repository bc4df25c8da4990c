// The kota's herd-immunity target (HERD_IMMUNITY_TARGET) reaches the dashboards and the
// weekly report: the answers carry it, and "sisa ke target" is counted against it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { KelurahanCoverage, WeeklyReport } from '@shared/coverage/api';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { uuidv7 } from '@shared/ids';
import { buildApp } from '@server/app';
import { DATABASES, type TestDatabase } from '../helpers/databases';
import { AREA, KELURAHAN, TestDevice, householdValues, residentValues } from '../helpers/device';
import { useDatabase } from '../helpers/sign-in';
import { getJson } from './brute-force';

describe('a herd-immunity target of 90% for the kota', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await DATABASES[0]!.open();
    app = await buildApp({ db: t.db, programme: { ...DEFAULT_CONFIG, herdImmunityTarget: 0.9 } });
    useDatabase(app, t.db);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('is in every answer, and the gap is counted against it', async () => {
    const device = new TestDevice(app);
    const household = uuidv7();
    const mutations = [device.put('household', household, householdValues(AREA, 1))];
    for (let n = 0; n < 10; n++)
      mutations.push(device.put('resident', uuidv7(), residentValues(household, AREA, n)));
    await device.push(mutations);

    const kelurahan = await getJson<KelurahanCoverage>(app, `/api/coverage/kelurahan/${KELURAHAN}`);
    expect(kelurahan.target).toBe(0.9);
    expect(kelurahan.total.eligible).toBeGreaterThan(0);
    expect(kelurahan.total.targetCount).toBe(Math.ceil(kelurahan.total.eligible * 0.9));
    expect(kelurahan.total.gapToTarget).toBe(kelurahan.total.targetCount);
    const report = await getJson<WeeklyReport>(app, '/api/reports/weekly?week=2026-W47');
    expect(report.target).toBe(0.9);
  });
});
