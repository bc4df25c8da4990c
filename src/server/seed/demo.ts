import { DEMO_KELURAHAN, generateKelurahan, type DemoBatch } from '@shared/demo';
import { toIsoDate } from '@shared/dates';
import type { EntityName } from '@shared/domain/entities';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { Database } from '../db/database';
import { finishDemo, planDemo, unfinishedDemo } from '../data/demo-seed';
import { analyze } from '../data/maintenance';
import { refreshHouseholds } from '../coverage/refresh';
import { jakartaToday } from '../coverage/today';
import { noteEligibilityDay } from '../coverage/upkeep';
import { insertRecordsIfAbsent, LOCK_ORDER, type StoredRecord } from '../data/records';
import { householdsByArrival } from './arrivals';

type Log = { info(obj: object, msg: string): void };

export type SeedOptions = {
  /** Default: the two kelurahan of DEMO_KELURAHAN. */
  kelurahan?: readonly string[];
  seed?: number;
  /** The day the data is "as of" (default today). */
  today?: string;
  /** RTs written per transaction: 1 keeps a serving database responsive; more is faster. */
  rtsPerTransaction?: number;
  /** Add these kelurahan to a database holding only demo data (city scale). */
  extend?: boolean;
  /** Smaller kelurahan than the real ones (tests); the same shape must be passed to resume. */
  shape?: { rwCount?: number; rtPerRw?: number; householdsPerRt?: number };
  /** Stops between transactions (shutdown); what is in stays, and the next start resumes. */
  signal?: AbortSignal;
};

/** Follow-ups are not generated: staff hand them out. */
const BATCH_KEY: Partial<Record<EntityName, keyof DemoBatch>> = {
  household: 'households',
  resident: 'residents',
  isoman: 'isoman',
  dose: 'doses',
  visit: 'visits',
};

export type SeedCounts = Record<keyof DemoBatch, number>;

/**
 * Fills an empty database with synthetic demo data (invented people on the real kelurahan
 * codes, from @shared/demo):
 *
 *   1. Plan it, only if the database has no field data and no demo was ever planned.
 *   2. For each planned kelurahan not finished yet, write its records RT by RT with bulk
 *      inserts, skipping rows already there (a seed cut short resumes), then mark it finished.
 *
 * Returns what was written, or null when nothing was to be seeded.
 */
export async function seedDemo(
  db: Database,
  log: Log,
  options: SeedOptions = {},
): Promise<SeedCounts | null> {
  const seed = options.seed ?? 1;
  const asOf = options.today ?? toIsoDate(new Date());
  const codes = options.kelurahan ?? DEMO_KELURAHAN;
  // 1.
  const planned = await db.transaction((tx) =>
    planDemo(
      tx,
      codes.map((kelurahanCode) => ({ kelurahanCode, seed, asOf })),
      options.extend,
    ),
  );
  const todo = await unfinishedDemo(db);
  if (todo.length === 0) return null;
  if (planned) {
    log.info(
      { kelurahan: todo.map((p) => p.kelurahanCode) },
      'seeding SYNTHETIC demo data (invented people)',
    );
  }
  // 2.
  const counts: SeedCounts = { households: 0, residents: 0, doses: 0, isoman: 0, visits: 0 };
  const perTransaction = options.rtsPerTransaction ?? 1;
  for (const plan of todo) {
    const started = Date.now();
    let pending: DemoBatch[] = [];
    const flush = async () => {
      const batches = pending;
      pending = [];
      await db.transaction(async (tx) => {
        const written: StoredRecord[] = [];
        for (const entity of LOCK_ORDER) {
          const key = BATCH_KEY[entity];
          if (!key) continue;
          const records = batches.flatMap((b) => b[key].map((r) => stored(entity, r)));
          await insertRecordsIfAbsent(tx, entity, records);
          written.push(...records);
        }
        for (const [day, ids] of householdsByArrival(written, plan.asOf)) {
          await refreshHouseholds(tx, ids.sort(), jakartaToday(), day);
        }
      });
      for (const b of batches)
        for (const key of Object.values(BATCH_KEY)) counts[key] += b[key].length;
      // PGlite runs in this thread: let requests in between transactions.
      await new Promise((r) => setImmediate(r));
    };
    for (const batch of generateKelurahan({
      kelurahanCode: plan.kelurahanCode,
      seed: plan.seed,
      today: plan.asOf,
      ...options.shape,
    })) {
      if (options.signal?.aborted) return counts;
      pending.push(batch);
      if (pending.length >= perTransaction) await flush();
    }
    if (pending.length > 0) await flush();
    await finishDemo(db, plan.kelurahanCode);
    await analyze(db);
    log.info(
      {
        kelurahan: plan.kelurahanCode,
        name: findKelurahan(plan.kelurahanCode)?.name,
        seconds: (Date.now() - started) / 1000,
        total: { ...counts },
      },
      'SYNTHETIC demo kelurahan seeded',
    );
  }
  // Every household was computed as of today: no rebuild needed on the next start.
  await noteEligibilityDay(db, jakartaToday());
  return counts;
}

function stored(entity: EntityName, record: object): StoredRecord {
  const { id, hlc, deleted, ...fields } = record as Record<string, unknown> & {
    id: string;
    hlc: Record<string, string>;
    deleted?: boolean;
  };
  return {
    entity,
    id,
    kelurahanCode: fields.kelurahanCode as string,
    rw: fields.rw as number,
    rt: fields.rt as number,
    fields,
    hlc,
    deleted: deleted === true,
  };
}
