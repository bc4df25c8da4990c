// The places, callers and records the route-by-route authorization matrix works on, seeded
// once per database: a household with two unvaccinated residents (one in isoman) and a third
// whose dose is stated only (the reconciliation list's), a GPS point and a visit at the callers'
// own RT and at each neighbouring place, a relawan and an open invitation at each, and one
// signed-in device per role.
import type { FastifyInstance } from 'fastify';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { createInvitation } from '@server/auth/invitations';
import type { Database } from '@server/db/database';
import {
  AREA,
  doseValues,
  isomanValues,
  KELURAHAN,
  OTHER_KELURAHAN,
  residentValues,
  TestDevice,
  visitValues,
  type Area,
} from '../helpers/device';
import { signIn, type SignedIn } from '../helpers/sign-in';

export const PLACES = {
  own: AREA,
  'sibling RT': { ...AREA, rt: AREA.rt + 1 },
  'other RW': { ...AREA, rw: AREA.rw + 1 },
  'other kelurahan': { ...AREA, kelurahanCode: OTHER_KELURAHAN },
} satisfies Record<string, Area>;
export type Place = keyof typeof PLACES;

/** Where a call points: one of the places, or the city (a call that names no smaller area). */
export type Target = Place | 'city';
export const TARGETS: readonly Target[] = [...(Object.keys(PLACES) as Place[]), 'city'];

export const ROLE_AREAS: Record<Role, UserArea> = {
  relawan: { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [AREA.rt] },
  'ketua-rw': { kelurahanCode: KELURAHAN, rw: AREA.rw, rts: [] },
  lurah: { kelurahanCode: KELURAHAN, rw: null, rts: [] },
  'staf-kelurahan': { kelurahanCode: KELURAHAN, rw: null, rts: [] },
  'admin-kota': { kelurahanCode: null, rw: null, rts: [] },
};

export const rtArea = (place: Area): UserArea => ({
  kelurahanCode: place.kelurahanCode,
  rw: place.rw,
  rts: [place.rt],
});

export type Fixture = {
  app: FastifyInstance;
  db: Database;
  /** One device per role, signed in for the role's area around `own`. */
  callers: Record<Role, TestDevice>;
  /** The household seeded at each place, and the ids of it and every record under it. */
  households: Record<Place, { householdId: string; residentIds: string[]; recordIds: string[] }>;
  /** A relawan of each place's RT (people to list, change and hand follow-ups to). */
  volunteers: Record<Place, SignedIn>;
};

const GPS = { lat: -6.2383, lng: 106.9756, accuracy: 12 };

export async function seedFixture(app: FastifyInstance, db: Database): Promise<Fixture> {
  const device = (role: Role) => new TestDevice(app, Date.now, { role, area: ROLE_AREAS[role] });
  const callers = Object.fromEntries(
    (Object.keys(ROLE_AREAS) as Role[]).map((role) => [role, device(role)]),
  ) as Record<Role, TestDevice>;
  const seeder = device('admin-kota');
  const households = {} as Fixture['households'];
  const volunteers = {} as Fixture['volunteers'];
  for (const [name, place] of Object.entries(PLACES) as [Place, Area][]) {
    const h = seeder.household(2, place);
    const visitId = uuidv7();
    const isomanId = uuidv7();
    const [vaccinatedId, doseId] = [uuidv7(), uuidv7()];
    await seeder.push([
      ...h.mutations,
      seeder.put('household', h.householdId, { location: GPS }),
      seeder.put('visit', visitId, visitValues(h.householdId, place)),
      seeder.put('isoman', isomanId, isomanValues(h.residentIds[0]!, h.householdId, place)),
      seeder.put('resident', vaccinatedId, residentValues(h.householdId, place, 3)),
      seeder.put('dose', doseId, doseValues(vaccinatedId, h.householdId, place)),
    ]);
    households[name] = {
      ...h,
      recordIds: [h.householdId, ...h.residentIds, visitId, isomanId, vaccinatedId, doseId],
    };
    volunteers[name] = await signIn(db, {
      role: 'relawan',
      area: rtArea(place),
      name: `Relawan ${name}`,
    });
    await createInvitation(db, { role: 'relawan', area: rtArea(place), createdBy: null });
  }
  await signIn(db, {
    role: 'lurah',
    area: { ...ROLE_AREAS.lurah, kelurahanCode: OTHER_KELURAHAN },
  });
  for (const caller of Object.values(callers)) await caller.signIn();
  await app.coverageWorker.settled(60_000);
  return { app, db, callers, households, volunteers };
}
