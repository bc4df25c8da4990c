// Randomized: many users with random roles and areas over seeded data in two kelurahan; each
// pulls its whole area through the HTTP API (small pages) and must get every row inside it
// and none outside it, in every table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse, type RecordChange } from '@shared/sync/protocol';
import { DATABASES } from '../helpers/databases';
import { useApp } from '../helpers/app';
import { signIn } from '../helpers/sign-in';
import {
  KELURAHAN,
  OTHER_KELURAHAN,
  TestDevice,
  doseValues,
  visitValues,
  type Area,
} from '../helpers/device';

const KELURAHANS = [KELURAHAN, OTHER_KELURAHAN];
const RWS = [1, 2, 3];
const RTS = [1, 2, 3, 4];

const userArea: fc.Arbitrary<{ role: Role; area: UserArea; ask?: string }> = fc.oneof(
  fc.record({
    role: fc.constant<Role>('relawan'),
    area: fc.record({
      kelurahanCode: fc.constantFrom(...KELURAHANS),
      rw: fc.constantFrom(...RWS),
      rts: fc.uniqueArray(fc.constantFrom(...RTS, 9), { minLength: 1, maxLength: 3 }),
    }),
  }),
  fc.record({
    role: fc.constant<Role>('ketua-rw'),
    area: fc.record({
      kelurahanCode: fc.constantFrom(...KELURAHANS),
      rw: fc.constantFrom(...RWS, 9),
      rts: fc.constant<number[]>([]),
    }),
  }),
  fc.record({
    role: fc.constantFrom<Role>('lurah', 'staf-kelurahan'),
    area: fc.record({
      kelurahanCode: fc.constantFrom(...KELURAHANS),
      rw: fc.constant(null),
      rts: fc.constant<number[]>([]),
    }),
  }),
  fc.record({
    role: fc.constant<Role>('admin-kota'),
    area: fc.constant<UserArea>({ kelurahanCode: null, rw: null, rts: [] }),
    ask: fc.constantFrom(...KELURAHANS),
  }),
);

/** Written out here rather than taken from the code under test. */
function inside(area: UserArea, ask: string | undefined, place: Area): boolean {
  if ((area.kelurahanCode ?? ask) !== place.kelurahanCode) return false;
  if (area.rw !== null && area.rw !== place.rw) return false;
  return area.rts.length === 0 || area.rts.includes(place.rt);
}

describe.each(DATABASES)('randomized pull scoping ($name)', (kind) => {
  const ctx = useApp(kind);

  it('every user gets every row of their area and none outside it', async () => {
    // One household with a resident, a dose and a visit in every RT of 2 × 3 × 4, and a
    // second household in a few of them.
    const admin = new TestDevice(ctx.app);
    const placeOf = new Map<string, Area>();
    for (const kelurahanCode of KELURAHANS) {
      for (const rw of RWS) {
        for (const rt of RTS) {
          const place = { kelurahanCode, rw, rt };
          const h = admin.household(1, place);
          const dose = uuidv7();
          const visit = uuidv7();
          const extra = (rw + rt) % 3 === 0 ? admin.household(2, place) : null;
          const mutations = [
            ...h.mutations,
            admin.put('dose', dose, doseValues(h.residentIds[0]!, h.householdId, place)),
            admin.put('visit', visit, visitValues(h.householdId, place)),
            ...(extra?.mutations ?? []),
          ];
          const answer = await admin.push(mutations);
          expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
          for (const m of mutations) placeOf.set(m.entityId, place);
        }
      }
    }

    await fc.assert(
      fc.asyncProperty(userArea, fc.integer({ min: 3, max: 40 }), async (user, limit) => {
        const me = await signIn(ctx.t.db, { role: user.role, area: user.area });
        const changes: RecordChange[] = [];
        let cursor: string | undefined;
        for (;;) {
          const response = await ctx.app.inject({
            method: 'GET',
            url: '/api/sync/pull',
            headers: me.headers,
            query: {
              deviceId: me.deviceId,
              schemaVersion: String(SCHEMA_VERSION),
              limit: String(limit),
              ...(user.ask ? { kelurahan: user.ask } : {}),
              ...(cursor ? { cursor } : {}),
            },
          });
          expect(response.statusCode).toBe(200);
          const page = response.json<PullResponse>();
          expect(page.area).toEqual({
            ...user.area,
            rts: [...user.area.rts].sort((a, b) => a - b),
          });
          changes.push(...page.changes);
          cursor = page.cursor;
          if (!page.hasMore) break;
        }
        const got = new Set(changes.map((c) => c.id));
        const outside = [...got].filter((id) => !inside(user.area, user.ask, placeOf.get(id)!));
        expect(outside).toEqual([]);
        const expected = [...placeOf].filter(([, p]) => inside(user.area, user.ask, p));
        expect(got).toEqual(new Set(expected.map(([id]) => id)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
