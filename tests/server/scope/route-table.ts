// The contract of the authorization matrix: for every route the app registers, how it is
// called for each target and which targets each role is served. Written out, not computed
// from the server's rules, so a change of the rules has to change this table too.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role, UserArea } from '@shared/auth/roles';
import type { AuditEntry, Invitation, MeResponse, UserSummary } from '@shared/auth/api';
import type {
  CityCoverage,
  HouseholdPoints,
  KelurahanCoverage,
  RwCoverage,
} from '@shared/coverage/api';
import type { AccessLogPage } from '@shared/auth/access-log';
import type { ChangeLogPage } from '@shared/changes/api';
import type { FollowupCandidates } from '@shared/followups/api';
import type { IsomanList } from '@shared/isoman/api';
import { uuidv7 } from '@shared/ids';
import { SCHEMA_VERSION, type PullResponse, type PushResponse } from '@shared/sync/protocol';
import { createInvitation } from '@server/auth/invitations';
import { isoWeekOf } from '@server/reports/week';
import { jakartaToday } from '@server/coverage/today';
import { householdValues, KELURAHAN } from '../helpers/device';
import { signIn } from '../helpers/sign-in';
import { area, placesOf, reconciliationRows, reportRows } from './route-rows';
import { SUBMISSION_ROUTES } from './route-submissions';
import { PLACES, rtArea, type Fixture, type Place, type Target } from './route-fixture';
import type { TestDevice } from '../helpers/device';

type Call = (f: Fixture, caller: TestDevice) => InjectOptions | Promise<InjectOptions>;

export type RouteSpec = {
  /** The request naming each target the route can name. */
  calls: Partial<Record<Target, Call>>;
  /** The targets each role is served; every other call is refused. */
  serves: Record<Role, readonly Target[]>;
  /** The areas of a served answer's rows: each must lie in the caller's area, and one at least. */
  rows?: (response: LightMyRequestResponse, f: Fixture, target: Target) => UserArea[];
  /** Whether an answer is a refusal; by default a 403 `forbidden`. */
  refused?: (response: LightMyRequestResponse) => boolean;
  /** Each call is made once per variant, appended to its URL (`&format=csv`). */
  variants?: readonly string[];
  /** The call spends its caller's token (sign-out): each call gets a new device of the role. */
  freshCaller?: true;
};

/** A route anyone may call without a token: no data of anyone's area. */
export type OpenRoute = { open: string; call: InjectOptions; status: number };

const NOBODY: readonly Target[] = [];
const RW_WIDE: readonly Target[] = ['own', 'sibling RT'];
const KELURAHAN_WIDE: readonly Target[] = ['own', 'sibling RT', 'other RW'];
const CITY_WIDE: readonly Target[] = ['own', 'sibling RT', 'other RW', 'other kelurahan', 'city'];

/** Field data at a place: the relawan their RT, the ketua RW their RW, managers wider. */
const BY_PLACE = {
  relawan: ['own'],
  'ketua-rw': RW_WIDE,
  lurah: KELURAHAN_WIDE,
  'staf-kelurahan': KELURAHAN_WIDE,
  'admin-kota': CITY_WIDE,
} satisfies Record<Role, readonly Target[]>;
/** Managing people at a place: lurah and staf in their kelurahan, admin kota everywhere. */
const MANAGERS = { ...BY_PLACE, relawan: NOBODY, 'ketua-rw': NOBODY };
/** Handing out follow-ups: managers and the ketua RW in their RW. */
const FOLLOWUP_STAFF = { ...BY_PLACE, relawan: NOBODY };

const get =
  (url: string): Call =>
  () => ({ method: 'GET', url });
const each = (make: (place: (typeof PLACES)[Place], name: Place) => Call) =>
  Object.fromEntries(
    (Object.keys(PLACES) as Place[]).map((name) => [name, make(PLACES[name], name)]),
  ) as Record<Place, Call>;
const week = () => isoWeekOf(jakartaToday());
/** A kelurahan-wide read narrowed to the place's RW: the ketua RW's way in. */
const byRw = (path: (code: string) => string) => ({
  own: get(`${path(KELURAHAN)}?rw=${PLACES.own.rw}`),
  'other RW': get(`${path(KELURAHAN)}?rw=${PLACES['other RW'].rw}`),
  'other kelurahan': get(`${path(PLACES['other kelurahan'].kelurahanCode)}?rw=${PLACES.own.rw}`),
});
/** Served like the RW dashboard: the ketua RW their RW, lurah and staf their kelurahan. */
const RW_READERS = {
  ...MANAGERS,
  'ketua-rw': ['own'],
  lurah: ['own', 'other RW'],
  'staf-kelurahan': ['own', 'other RW'],
  'admin-kota': ['own', 'other RW', 'other kelurahan'],
} satisfies Record<Role, readonly Target[]>;
const refusedOr =
  (...statuses: number[]) =>
  (r: LightMyRequestResponse) =>
    r.statusCode === 403 || statuses.includes(r.statusCode);

export const ROUTES: Record<string, RouteSpec | OpenRoute> = {
  'GET /healthz': {
    open: 'says the server is up',
    call: { method: 'GET', url: '/healthz' },
    status: 200,
  },
  'POST /api/auth/enroll': {
    open: 'turns an invitation code into a token',
    call: {
      method: 'POST',
      url: '/api/auth/enroll',
      payload: { code: 'AAAA-AAAA', name: 'Tamu', phone: '081234567890', deviceId: uuidv7() },
    },
    status: 400,
  },
  'GET /api/auth/me': {
    calls: { city: get('/api/auth/me') },
    serves: {
      relawan: ['city'],
      'ketua-rw': ['city'],
      lurah: ['city'],
      'staf-kelurahan': ['city'],
      'admin-kota': ['city'],
    },
    rows: (r) => [r.json<MeResponse>().user.area],
  },
  'POST /api/auth/sign-out': {
    calls: { city: () => ({ method: 'POST', url: '/api/auth/sign-out' }) },
    serves: {
      relawan: ['city'],
      'ketua-rw': ['city'],
      lurah: ['city'],
      'staf-kelurahan': ['city'],
      'admin-kota': ['city'],
    },
    freshCaller: true,
  },
  'GET /api/users': {
    calls: { city: get('/api/users') },
    serves: {
      ...MANAGERS,
      'ketua-rw': ['city'],
      lurah: ['city'],
      'staf-kelurahan': ['city'],
      'admin-kota': ['city'],
    },
    rows: (r) => r.json<UserSummary[]>().map((u) => u.area),
  },
  'PATCH /api/users/:id': {
    calls: each((place, name) => (f) => ({
      method: 'PATCH',
      url: `/api/users/${f.volunteers[name].userId}`,
      payload: { area: rtArea(place) },
    })),
    serves: MANAGERS,
  },
  'POST /api/users/:id/revoke': {
    calls: each((place) => async (f) => {
      const target = await signIn(f.db, { role: 'relawan', area: rtArea(place) });
      return { method: 'POST', url: `/api/users/${target.userId}/revoke` };
    }),
    serves: MANAGERS,
  },
  'GET /api/invitations': {
    calls: { city: get('/api/invitations') },
    serves: { ...MANAGERS, lurah: ['city'], 'staf-kelurahan': ['city'], 'admin-kota': ['city'] },
    rows: (r) => r.json<Invitation[]>().map((i) => i.area),
  },
  'POST /api/invitations': {
    calls: {
      ...each((place) => () => ({
        method: 'POST',
        url: '/api/invitations',
        payload: { role: 'relawan', area: rtArea(place) },
      })),
      city: () => ({
        method: 'POST',
        url: '/api/invitations',
        payload: { role: 'admin-kota', area: area(null) },
      }),
    },
    serves: MANAGERS,
  },
  'DELETE /api/invitations/:id': {
    calls: each((place) => async (f) => {
      const made = await createInvitation(f.db, {
        role: 'relawan',
        area: rtArea(place),
        createdBy: null,
      });
      return { method: 'DELETE', url: `/api/invitations/${made!.id}` };
    }),
    serves: MANAGERS,
    refused: refusedOr(404), // outside the caller's area it does not exist
  },
  'GET /api/households/:id/history': {
    calls: each((_, name) => (f) => ({
      method: 'GET',
      url: `/api/households/${f.households[name].householdId}/history`,
    })),
    serves: FOLLOWUP_STAFF,
    rows: (r, f, target) => {
      const own = f.households[target as Place];
      return r
        .json<AuditEntry[]>()
        .map((e) =>
          own.recordIds.includes(e.entityId) ? rtArea(PLACES[target as Place]) : area('elsewhere'),
        );
    },
  },
  'POST /api/sync/push': {
    calls: each((place) => (_, caller) => ({
      method: 'POST',
      url: '/api/sync/push',
      payload: {
        deviceId: caller.id,
        schemaVersion: SCHEMA_VERSION,
        mutations: [caller.put('household', uuidv7(), householdValues(place, 7))],
      },
    })),
    serves: BY_PLACE,
    refused: (r) =>
      r.statusCode === 200 &&
      r
        .json<PushResponse>()
        .results.every((x) => x.status === 'rejected' && /^Di luar wilayah/.test(x.reason ?? '')),
  },
  'GET /api/sync/pull': {
    calls: each((place) => (_, caller) => ({
      method: 'GET',
      url: '/api/sync/pull',
      query: {
        deviceId: caller.id,
        schemaVersion: String(SCHEMA_VERSION),
        kelurahan: place.kelurahanCode,
        rw: String(place.rw),
        rt: String(place.rt),
      },
    })),
    serves: BY_PLACE,
    rows: (r) =>
      r.json<PullResponse>().changes.map((c) => {
        const v = c.values as { kelurahanCode: string; rw: number; rt: number };
        return area(v.kelurahanCode, v.rw, v.rt);
      }),
  },
  'GET /api/followups/candidates': {
    calls: each((place) =>
      get(
        `/api/followups/candidates?kelurahan=${place.kelurahanCode}&rw=${place.rw}&rt=${place.rt}`,
      ),
    ),
    serves: FOLLOWUP_STAFF,
    rows: (r) => {
      const c = r.json<FollowupCandidates>();
      return [
        ...placesOf([...c.rts, ...c.residents, ...c.households, ...c.followups], c.kelurahanCode),
        ...c.volunteers.map((v) => ({ kelurahanCode: c.kelurahanCode, rw: c.rw, rts: v.rts })),
      ];
    },
  },
  'POST /api/followups': {
    calls: each((_, name) => (f) => ({
      method: 'POST',
      url: '/api/followups',
      payload: {
        followups: [
          {
            id: uuidv7(),
            kind: 'kunjungan-ulang',
            householdId: f.households[name].householdId,
            assignedTo: f.volunteers[name].userId,
          },
        ],
      },
    })),
    serves: FOLLOWUP_STAFF,
    // Checked like a pushed mutation: a household outside the area reads as one that does not
    // exist (400 invalid-followup), so the answer does not tell that it exists elsewhere.
    refused: (r) =>
      r.statusCode === 403 ||
      (r.statusCode === 400 &&
        r.json<{ error: string }>().error === 'invalid-followup' &&
        /tidak ditemukan/.test(r.json<{ message: string }>().message)),
  },
  'DELETE /api/followups/:id': {
    calls: each((_, name) => async (f) => {
      const id = uuidv7();
      const made = await f.app.inject({
        method: 'POST',
        url: '/api/followups',
        headers: await f.callers['admin-kota'].headers(),
        payload: {
          followups: [
            {
              id,
              kind: 'kunjungan-ulang',
              householdId: f.households[name].householdId,
              assignedTo: f.volunteers[name].userId,
            },
          ],
        },
      });
      if (made.statusCode !== 200) throw new Error(`follow-up not made: ${made.body}`);
      return { method: 'DELETE', url: `/api/followups/${id}` };
    }),
    serves: FOLLOWUP_STAFF,
  },
  'GET /api/access-log': {
    calls: { city: get('/api/access-log') },
    serves: { ...MANAGERS, lurah: NOBODY, 'staf-kelurahan': NOBODY, 'admin-kota': ['city'] },
    rows: (r) => r.json<AccessLogPage>().entries.map((e) => area(e.kelurahanCode, e.rw)),
  },
  'GET /api/coverage/city': {
    calls: { city: get('/api/coverage/city') },
    serves: { ...MANAGERS, lurah: NOBODY, 'staf-kelurahan': NOBODY, 'admin-kota': ['city'] },
    rows: (r) => r.json<CityCoverage>().kelurahan.map((k) => area(k.key)),
  },
  'GET /api/coverage/kelurahan/:code': {
    calls: {
      own: get(`/api/coverage/kelurahan/${KELURAHAN}`),
      'other kelurahan': get(`/api/coverage/kelurahan/${PLACES['other kelurahan'].kelurahanCode}`),
    },
    serves: { ...MANAGERS, lurah: ['own'], 'staf-kelurahan': ['own'] },
    rows: (r) => {
      const k = r.json<KelurahanCoverage>();
      return [area(k.total.key), ...k.rws.map((row) => area(k.kelurahanCode, Number(row.key)))];
    },
  },
  'GET /api/coverage/kelurahan/:code/rw/:rw': {
    calls: each((place) => get(`/api/coverage/kelurahan/${place.kelurahanCode}/rw/${place.rw}`)),
    serves: { ...BY_PLACE, relawan: NOBODY },
    rows: (r) => {
      const c = r.json<RwCoverage>();
      return [
        area(c.kelurahanCode, Number(c.total.key)),
        ...c.rts.map((row) =>
          area(c.kelurahanCode, ...(row.key.split('/').map(Number) as [number, number])),
        ),
      ];
    },
  },
  'GET /api/coverage/kelurahan/:code/households': {
    calls: {
      own: get(`/api/coverage/kelurahan/${KELURAHAN}/households`),
      'other kelurahan': get(
        `/api/coverage/kelurahan/${PLACES['other kelurahan'].kelurahanCode}/households`,
      ),
    },
    serves: { ...MANAGERS, lurah: ['own'], 'staf-kelurahan': ['own'] },
    rows: (r, _, target) =>
      placesOf(r.json<HouseholdPoints>().households, PLACES[target as Place].kelurahanCode),
  },
  'GET /api/isoman/kelurahan/:code': {
    calls: byRw((code) => `/api/isoman/kelurahan/${code}`),
    serves: RW_READERS,
    rows: (r) => {
      const list = r.json<IsomanList>();
      return [
        ...placesOf(list.patients, list.kelurahanCode),
        ...placesOf(list.clusters, list.kelurahanCode),
      ];
    },
  },
  'GET /api/reconciliation/kelurahan/:code': {
    calls: byRw((code) => `/api/reconciliation/kelurahan/${code}`),
    serves: RW_READERS,
    variants: ['format=json', 'format=csv', 'format=xlsx'],
    rows: reconciliationRows,
  },
  'GET /api/changes/kelurahan/:code': {
    calls: byRw((code) => `/api/changes/kelurahan/${code}`),
    serves: RW_READERS,
    rows: (r) => {
      const page = r.json<ChangeLogPage>();
      return placesOf(page.entries, page.kelurahanCode);
    },
  },
  'GET /api/coverage/kelurahan/:code/rw/:rw/households': {
    calls: each((place) =>
      get(`/api/coverage/kelurahan/${place.kelurahanCode}/rw/${place.rw}/households`),
    ),
    // The ketua RW's map of their own RW; another RW or kelurahan is refused.
    serves: { ...BY_PLACE, relawan: NOBODY },
    rows: (r, _, target) =>
      placesOf(r.json<HouseholdPoints>().households, PLACES[target as Place].kelurahanCode),
  },
  'GET /api/map/tiles': {
    calls: { city: get('/api/map/tiles') },
    serves: {
      relawan: ['city'],
      'ketua-rw': ['city'],
      lurah: ['city'],
      'staf-kelurahan': ['city'],
      'admin-kota': ['city'],
    },
  },
  'GET /api/reports/weekly': {
    calls: {
      own: () => ({
        method: 'GET',
        url: `/api/reports/weekly?week=${week()}&kelurahan=${KELURAHAN}`,
      }),
      'other kelurahan': () => ({
        method: 'GET',
        url: `/api/reports/weekly?week=${week()}&kelurahan=${PLACES['other kelurahan'].kelurahanCode}`,
      }),
      // Names no kelurahan: the city for the admin kota, their own kelurahan for the others.
      city: () => ({ method: 'GET', url: `/api/reports/weekly?week=${week()}` }),
    },
    serves: {
      ...MANAGERS,
      lurah: ['own', 'city'],
      'staf-kelurahan': ['own', 'city'],
      'admin-kota': ['own', 'other kelurahan', 'city'],
    },
    variants: ['format=json', 'format=csv', 'format=xlsx'],
    rows: reportRows,
  },
  ...SUBMISSION_ROUTES,
};
