// The route-by-route authorization matrix: every route the app registers, called with a real
// device token of each role for its own place, the sibling RT, another RW, another kelurahan
// and the city. A served call answers only rows inside the caller's area (each row's place is
// read, not just the status); any other call is refused. A route without a row in the table
// (route-table.ts) fails here, so a new route cannot land without a decision on who may call it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaWithin, ROLES, type Role } from '@shared/auth/roles';
import { buildApp } from '@server/app';
import { DATABASES, type TestDatabase } from '../helpers/databases';
import { TestDevice } from '../helpers/device';
import { useDatabase } from '../helpers/sign-in';
import { PLACES, ROLE_AREAS, seedFixture, TARGETS, type Fixture } from './route-fixture';
import { ROUTES, type OpenRoute, type RouteSpec } from './route-table';

const isOpen = (spec: RouteSpec | OpenRoute): spec is OpenRoute => 'open' in spec;

/** Every (route, role, target, variant) the table names, as test cases. */
const CASES = Object.entries(ROUTES).flatMap(([route, spec]) =>
  isOpen(spec)
    ? []
    : ROLES.flatMap((role) =>
        TARGETS.filter((target) => spec.calls[target]).flatMap((target) =>
          (spec.variants ?? ['']).map((variant) => ({
            route,
            role,
            target,
            variant,
            served: spec.serves[role].includes(target),
          })),
        ),
      ),
);

describe.each(DATABASES)('route-by-route authorization ($name)', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let f: Fixture;
  beforeAll(async () => {
    t = await kind.open();
    app = await buildApp({ db: t.db });
    useDatabase(app, t.db);
    f = await seedFixture(app, t.db);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('has a row for every registered route', () => {
    const registered = app.registeredRoutes
      .filter((r) => r.method !== 'HEAD') // the GET's twin, same handler
      .map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((route) => !(route in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !registered.includes(route))).toEqual([]);
    for (const head of app.registeredRoutes.filter((r) => r.method === 'HEAD')) {
      expect(registered).toContain(`GET ${head.url}`);
    }
  });

  it('refuses every other route without a token, also under an encoded path', async () => {
    const guarded = Object.keys(ROUTES).filter((r) => !isOpen(ROUTES[r]!));
    for (const route of guarded) {
      const [method, path] = route.split(' ') as ['GET', string];
      const url = path
        .replace(':id', f.households.own.householdId)
        .replace(':code', PLACES.own.kelurahanCode)
        .replace(':rw', String(PLACES.own.rw));
      for (const asked of [url, url.replace('/api/', '/%61pi/')]) {
        const response = await app.inject({ method, url: asked });
        expect(response.statusCode, `${method} ${asked}`).toBe(401);
        expect(response.json<{ message: string }>().message).toMatch(/belum terdaftar/);
      }
    }
  });

  it.each(Object.entries(ROUTES).filter(([, s]) => isOpen(s)) as [string, OpenRoute][])(
    '%s needs no token',
    async (_, spec) => {
      expect((await app.inject(spec.call)).statusCode).toBe(spec.status);
    },
  );

  it.each(CASES)(
    '$route $variant: $role × $target served = $served',
    async ({ route, role, target, variant, served }) => {
      const spec = ROUTES[route] as RouteSpec;
      const caller = spec.freshCaller
        ? new TestDevice(app, Date.now, { role, area: ROLE_AREAS[role] })
        : f.callers[role];
      const request = await spec.calls[target]!(f, caller);
      const url = variant
        ? `${request.url}${String(request.url).includes('?') ? '&' : '?'}${variant}`
        : request.url;
      const response = await app.inject({ ...request, url, headers: await caller.headers() });
      const refused = spec.refused ?? ((r) => r.statusCode === 403);
      if (!served) {
        expect(refused(response), `${response.statusCode} ${response.body.slice(0, 300)}`).toBe(
          true,
        );
        if (response.statusCode === 403)
          expect(response.json()).toMatchObject({ error: 'forbidden' });
        return;
      }
      expect(refused(response), response.body.slice(0, 300)).toBe(false);
      expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(300);
      if (!spec.rows) return;
      const rows = spec.rows(response, f, target);
      expect(rows.length).toBeGreaterThan(0);
      const outside = rows.filter((row) => !areaWithin(ROLE_AREAS[role as Role], row));
      expect(outside).toEqual([]);
    },
  );
});
