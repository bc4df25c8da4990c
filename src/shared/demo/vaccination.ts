import type { DoseKind, VaccineProduct } from '../domain/vaccination';
import { SINGLE_DOSE_PRODUCTS } from '../domain/vaccination';
import { ageOnDay, dayOf, turns, type Birth } from './days';
import { Weighted, type Rng } from './prng';

/**
 * A resident's doses as Indonesia's programme gave them: the elderly from February 2021, other
 * adults from March, 12–17 from July 2021, 6–11 from December 2021, booster 1 for adults from
 * January 2022, booster 2 from January 2023. Products follow what was in supply at the time;
 * dosis 2 follows dosis 1 at the product's interval; then the door-to-door drive of the last 16
 * weeks (dosesFor). Nothing is dated after `today`.
 */
export type DemoDose = { kind: DoseKind; day: number; product: VaccineProduct };

export type UptakeContext = {
  today: number;
  /** Multiplies the chance of each dose: some RW are keener than others. */
  uptake: number;
};

const START = {
  elderly: dayOf('2021-02-17'),
  adult: dayOf('2021-03-01'),
  teen: dayOf('2021-07-01'),
  child: dayOf('2021-12-14'),
  booster1: dayOf('2022-01-12'),
  booster2: dayOf('2023-01-24'),
  /** Who only became old enough after the campaigns ended is vaccinated far less often. */
  late: dayOf('2023-01-01'),
  y2022: dayOf('2022-01-01'),
  jul2021: dayOf('2021-07-01'),
  inavac: dayOf('2023-11-01'),
};

/** Base chances, tuned so that a kelurahan comes out near 85% dosis 1, 75% lengkap, 35% booster. */
const P_DOSIS1 = 0.91;
const P_DOSIS1_LATE = 0.4;
const P_DOSIS2 = 0.885;
const P_BOOSTER1 = 0.58;
const P_BOOSTER2 = 0.3;

type Table = Weighted<VaccineProduct>;
const table = (rows: [VaccineProduct, number][]): Table => new Weighted(rows);

const PRIMARY_EARLY = table([
  ['coronavac', 75],
  ['astrazeneca', 25],
]);
const PRIMARY_2021 = table([
  ['coronavac', 45],
  ['astrazeneca', 22],
  ['pfizer', 12],
  ['moderna', 9],
  ['sinopharm', 8],
  ['janssen', 2],
  ['sputnik-v', 1],
  ['cansino', 1],
]);
const PRIMARY_2022 = table([
  ['coronavac', 30],
  ['astrazeneca', 20],
  ['pfizer', 30],
  ['moderna', 10],
  ['sinopharm', 5],
  ['janssen', 3],
  ['novavax', 2],
]);
const PRIMARY_LATER = table([
  ['indovac', 45],
  ['pfizer', 20],
  ['coronavac', 25],
  ['novavax', 10],
]);
const TEEN = table([
  ['coronavac', 55],
  ['pfizer', 45],
]);
const BOOSTER_2022 = table([
  ['astrazeneca', 35],
  ['pfizer', 35],
  ['moderna', 25],
  ['coronavac', 5],
]);
const BOOSTER_LATER = table([
  ['pfizer', 30],
  ['moderna', 20],
  ['indovac', 25],
  ['zifivax', 10],
  ['coronavac', 5],
  ['astrazeneca', 10],
]);
const BOOSTER2 = table([
  ['pfizer', 30],
  ['moderna', 25],
  ['indovac', 25],
  ['zifivax', 12],
  ['coronavac', 8],
]);
const BOOSTER2_LATE = table([
  ['pfizer', 25],
  ['moderna', 20],
  ['indovac', 25],
  ['zifivax', 10],
  ['inavac', 15],
  ['coronavac', 5],
]);

/** Days from dosis 1 to dosis 2 per product (the shortest the programme allowed). */
const INTERVAL: Partial<Record<VaccineProduct, number>> = {
  astrazeneca: 84,
  pfizer: 21,
  sinopharm: 21,
  novavax: 21,
  'sputnik-v': 21,
};

/** Days of the door-to-door drive, ending today: the demo's last 16 weeks. */
export const DRIVE_DAYS = 112;

/**
 * A day of the drive on its campaign curve: few in the first weeks while teams start, most
 * around weeks 9 to 12, fewer at the end (a triangular draw), as a day number.
 */
export function driveDay(rng: Rng, today: number): number {
  const b = DRIVE_DAYS - 4;
  const c = 70;
  const u = rng.next();
  const x = u < c / b ? Math.sqrt(u * b * c) : b - Math.sqrt((1 - u) * b * (b - c));
  return Math.min(today, today - DRIVE_DAYS + 1 + Math.floor(x));
}

/**
 * The doses of the programme's years, then those the drive of the last 16 weeks gave: some
 * never vaccinated get dosis 1 (and dosis 2 four weeks on), some stopped after dosis 1 get
 * dosis 2, some grown-ups get their first booster.
 */
export function dosesFor(rng: Rng, birth: Birth, ctx: UptakeContext): DemoDose[] {
  const doses = programmeDoses(rng, birth, ctx);
  const day = driveDay(rng, ctx.today);
  const last = doses.at(-1);
  if (last && day < last.day + 100) return doses;
  const age = ageOnDay(birth, day);
  const has = new Set(doses.map((d) => d.kind));
  if (!last) {
    if (age < 6 || !rng.chance(Math.min(0.9, 0.3 * ctx.uptake))) return doses;
    const product = PRIMARY_LATER.draw(rng);
    doses.push({ kind: 'dosis1', day, product });
    const d2 = day + (INTERVAL[product] ?? 28) + Math.floor(rng.exp(5));
    if (d2 <= ctx.today && rng.chance(0.85)) doses.push({ kind: 'dosis2', day: d2, product });
  } else if (last.kind === 'dosis1' && !SINGLE_DOSE_PRODUCTS.has(last.product)) {
    if (rng.chance(0.35)) doses.push({ kind: 'dosis2', day, product: last.product });
  } else if (!has.has('booster1') && age >= 18 && rng.chance(0.12)) {
    doses.push({ kind: 'booster1', day, product: BOOSTER_LATER.draw(rng) });
  }
  return doses;
}

function programmeDoses(rng: Rng, birth: Birth, ctx: UptakeContext): DemoDose[] {
  const start = Math.min(
    Math.max(START.elderly, turns(birth, 60)),
    Math.max(START.adult, turns(birth, 18)),
    Math.max(START.teen, turns(birth, 12)),
    Math.max(START.child, turns(birth, 6)),
  );
  if (start > ctx.today) return [];
  const late = start >= START.late;
  if (!rng.chance(Math.min(0.99, (late ? P_DOSIS1_LATE : P_DOSIS1) * ctx.uptake))) return [];

  // Most adults under 60 waited for the mass campaigns of mid-2021.
  const wait = start === START.adult ? 60 + rng.exp(70) : rng.exp(late ? 120 : 45);
  const d1 = start + Math.floor(wait);
  if (d1 > ctx.today) return [];
  const product = primaryProduct(rng, d1, ageOnDay(birth, d1));
  const doses: DemoDose[] = [{ kind: 'dosis1', day: d1, product }];

  let complete = d1;
  if (!SINGLE_DOSE_PRODUCTS.has(product)) {
    if (!rng.chance(P_DOSIS2)) return doses;
    const d2 = d1 + (INTERVAL[product] ?? 28) + Math.floor(rng.exp(10));
    if (d2 > ctx.today) return doses;
    doses.push({ kind: 'dosis2', day: d2, product });
    complete = d2;
  }

  if (!rng.chance(Math.min(0.99, P_BOOSTER1 * ctx.uptake))) return doses;
  const b1 = Math.max(START.booster1, complete + 150, turns(birth, 18)) + Math.floor(rng.exp(90));
  if (b1 > ctx.today) return doses;
  let booster = (b1 < START.late ? BOOSTER_2022 : BOOSTER_LATER).draw(rng);
  if (booster === product && product === 'astrazeneca') booster = 'moderna';
  doses.push({ kind: 'booster1', day: b1, product: booster });

  if (!rng.chance(P_BOOSTER2)) return doses;
  const b2 = Math.max(START.booster2, b1 + 180) + Math.floor(rng.exp(60));
  if (b2 > ctx.today) return doses;
  doses.push({
    kind: 'booster2',
    day: b2,
    product: (b2 < START.inavac ? BOOSTER2 : BOOSTER2_LATE).draw(rng),
  });
  return doses;
}

function primaryProduct(rng: Rng, day: number, age: number): VaccineProduct {
  if (age < 12) return 'coronavac';
  if (age < 18) return TEEN.draw(rng);
  if (day < START.jul2021) return PRIMARY_EARLY.draw(rng);
  if (day < START.y2022) return PRIMARY_2021.draw(rng);
  if (day < START.late) return PRIMARY_2022.draw(rng);
  return PRIMARY_LATER.draw(rng);
}
