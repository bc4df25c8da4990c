import { z } from 'zod';
import { addDays, type IsoDate } from '../dates';
import { areaShape, dateSchema, idSchema, pastDateSchema } from './common';
import { DEFAULT_CONFIG, type ProgrammeConfig } from './config';

export const ISOMAN_OUTCOMES = ['sembuh', 'dirujuk', 'meninggal'] as const;
export type IsomanOutcome = (typeof ISOMAN_OUTCOMES)[number];
export const ISOMAN_OUTCOME_LABELS: Record<IsomanOutcome, string> = {
  sembuh: 'Sembuh',
  dirujuk: 'Dirujuk ke rumah sakit',
  meninggal: 'Meninggal',
};

/** One episode of self-isolation (isoman) of a resident. Open until an outcome is recorded. */
export const isomanSchema = z
  .object({
    residentId: idSchema,
    householdId: idSchema,
    ...areaShape,
    startDate: pastDateSchema('Tanggal mulai isoman'),
    expectedEndDate: dateSchema('Perkiraan selesai'),
    outcome: z.enum(ISOMAN_OUTCOMES).nullish(),
    outcomeDate: pastDateSchema('Tanggal hasil').nullish(),
  })
  .refine((r) => r.expectedEndDate >= r.startDate, {
    error: 'Perkiraan selesai tidak boleh sebelum tanggal mulai.',
    path: ['expectedEndDate'],
  })
  .refine((r) => !r.outcomeDate || r.outcomeDate >= r.startDate, {
    error: 'Tanggal hasil tidak boleh sebelum tanggal mulai.',
    path: ['outcomeDate'],
  });

export type IsomanFields = z.infer<typeof isomanSchema>;

export function defaultIsomanEnd(
  startDate: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): IsoDate {
  return addDays(startDate, config.isomanDays);
}

/** Active: started, and no outcome yet (even past the expected end: someone must close it). */
export function isIsomanActive(
  episode: Pick<IsomanFields, 'startDate' | 'outcome'> & { deleted?: boolean | undefined },
  today: IsoDate,
): boolean {
  return !episode.deleted && !episode.outcome && episode.startDate <= today;
}
