import type { GpsPoint } from '../domain/common';
import { kelurahanCentre } from './centres';
import type { DemoContext } from './context';
import { ALLEYS, ESTATES, MAIN_ROADS, SIDE_STREETS } from './places';
import type { Rng } from './prng';

/**
 * The shape of an RW and its RTs: a kampung of roads and alleys or a housing estate of
 * blocks, a spot on the map, and how keen its residents and volunteers are. RWs differ on
 * purpose, so the dashboard has laggards to show.
 */
export type RtPlan = {
  rw: number;
  rt: number;
  centre: { lat: number; lng: number };
  /** Households lie within this many metres of the centre. */
  radiusM: number;
  /** Multiplies the chance of each vaccine dose. */
  uptake: number;
  /** Share of households visited so far. */
  visitRate: number;
  nextAddress(): { street: string; houseNumber: string };
};

export type RwPlan = {
  rw: number;
  centre: { lat: number; lng: number };
  estate: string | null;
  uptake: number;
  visitRate: number;
};

export function planRw(ctx: DemoContext, rw: number, kelurahanUptake: number): RwPlan {
  const { rng } = ctx;
  const { lat, lng, clearanceM } = kelurahanCentre(ctx.kelurahan.code);
  return {
    rw,
    centre: offset(rng, { lat, lng }, clearanceM * 0.55),
    estate: rng.chance(0.35) ? rng.pick(ESTATES) : null,
    uptake: kelurahanUptake * (0.85 + rng.next() * 0.22),
    visitRate: 0.78 + rng.next() * 0.21,
  };
}

export function planRt(ctx: DemoContext, rw: RwPlan, rt: number): RtPlan {
  const { rng } = ctx;
  const { clearanceM } = kelurahanCentre(ctx.kelurahan.code);
  // RW centre ≤ 0.55, RT centre ≤ 0.15 and household ≤ 0.2 of the clearance: inside the kelurahan.
  const centre = offset(rng, rw.centre, clearanceM * 0.15);
  const plan = {
    rw: rw.rw,
    rt,
    centre,
    radiusM: clearanceM * 0.2,
    uptake: rw.uptake,
    visitRate: rw.visitRate,
  };
  return {
    ...plan,
    nextAddress: rw.estate ? estateAddresses(rng, rw.estate, rt) : kampungAddresses(rng),
  };
}

function estateAddresses(rng: Rng, estate: string, rt: number) {
  const letter = String.fromCharCode(65 + ((rt - 1) % 20));
  let block = 0;
  let house = 99;
  return () => {
    if (house >= 12 + rng.int(0, 8)) {
      block++;
      house = 0;
    }
    house++;
    return { street: `${estate} Blok ${letter}${block}`, houseNumber: String(house) };
  };
}

function kampungAddresses(rng: Rng) {
  const streets = [rng.chance(0.5) ? rng.pick(MAIN_ROADS) : rng.pick(SIDE_STREETS)];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const alley = rng.pick(ALLEYS);
    if (!streets.includes(alley)) streets.push(alley);
  }
  const numbers = streets.map(() => rng.int(1, 30));
  return () => {
    const i = rng.int(0, streets.length - 1);
    const n = numbers[i]!;
    numbers[i] = n + rng.int(1, 3);
    return { street: streets[i]!, houseNumber: rng.chance(0.06) ? `${n}A` : String(n) };
  };
}

/** A point uniformly inside a circle of `radiusM` metres around `centre`. */
export function offset(rng: Rng, centre: { lat: number; lng: number }, radiusM: number) {
  const r = radiusM * Math.sqrt(rng.next());
  const angle = rng.next() * 2 * Math.PI;
  const lat = centre.lat + (r * Math.sin(angle)) / 110_540;
  const lng =
    centre.lng + (r * Math.cos(angle)) / (111_320 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat, lng };
}

/** A GPS fix as a phone reports it: six decimals, accuracy of a few to a few tens of metres. */
export function gpsNear(rng: Rng, centre: { lat: number; lng: number }, radiusM: number): GpsPoint {
  const { lat, lng } = offset(rng, centre, radiusM);
  return { lat: round6(lat), lng: round6(lng), accuracy: rng.int(4, 30) };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
