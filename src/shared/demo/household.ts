import type { HouseholdRecord } from '../domain/entities';
import { gpsNear, type RtPlan } from './area-plan';
import type { DemoContext } from './context';
import { makeFamily } from './family';
import { regionElsewhere } from './places';
import { addResidents } from './residents';
import type { DemoBatch } from './types';
import { addVisits, planVisits } from './visits';

/** One household with its residents, their doses and isoman episodes, and its visits. */
export function addHousehold(ctx: DemoContext, plan: RtPlan, batch: DemoBatch): void {
  const { rng } = ctx;
  const members = makeFamily(rng, ctx.today);
  const head = members[0]!;
  // About one family in ten is registered elsewhere (KK and KTP from their home town).
  const registeredElsewhere = rng.chance(0.1);
  const region = registeredElsewhere
    ? regionElsewhere(rng, head.style)
    : rng.chance(0.8)
      ? ctx.localRegion
      : `3275${String(rng.int(1, 12)).padStart(2, '0')}`;
  const address = plan.nextAddress();
  const visits = planVisits(ctx, plan);
  const location = rng.chance(0.92) ? gpsNear(rng, plan.centre, plan.radiusM) : null;

  const household: HouseholdRecord = ctx.stamp({
    kelurahanCode: ctx.kelurahan.code,
    rw: plan.rw,
    rt: plan.rt,
    street: address.street,
    houseNumber: address.houseNumber,
    kkNumber: rng.chance(0.95) ? ctx.kkNumber(region, ctx.today - rng.int(200, 6000)) : null,
    headName: head.name,
    location,
    note: visits.movedOut ? 'Keluarga sudah pindah' : null,
  });
  batch.households.push(household);
  addResidents(ctx, plan, batch, household, members, {
    region,
    registeredElsewhere,
    movedOut: visits.movedOut,
  });
  addVisits(ctx, plan, batch, household, visits);
}
