import { addDays, type IsoDate } from '../dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from './config';

/**
 * Isoman rules without the zod schema (isoman.ts re-exports them), so screens that only show
 * statuses, like the household list of the first route, do not load zod.
 */
export const ISOMAN_OUTCOMES = ['sembuh', 'dirujuk', 'meninggal'] as const;
export type IsomanOutcome = (typeof ISOMAN_OUTCOMES)[number];
export const ISOMAN_OUTCOME_LABELS: Record<IsomanOutcome, string> = {
  sembuh: 'Sembuh',
  dirujuk: 'Dirujuk ke rumah sakit',
  meninggal: 'Meninggal',
};

export function defaultIsomanEnd(
  startDate: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): IsoDate {
  return addDays(startDate, config.isomanDays);
}

/** Active: started, and no outcome yet (even past the expected end: someone must close it). */
export function isIsomanActive(
  episode: {
    startDate: IsoDate;
    outcome?: IsomanOutcome | null | undefined;
    deleted?: boolean | undefined;
  },
  today: IsoDate,
): boolean {
  return !episode.deleted && !episode.outcome && episode.startDate <= today;
}

/**
 * Active on a day, past or present: started by then, and its outcome not yet dated. An outcome
 * recorded without a date counts as ending the episode from its start (no date to go by). On
 * today this is isIsomanActive: an outcome's date is never in the future.
 */
export function isIsomanActiveOn(
  episode: {
    startDate: IsoDate;
    outcome?: IsomanOutcome | null | undefined;
    outcomeDate?: IsoDate | null | undefined;
    deleted?: boolean | undefined;
  },
  day: IsoDate,
): boolean {
  if (episode.deleted || episode.startDate > day) return false;
  if (!episode.outcome) return true;
  return episode.outcomeDate != null && day < episode.outcomeDate;
}
