import type { ReconciliationList, ReconciliationResident } from '@shared/reconciliation/api';
import { MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';

/** An RW or RT asked in the URL (`?rw=3`), or null (also for nonsense). */
export function askedNumber(param: string | null, max: number = MAX_RW): number | null {
  const n = Number(param);
  return param && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}
export const askedRt = (param: string | null) => askedNumber(param, MAX_RT);

/**
 * The choices of a filter: the RWs (or RTs) with a resident in a list already read (a wider
 * one: the filter never fetches names by itself), and always the one being shown.
 */
export function options(
  wider: ReconciliationList | undefined,
  of: (rt: ReconciliationList['rts'][number]) => number,
  shown: number | null,
): number[] {
  const values = new Set(wider?.rts.map(of) ?? []);
  if (shown !== null) values.add(shown);
  return [...values].sort((a, b) => a - b);
}

/** The residents by RT (`rw/rt`), in the server's order (RW, RT, address, name). */
export function byRt(
  residents: readonly ReconciliationResident[],
): { rw: number; rt: number; residents: ReconciliationResident[] }[] {
  const groups: { rw: number; rt: number; residents: ReconciliationResident[] }[] = [];
  for (const r of residents) {
    const last = groups.at(-1);
    if (last && last.rw === r.rw && last.rt === r.rt) last.residents.push(r);
    else groups.push({ rw: r.rw, rt: r.rt, residents: [r] });
  }
  return groups;
}
