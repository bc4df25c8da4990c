import type { HouseholdRecord } from '../domain/entities';
import type { VisitOutcome } from '../domain/visit';
import { gpsNear, type RtPlan } from './area-plan';
import type { DemoContext } from './context';
import { isoOf } from './days';
import { VISIT_NOTES } from './places';
import { Weighted } from './prng';
import type { DemoBatch } from './types';
import { driveDay } from './vaccination';

/**
 * Door-to-door visits of the drive's 16 weeks, first visits on its campaign curve (driveDay):
 * most households visited once, some several times
 * because nobody was home; those not yet met, and some met with residents still to vaccinate,
 * are marked "perlu kunjungan ulang".
 */
export type VisitPlan = { outcomes: VisitOutcome[]; movedOut: boolean };

const LAST = new Weighted<VisitOutcome>([
  ['ditemui', 85],
  ['tidak-ada-orang', 9],
  ['menolak-didata', 4],
  ['pindah', 2],
]);
const EARLIER = new Weighted<VisitOutcome>([
  ['tidak-ada-orang', 75],
  ['menolak-didata', 10],
  ['ditemui', 15],
]);
const COUNT = new Weighted<number>([
  [1, 75],
  [2, 20],
  [3, 5],
]);

export function planVisits(ctx: DemoContext, plan: RtPlan): VisitPlan {
  const { rng } = ctx;
  if (!rng.chance(plan.visitRate)) return { outcomes: [], movedOut: false };
  const outcomes: VisitOutcome[] = [];
  for (let i = COUNT.draw(rng) - 1; i > 0; i--) outcomes.push(EARLIER.draw(rng));
  const last = LAST.draw(rng);
  outcomes.push(last);
  return { outcomes, movedOut: last === 'pindah' };
}

export function addVisits(
  ctx: DemoContext,
  plan: RtPlan,
  batch: DemoBatch,
  household: HouseholdRecord,
  visits: VisitPlan,
): void {
  const { rng } = ctx;
  let day = Math.min(ctx.today - 1, driveDay(rng, ctx.today));
  for (const [i, outcome] of visits.outcomes.entries()) {
    const isLast = i === visits.outcomes.length - 1;
    const revisitNeeded =
      outcome === 'tidak-ada-orang' ||
      outcome === 'menolak-didata' ||
      (outcome === 'ditemui' && isLast && rng.chance(0.15));
    const minutes = rng.int(8 * 60, 17 * 60 + 30);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
    const location =
      household.location && rng.chance(0.85) ? gpsNear(rng, household.location, 15) : null;
    batch.visits.push(
      ctx.stamp({
        householdId: household.id,
        kelurahanCode: household.kelurahanCode,
        rw: plan.rw,
        rt: plan.rt,
        at: `${isoOf(day)}T${time}+07:00`,
        outcome,
        note: rng.chance(0.2) ? rng.pick(VISIT_NOTES[outcome] ?? ['']) || null : null,
        location,
        revisitNeeded,
        revisitDate: revisitNeeded ? isoOf(day + rng.int(3, 14)) : null,
      }),
    );
    day = Math.min(ctx.today - 1, day + rng.int(3, 14));
  }
}
