import type { IsomanList } from '@shared/isoman/api';
import { MAX_RW } from '@shared/wilayah/wilayah';

/** The RW asked in the URL (`?rw=3`), or null for the whole kelurahan (also for nonsense). */
export function askedRw(param: string | null): number | null {
  const n = Number(param);
  return param && Number.isInteger(n) && n >= 1 && n <= MAX_RW ? n : null;
}

/**
 * The RWs the filter offers: those with a patient in the kelurahan-wide list when it has been
 * read (an RW without one would show an empty list), and always the RW being shown.
 */
export function rwOptions(whole: IsomanList | undefined, shown: number | null): number[] {
  const rws = new Set(whole?.patients.map((p) => p.rw) ?? []);
  if (shown !== null) rws.add(shown);
  return [...rws].sort((a, b) => a - b);
}
