import type { IsoDate } from '../dates';
import { findKelurahan, KELURAHAN } from '../wilayah/wilayah';
import { planRt, planRw } from './area-plan';
import { DemoContext } from './context';
import { addHousehold } from './household';
import { emptyBatch, type DemoBatch } from './types';

export type GenerateKelurahanOptions = {
  kelurahanCode: string;
  seed: number;
  /** The day the data is "as of": no dose, visit or isoman is dated later. */
  today: IsoDate;
  /** RWs in the kelurahan (default 18). */
  rwCount?: number;
  /** RTs in each RW (default 7). */
  rtPerRw?: number;
  /** Households per RT on average (default 103); each RT has 80–120% of it. */
  householdsPerRt?: number;
};

/** The two kelurahan the default demo fills in full: Bekasi Jaya and Kayuringin Jaya. */
export const DEMO_KELURAHAN = ['32.75.01.1001', '32.75.04.1005'] as const;

/**
 * A synthetic kelurahan, one batch per RT (RW 1 RT 1, RW 1 RT 2, …). The defaults give about
 * 13,000 households and 45,000 residents. The same options always give the same records,
 * ids included. Records are built as plain objects and never parsed here (that would be far
 * too slow at city scale); tests check samples against the schemas.
 */
export function* generateKelurahan(options: GenerateKelurahanOptions): Generator<DemoBatch> {
  const kelurahan = findKelurahan(options.kelurahanCode);
  if (!kelurahan) throw new Error(`Unknown kelurahan code ${options.kelurahanCode}`);
  const { rwCount = 18, rtPerRw = 7, householdsPerRt = 103 } = options;
  const ctx = new DemoContext(kelurahan, options.seed, options.today);
  const kelurahanUptake = 0.96 + ctx.rng.next() * 0.08;
  for (let rw = 1; rw <= rwCount; rw++) {
    const rwPlan = planRw(ctx, rw, kelurahanUptake);
    for (let rt = 1; rt <= rtPerRw; rt++) {
      const plan = planRt(ctx, rwPlan, rt);
      const batch = emptyBatch();
      const count = Math.max(1, Math.round(householdsPerRt * (0.8 + 0.4 * ctx.rng.next())));
      for (let i = 0; i < count; i++) addHousehold(ctx, plan, batch);
      yield batch;
    }
  }
}

/**
 * One RW in one batch, for benchmarks and tests: about 700 households and 2,500 residents
 * with the defaults. It is RW 1 of a kelurahan generated with a single RW.
 */
export function generateRw(options: {
  kelurahanCode?: string;
  seed?: number;
  today: IsoDate;
  rtCount?: number;
  householdsPerRt?: number;
}): DemoBatch {
  return mergeBatches(
    generateKelurahan({
      kelurahanCode: options.kelurahanCode ?? DEMO_KELURAHAN[0],
      seed: options.seed ?? 1,
      today: options.today,
      rwCount: 1,
      rtPerRw: options.rtCount ?? 7,
      householdsPerRt: options.householdsPerRt ?? 100,
    }),
  );
}

/** Kota Bekasi at full scale, kelurahan after kelurahan: about 730,000 households, 2.5 million residents. */
export function* generateCity(options: { seed: number; today: IsoDate }): Generator<DemoBatch> {
  for (const kelurahan of KELURAHAN) {
    yield* generateKelurahan({ kelurahanCode: kelurahan.code, ...options });
  }
}

export function mergeBatches(batches: Iterable<DemoBatch>): DemoBatch {
  const all = emptyBatch();
  for (const b of batches) {
    all.households.push(...b.households);
    all.residents.push(...b.residents);
    all.doses.push(...b.doses);
    all.isoman.push(...b.isoman);
    all.visits.push(...b.visits);
  }
  return all;
}
