// The coverage endpoints as a client sees them: shapes, map statuses, headers, errors, access.
import { describe, expect, it } from 'vitest';
import type { UserArea } from '@shared/auth/roles';
import type { CityCoverage, HouseholdPoints, RwCoverage } from '@shared/coverage/api';
import {
  expandPoints,
  type HouseholdPointDetails,
  type HouseholdPointsCompact,
} from '@shared/coverage/map-points';
import { uuidv7 } from '@shared/ids';
import { checkView } from '@server/coverage/viewer';
import { useApp } from '../helpers/app';
import { COVERAGE_TABLES, DATABASES } from '../helpers/databases';
import {
  AREA,
  KELURAHAN,
  TestDevice,
  doseValues,
  householdValues,
  residentValues,
  visitValues,
} from '../helpers/device';
import { adminHeaders, getJson } from './brute-force';

const GPS = { lat: -6.2383, lng: 106.9756, accuracy: 12 };

describe.each(DATABASES)('coverage endpoints ($name)', (kind) => {
  const ctx = useApp(kind);

  it('the map shows households with a GPS point, coloured by status', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const device = new TestDevice(ctx.app);
    const ids = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const [done, partly, none, unvisited] = ids as [string, string, string, string];
    const residents = ids.map(() => [uuidv7(), uuidv7()] as const);
    const mutations = ids.flatMap((id, i) => [
      device.put('household', id, { ...householdValues(AREA, i + 1), location: GPS }),
      ...residents[i]!.map((r, n) => device.put('resident', r, residentValues(id, AREA, n))),
    ]);
    mutations.push(device.put('household', uuidv7(), householdValues(AREA, 9))); // no GPS
    const dose = (i: number, n: number, kind = 'dosis2') =>
      device.put('dose', uuidv7(), { ...doseValues(residents[i]![n]!, ids[i]!), kind });
    mutations.push(dose(0, 0), dose(0, 1), dose(1, 0, 'dosis1'));
    for (const id of [done, partly, none])
      mutations.push(device.put('visit', uuidv7(), visitValues(id)));
    await device.push(mutations);

    const map = await getJson<HouseholdPoints>(
      ctx.app,
      `/api/coverage/kelurahan/${KELURAHAN}/households`,
    );
    const status = Object.fromEntries(map.households.map((h) => [h.id, h.status]));
    expect(status).toEqual({
      [done]: 'lengkap',
      [partly]: 'sebagian',
      [none]: 'belum-vaksin',
      [unvisited]: 'belum-dikunjungi',
    });
    expect(map.households.find((h) => h.id === done)).toMatchObject({
      rw: AREA.rw,
      rt: AREA.rt,
      lat: GPS.lat,
      lng: GPS.lng,
      address: 'Jalan Melati 1 No. 1',
      residents: 2,
      activeIsoman: 0,
    });
    // Least data: what the map shows, no names.
    for (const h of map.households) {
      expect(Object.keys(h).sort()).toEqual([
        'activeIsoman',
        'address',
        'id',
        'lat',
        'lng',
        'residents',
        'rt',
        'rw',
        'status',
        'unvaccinated',
      ]);
    }
    const unvaccinated = Object.fromEntries(map.households.map((h) => [h.id, h.unvaccinated]));
    expect(unvaccinated).toEqual({ [done]: 0, [partly]: 1, [none]: 2, [unvisited]: 2 });

    // The same list in two parts (the phone's map): the points first, ids and addresses after.
    const url = `/api/coverage/kelurahan/${KELURAHAN}/households`;
    const points = await getJson<HouseholdPointsCompact>(ctx.app, `${url}?part=points`);
    const details = await getJson<HouseholdPointDetails>(ctx.app, `${url}?part=details`);
    expect(points.key).toBe(details.key);
    expect(JSON.stringify(points)).not.toContain(done);
    expect(JSON.stringify(points)).not.toContain('Jalan Melati');
    expect(expandPoints(points, details)).toEqual(map.households);
    const rwPoints = await getJson<HouseholdPointsCompact>(
      ctx.app,
      `/api/coverage/kelurahan/${KELURAHAN}/rw/${AREA.rw}/households?part=points`,
    );
    expect(rwPoints.rw).toHaveLength(4);

    const rw = await getJson<RwCoverage>(
      ctx.app,
      `/api/coverage/kelurahan/${KELURAHAN}/rw/${AREA.rw}`,
    );
    expect(rw.rts).toHaveLength(1);
    expect(rw.rts[0]).toMatchObject({
      key: `${AREA.rw}/${AREA.rt}`,
      name: 'RT 005',
      households: 5,
      householdsVisited: 3,
      residents: 8,
      eligible: 8,
      dosis1: 3,
      lengkap: 2,
      pctLengkap: 0.25,
      targetCount: 6,
      gapToTarget: 4,
    });
    const city = await getJson<CityCoverage>(ctx.app, '/api/coverage/city');
    expect(city.kelurahan[0]).toMatchObject({ key: KELURAHAN, name: 'Bekasi Jaya', lengkap: 2 });
    expect(city.target).toBe(0.7);
    expect(Date.parse(city.asOf)).not.toBeNaN();
  });

  it('a moved household takes its counts along to its new kelurahan, RW and RT', async () => {
    await ctx.t.db.exec(`TRUNCATE ${COVERAGE_TABLES}`);
    const device = new TestDevice(ctx.app);
    const { householdId, residentIds, mutations } = device.household(2);
    mutations.push(device.put('dose', uuidv7(), doseValues(residentIds[0]!, householdId)));
    await device.push(mutations);
    const to = { kelurahanCode: '32.75.01.1002', rw: 9, rt: 4 };
    const answer = await device.push([device.put('household', householdId, to)]);
    expect(answer.results[0]!.status).toBe('applied');

    const city = await getJson<CityCoverage>(ctx.app, '/api/coverage/city');
    const byCode = new Map(city.kelurahan.map((k) => [k.key, k]));
    expect(byCode.get(KELURAHAN)).toMatchObject({ households: 0, residents: 0, dosis1: 0 });
    expect(byCode.get(to.kelurahanCode)).toMatchObject({ households: 1, residents: 2, dosis1: 1 });
    const rw = await getJson<RwCoverage>(
      ctx.app,
      `/api/coverage/kelurahan/${to.kelurahanCode}/rw/9`,
    );
    expect(rw.rts.map((r) => [r.key, r.residents])).toEqual([['9/4', 2]]);
  });

  it('answers no-store, and 400 in Indonesian for an unknown kelurahan or RW', async () => {
    const headers = await adminHeaders(ctx.app);
    const ok = await ctx.app.inject({ method: 'GET', url: '/api/coverage/city', headers });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    for (const url of [
      '/api/coverage/kelurahan/32.75.99.9999',
      `/api/coverage/kelurahan/${KELURAHAN}/rw/0`,
      `/api/coverage/kelurahan/${KELURAHAN}/rw/abc`,
    ]) {
      const response = await ctx.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, url).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad-request' });
    }
  });
});

describe('who may see which coverage', () => {
  const city: UserArea = { kelurahanCode: null, rw: null, rts: [] };
  const lurah: UserArea = { kelurahanCode: KELURAHAN, rw: null, rts: [] };
  const ketua: UserArea = { kelurahanCode: KELURAHAN, rw: 3, rts: [] };
  const relawan: UserArea = { kelurahanCode: KELURAHAN, rw: 3, rts: [5] };
  const sees = (area: UserArea, scope: object) => {
    try {
      checkView({ role: 'admin-kota', area }, scope);
      return true;
    } catch {
      return false;
    }
  };

  it('city: admin kota; kelurahan: also its lurah and staf; RW: also its ketua RW', () => {
    const kel = { kelurahanCode: KELURAHAN };
    const otherKel = { kelurahanCode: '32.75.01.1002' };
    const rw3 = { kelurahanCode: KELURAHAN, rw: 3 };
    const rw4 = { kelurahanCode: KELURAHAN, rw: 4 };
    expect([city, lurah, ketua, relawan].map((a) => sees(a, {}))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([city, lurah, ketua, relawan].map((a) => sees(a, kel))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([city, lurah, ketua].map((a) => sees(a, otherKel))).toEqual([true, false, false]);
    expect([city, lurah, ketua, relawan].map((a) => sees(a, rw3))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect([city, lurah, ketua].map((a) => sees(a, rw4))).toEqual([true, true, false]);
  });
});
