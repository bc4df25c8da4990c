import type { HouseholdRecord, ResidentRecord } from '@shared/domain/entities';
import { searchWordsOf } from '@shared/domain/name-spelling';
import type { LocalHousehold, LocalResident } from './schema';

/**
 * Lower-cased words for prefix search, with their spelling keys, stored beside the record on
 * the device only (`@shared/domain/name-spelling`). "Siti Nur Aminah" → ["siti", "nur",
 * "aminah"], so "amin" finds her; "Rudy" → ["rudy", "rudi"], so "rudi" finds him.
 */
export const wordsOf = searchWordsOf;

export function withHouseholdWords(h: HouseholdRecord): LocalHousehold {
  return { ...h, searchWords: wordsOf(h.headName, h.street, h.houseNumber) };
}

export function withResidentWords(r: ResidentRecord): LocalResident {
  return { ...r, nameWords: wordsOf(r.name) };
}

/** Removes device-only fields before a record leaves the device (export, push). */
export function withoutLocalFields<T extends object>(record: T): T {
  const {
    searchWords: _s,
    nameWords: _n,
    ...rest
  } = record as T & {
    searchWords?: unknown;
    nameWords?: unknown;
  };
  return rest as T;
}
