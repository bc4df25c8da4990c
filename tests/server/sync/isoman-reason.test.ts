// "Sedang isoman" as a reason for not being vaccinated (schema version 4): stored and counted
// by the server, sent as is to apps of version 4 and 5 (a version 3 app, which read it as
// `lainnya`, is told to update). And the kota's configured target reaches the phone (every pull
// answer) and the follow-up gap table.
import { describe, expect, it } from 'vitest';
import type { KelurahanCoverage } from '@shared/coverage/api';
import type { FollowupCandidates } from '@shared/followups/api';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse, type PushResponse } from '@shared/sync/protocol';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { AREA, KELURAHAN, residentValues, TestDevice } from '../helpers/device';

const programme = { ...DEFAULT_CONFIG, herdImmunityTarget: 0.8 };

describe.each(DATABASES)('isoman as a reason, and the configured target ($name)', (kind) => {
  const ctx = useApp(kind, undefined, { programme });

  async function seed() {
    const d = new TestDevice(ctx.app);
    const h = d.household(0);
    const residentId = uuidv7();
    const values = { ...residentValues(h.householdId), notVaccinatedReason: 'isoman' };
    const answer = await d.push([...h.mutations, d.put('resident', residentId, values)]);
    return { d, residentId, answer };
  }

  async function pullAs(d: TestDevice, schemaVersion: number) {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      headers: await d.headers(),
      query: { deviceId: d.id, schemaVersion: String(schemaVersion), kelurahan: KELURAHAN },
    });
    expect(response.statusCode).toBe(200);
    return response.json<PullResponse>();
  }

  const reasonIn = (changes: PullResponse['changes'], id: string) =>
    changes.find((c) => c.id === id)?.values['notVaccinatedReason'];

  it('is accepted, counted, pulled as is by apps of version 5 and 4', async () => {
    const { d, residentId, answer } = await seed();
    expect(SCHEMA_VERSION).toBe(5);
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(reasonIn((await pullAs(d, 5)).changes, residentId)).toBe('isoman');
    expect(reasonIn((await pullAs(d, 4)).changes, residentId)).toBe('isoman');
    const stored = await ctx.t.db.query<{ reason: string }>(
      "SELECT fields ->> 'notVaccinatedReason' AS reason FROM residents WHERE id = $1",
      [residentId],
    );
    expect(stored).toEqual([{ reason: 'isoman' }]);

    const coverage = await ctx.app.inject({
      method: 'GET',
      url: `/api/coverage/kelurahan/${KELURAHAN}`,
      headers: await d.headers(),
    });
    const total = coverage.json<KelurahanCoverage>().total;
    expect(total.unvaccinatedByReason.isoman).toBe(1);
    expect(total.unvaccinatedByReason.lainnya).toBe(0);
  });

  it("a version 4 app's push answer carries isoman too", async () => {
    const { d, residentId } = await seed();
    // A push sent again (its answer lost): answered duplicate, with the record as it is now.
    const m = d.put('resident', residentId, { name: 'Nama Lain' });
    await d.push([m]);
    for (const [version, reason] of [
      [4, 'isoman'],
      [5, 'isoman'],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: await d.headers(),
        payload: { deviceId: d.id, schemaVersion: version, mutations: [m] },
      });
      const body = response.json<PushResponse>();
      expect(body.results[0]!.status).toBe('duplicate');
      expect(reasonIn(body.records ?? [], residentId), `version ${version}`).toBe(reason);
    }
  });

  it('every pull answer carries the configured target; the gap table is measured against it', async () => {
    const { d } = await seed();
    expect((await pullAs(d, SCHEMA_VERSION)).target).toBe(0.8);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/followups/candidates?kelurahan=${KELURAHAN}&rw=${AREA.rw}`,
      headers: await d.headers(),
    });
    const candidates = response.json<FollowupCandidates>();
    expect(candidates.target).toBe(0.8);
    // Ten eligible in the RT, none complete: 80 % asks 8 (70 % would ask 7).
    const more = d.household(0);
    const extra = Array.from({ length: 9 }, (_, i) =>
      d.put('resident', uuidv7(), residentValues(more.householdId, AREA, i + 10)),
    );
    await d.push([...more.mutations, ...extra]);
    const again = await ctx.app.inject({
      method: 'GET',
      url: `/api/followups/candidates?kelurahan=${KELURAHAN}&rw=${AREA.rw}`,
      headers: await d.headers(),
    });
    const rt = again.json<FollowupCandidates>().rts.find((r) => r.rt === AREA.rt)!;
    expect(rt).toMatchObject({ eligible: 10, lengkap: 0, targetCount: 8, gapToTarget: 8 });
  });
});
