import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import type { PintuDb } from './db';

/**
 * The kota's programme rules as the server last told them (every pull answer carries the
 * herd-immunity target), kept in `meta` so the summary measures against them offline; the
 * defaults until the first pull.
 */
export async function readProgramme(db: PintuDb): Promise<ProgrammeConfig> {
  const saved = (await db.meta.get('programme'))?.value as { herdImmunityTarget?: unknown };
  const target = saved?.herdImmunityTarget;
  return typeof target === 'number' && target > 0 && target <= 1
    ? { ...DEFAULT_CONFIG, herdImmunityTarget: target }
    : DEFAULT_CONFIG;
}

/** Keeps the target of a pull answer, writing only when it changed. */
export async function saveProgrammeTarget(db: PintuDb, target: number): Promise<void> {
  if ((await readProgramme(db)).herdImmunityTarget === target) return;
  await db.meta.put({ key: 'programme', value: { herdImmunityTarget: target } });
}
