import { formatNumber } from '@client/ui/format';
import type { RecordedCounts } from '@shared/coverage/api';
import { isValidIsoDate, type IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG } from '@shared/domain/config';

/** The URL parameter of the "Per tanggal" picker (`?tanggal=2021-08-10`). */
export const AS_OF_PARAM = 'tanggal';

/**
 * The day a dashboard shows, from `?tanggal=`: a real day from the programme's start to
 * `today` (the server refuses the others), or null for the current figures. Today itself is
 * null too, so it shares the current answer's cache.
 */
export function askedAsOfDate(param: string | null, today: IsoDate): IsoDate | null {
  if (!param || !isValidIsoDate(param)) return null;
  if (param < DEFAULT_CONFIG.programmeStart || param >= today) return null;
  return param;
}

/** A net change with its sign: "+3", "−1" (a correction), "0". */
export function signed(n: number): string {
  if (n > 0) return `+${formatNumber(n)}`;
  if (n < 0) return `−${formatNumber(-n)}`;
  return '0';
}

/**
 * "Recorded this week" in one cell: what reached the server since the week's Monday, whatever
 * the doses' dates, as "Dosis 1 +3 · Lengkap +2 · Booster 0"; "–" when the answer has none (an older server).
 */
export function recordedText(counts: RecordedCounts | undefined): string {
  if (!counts) return '–';
  return `Dosis 1 ${signed(counts.dosis1)} · Lengkap ${signed(counts.lengkap)} · Booster ${signed(counts.booster)}`;
}

/** A dashboard link that keeps the day shown (`?tanggal=`), so drilling down stays on it. */
export function withAsOf(path: string, date: IsoDate | null): string {
  return date ? `${path}?${AS_OF_PARAM}=${date}` : path;
}
