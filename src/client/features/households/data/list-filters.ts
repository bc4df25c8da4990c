import type { IsoDate } from '@shared/dates';
import { queryVariants, startsAnyWord, wordsOfText } from '@shared/domain/name-spelling';
import type { HouseholdRow } from './household-rows';

export const LIST_FILTERS = ['semua', 'belum-dikunjungi', 'kunjungan-ulang', 'belum-vaksin', 'isoman'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];
export const FILTER_LABELS: Record<ListFilter, string> = {
  semua: 'Semua',
  'belum-dikunjungi': 'Belum dikunjungi',
  'kunjungan-ulang': 'Perlu kunjungan ulang',
  'belum-vaksin': 'Ada warga belum vaksin',
  isoman: 'Isoman',
};

export function isListFilter(value: string | null): value is ListFilter {
  return (LIST_FILTERS as readonly string[]).includes(value ?? '');
}

export function matchesFilter(row: HouseholdRow, filter: ListFilter): boolean {
  switch (filter) {
    case 'semua':
      return true;
    case 'belum-dikunjungi':
      return !row.visited;
    case 'kunjungan-ulang':
      return row.revisitNeeded;
    case 'belum-vaksin':
      return row.unvaccinated > 0;
    case 'isoman':
      return row.activeIsoman > 0;
  }
}

/**
 * The search rule over a row's own words: every word typed must start a word of the address,
 * the head or a resident's name, as typed or in another spelling (`@shared/domain/name-spelling`);
 * digits also match the start of a NIK or the KK number. The list passes what its search index
 * found (`search-index.ts`, which also names the residents found); this rule stands in when it
 * does not.
 */
export function matchesSearch(row: HouseholdRow, query: string): boolean {
  const terms = wordsOfText(query);
  if (terms.length === 0) return true;
  const digits = query.replace(/\s/g, '');
  if (/^\d{3,}$/.test(digits) && row.numbers.some((n) => n.startsWith(digits))) return true;
  return terms.every((t) => startsAnyWord(queryVariants(t), row.words));
}

export function filterRows(
  rows: readonly HouseholdRow[],
  filter: ListFilter,
  query: string,
  /** Households the indexed search found for `query`, once it has answered. */
  found?: ReadonlySet<string>,
): HouseholdRow[] {
  const matches = found ? (r: HouseholdRow) => found.has(r.id) : (r: HouseholdRow) => matchesSearch(r, query);
  return rows.filter((r) => matchesFilter(r, filter) && (!query.trim() || matches(r)));
}

/**
 * "Rumah berikutnya": after the current house in address order (wrapping round), the next
 * one never visited; when there is none, the next one due for a revisit (nobody home, refused,
 * or asked to come back).
 */
export function nextHousehold(
  rows: readonly HouseholdRow[],
  today: IsoDate,
  currentId?: string | null,
): HouseholdRow | null {
  const start = currentId ? rows.findIndex((r) => r.id === currentId) + 1 : 0;
  const ordered = [...rows.slice(start), ...rows.slice(0, start)].filter((r) => r.id !== currentId);
  return (
    // Never visited first; a house where nobody was home waits for its revisit date.
    ordered.find((r) => !r.visited && !r.revisitNeeded) ??
    ordered.find((r) => r.revisitNeeded && (!r.revisitDate || r.revisitDate <= today)) ??
    null
  );
}
